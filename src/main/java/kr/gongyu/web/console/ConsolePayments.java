package kr.gongyu.web.console;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import kr.gongyu.Seoul;
import kr.gongyu.http.StaffScope;
import kr.gongyu.payment.PaymentBooks;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The institution's books (결제 장부): paid, refunded and outstanding amounts by day over a period (this month by
 * default), with their totals, and the same as CSV.
 */
@Controller
class ConsolePayments {

    /** The longest period one page shows, as the API's. */
    private static final int MAX_DAYS = 400;

    private final PaymentBooks books;
    private final Clock clock;

    ConsolePayments(PaymentBooks books, Clock clock) {
        this.books = books;
        this.clock = clock;
    }

    /** A period as asked, or this month where a date is missing, wrong or the period too long. */
    private record Period(LocalDate from, LocalDate to, boolean corrected) {}

    /** The period asked for, as the address gives it: the first and last days, either possibly missing or wrong. */
    record PeriodQuery(@Nullable String from, @Nullable String to) {

        boolean asked() {
            return from != null || to != null;
        }
    }

    @GetMapping("/console/payments")
    String page(StaffScope scope, @ModelAttribute PeriodQuery query, Model model) {
        var period = period(query);
        model.addAttribute("books", books.of(scope.institution(), period.from(), period.to()));
        model.addAttribute("corrected", period.corrected() && query.asked());
        return "console/payments";
    }

    @GetMapping("/console/payments.csv")
    ResponseEntity<String> csv(StaffScope scope, @ModelAttribute PeriodQuery query) {
        var period = period(query);
        var csv = books.of(scope.institution(), period.from(), period.to()).csv();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"payments-" + period.from() + "-" + period.to() + ".csv\"")
                .body(csv);
    }

    private Period period(PeriodQuery query) {
        var start = date(query.from());
        var end = date(query.to());
        if (start == null || end == null || end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            var month = LocalDate.now(clock.withZone(Seoul.ZONE)).withDayOfMonth(1);
            return new Period(month, month.plusMonths(1).minusDays(1), true);
        }
        return new Period(start, end, false);
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
