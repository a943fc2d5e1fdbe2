package kr.gongyu.api.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.api.payment.PaymentJson;
import kr.gongyu.http.StaffScope;
import kr.gongyu.payment.PaymentBooks;
import kr.gongyu.payment.PaymentRefunds;
import kr.gongyu.payment.Payments;
import kr.gongyu.reservation.ReservationId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The institution's payments: on-site payment, refunds by staff, and the books (README, "Payments"). */
@RestController
class AdminPaymentController {

    /** The longest period the books cover in one answer. */
    static final int MAX_DAYS = 400;

    private final Payments payments;
    private final PaymentRefunds refunds;
    private final PaymentBooks books;

    AdminPaymentController(Payments payments, PaymentRefunds refunds, PaymentBooks books) {
        this.payments = payments;
        this.refunds = refunds;
        this.books = books;
    }

    /** A refund staff give; {@code key} makes a repeated request give it once. */
    record RefundRequest(
            @NotNull @Min(1) @Max(1_000_000_000_000L) Long amount,
            @NotBlank @Size(max = 200) String reason,

            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}")
            String key) {}

    @PostMapping(path = "/api/v1/admin/reservations/{id}/paid-on-site", produces = MediaType.APPLICATION_JSON_VALUE)
    PaymentJson.PaymentResponse paidOnSite(StaffScope scope, @PathVariable String id) {
        var institution = scope.institution();
        return Ids.parse(id)
                .flatMap(value -> payments.paidOnSite(
                        institution, new ReservationId(value), scope.caller().id()))
                .map(PaymentJson::of)
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
    }

    @PostMapping(
            path = "/api/v1/admin/reservations/{id}/refunds",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PaymentJson.PaymentResponse refund(
            StaffScope scope, @PathVariable String id, @Valid @RequestBody RefundRequest request) {
        var institution = scope.institution();
        return Ids.parse(id)
                .flatMap(value -> refunds.refund(
                        institution,
                        new ReservationId(value),
                        request.amount(),
                        request.reason().strip(),
                        request.key()))
                .map(PaymentJson::of)
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
    }

    /** The books of the period, as JSON, or as CSV ({@code format=csv} or {@code Accept: text/csv}). */
    @GetMapping(
            path = "/api/v1/admin/payments",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> books(
            StaffScope scope,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        var institution = scope.institution();
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiException.invalid("to", "problem.field.period", MAX_DAYS);
        }
        var period = books.of(institution, from, to);
        var csv = "csv".equals(format) || (format == null && accept != null && accept.contains("text/csv"));
        if (csv) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"payments-" + from + "-" + to + ".csv\"")
                    .body(period.csv());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(PaymentJson.of(period));
    }
}
