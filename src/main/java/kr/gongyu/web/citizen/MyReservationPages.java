package kr.gongyu.web.citizen;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceSummaryView;
import kr.gongyu.identity.Caller;
import kr.gongyu.notification.BookingCalendars;
import kr.gongyu.payment.PaymentRefused;
import kr.gongyu.payment.Payments;
import kr.gongyu.reservation.Discounts;
import kr.gongyu.reservation.HoldSettings;
import kr.gongyu.reservation.Refunds;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.reservation.ReservationPrices;
import kr.gongyu.reservation.ReservationRefused;
import kr.gongyu.reservation.ReservationStatus;
import kr.gongyu.reservation.Reservations;
import kr.gongyu.web.FormErrors;
import kr.gongyu.web.FormText;
import kr.gongyu.web.PageModel;
import kr.gongyu.web.Pagination;
import kr.gongyu.web.PathIds;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The booker's own bookings: completing a hold (headcount, purpose, the countdown and its extension), the
 * confirmation, the payment due and the payments made ({@link PaymentPages} takes the payment), the list, and
 * cancelling with the refund shown before anything is cancelled.
 */
@Controller
class MyReservationPages {

    private static final int PAGE_SIZE = 20;
    private static final int MAX_PURPOSE_LENGTH = 500;

    /** The refusals the booking's page explains after a payment; any other code in the address is ignored. */
    private static final Set<PaymentRefused.Reason> SAID = EnumSet.allOf(PaymentRefused.Reason.class);

    private final Reservations reservations;
    private final ResourceDirectory directory;
    private final Refunds refunds;
    private final ReservationPrices prices;
    private final Discounts discounts;
    private final HoldSettings holds;
    private final BookingCalendars calendars;
    private final Payments payments;
    private final MessageSource messages;
    private final Clock clock;

    MyReservationPages(
            Reservations reservations,
            ResourceDirectory directory,
            Refunds refunds,
            ReservationPrices prices,
            Discounts discounts,
            HoldSettings holds,
            BookingCalendars calendars,
            Payments payments,
            MessageSource messages,
            Clock clock) {
        this.reservations = reservations;
        this.directory = directory;
        this.refunds = refunds;
        this.prices = prices;
        this.discounts = discounts;
        this.holds = holds;
        this.calendars = calendars;
        this.payments = payments;
        this.messages = messages;
        this.clock = clock;
    }

    /** The list's address at another page. */
    record ListLinks() {

        public String with(String name, String value) {
            return "/my/reservations?" + name + "=" + value;
        }
    }

    /** A booking with the resource it is for, as the pages show it. */
    record Booking(Reservation reservation, @Nullable ResourceSummaryView resource) {}

    /** The most upcoming bookings the list shows at once: a person has a few. */
    private static final int MAX_UPCOMING = 100;

    @GetMapping("/my/reservations")
    String list(@RequestParam(defaultValue = "1") String page, Model model) {
        var caller = caller();
        var number = Pagination.asked(page);
        // Those to come, the soonest first; then those past, the latest first, in pages.
        model.addAttribute(
                "upcoming",
                reservations.of(caller.id(), true, 0, MAX_UPCOMING).stream()
                        .map(this::booking)
                        .toList());
        var total = reservations.countOf(caller.id(), false);
        model.addAttribute(
                "past",
                reservations.of(caller.id(), false, number - 1, PAGE_SIZE).stream()
                        .map(this::booking)
                        .toList());
        model.addAttribute("pagination", Pagination.of(number - 1, total, PAGE_SIZE, Long.MAX_VALUE));
        model.addAttribute("links", new ListLinks());
        return "my-reservations";
    }

    @GetMapping("/my/reservations/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) @Nullable String payment, Model model) {
        var reservation = own(id);
        model.addAttribute("booking", booking(reservation));
        costs(reservation, model);
        // Only a code the page can explain: the address is the booker's to edit.
        model.addAttribute(
                "paymentProblem",
                SAID.stream()
                        .map(Enum::name)
                        .filter(name -> name.equals(payment))
                        .findFirst()
                        .orElse(null));
        return "reservation";
    }

    /** The booking as an invitation for the booker's own calendar, as the API gives it. */
    @GetMapping("/my/reservations/{id}/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable String id) {
        var reservation = own(id);
        return ResponseEntity.ok()
                .contentType(CalendarFiles.MEDIA_TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"reservation-" + reservation.id().value() + ".ics\"")
                .body(calendars.ics(reservation, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/my/reservations/{id}/complete")
    String completeForm(@PathVariable String id, Model model) {
        var reservation = own(id);
        if (reservation.status() != ReservationStatus.HELD) {
            return "redirect:/my/reservations/" + reservation.id();
        }
        return completePage(reservation, Map.of(), null, null, model);
    }

    /**
     * The last step's form, as typed: how many come (1 up to the resource's capacity) and what for (required, at most
     * {@link #MAX_PURPOSE_LENGTH} characters once stripped).
     */
    record CompleteForm(
            @Nullable String headcount, @Nullable String purpose) {

        /** The headcount, or null when it is not a number from 1 to {@code capacity} (recorded in {@code errors}). */
        @Nullable
        Integer people(int capacity, FormErrors errors) {
            try {
                var people = Integer.valueOf(FormText.typed(headcount));
                if (people >= 1 && people <= capacity) {
                    return people;
                }
            } catch (NumberFormatException malformed) {
                // said below, as a number out of range is
            }
            errors.reject("headcount", "booking.error.headcount", capacity);
            return null;
        }

        /** The purpose without the spaces around it; a missing or too long one recorded in {@code errors}. */
        String why(FormErrors errors) {
            var why = FormText.typed(purpose);
            if (why.isEmpty() || why.length() > MAX_PURPOSE_LENGTH) {
                errors.reject("purpose", "booking.error.purpose", MAX_PURPOSE_LENGTH);
            }
            return why;
        }
    }

    @PostMapping("/my/reservations/{id}/complete")
    String complete(@PathVariable String id, @ModelAttribute CompleteForm form, Model model) {
        var reservation = own(id);
        var errors = new FormErrors();
        var capacity = resource(reservation).map(ResourceSummaryView::capacity).orElse(1);
        var people = form.people(capacity, errors);
        var why = form.why(errors);
        if (errors.isEmpty()) {
            try {
                reservations.completeHold(reservation.id(), reservation.account(), people, why);
                return "redirect:/my/reservations/" + reservation.id() + "?completed";
            } catch (ReservationRefused refused) {
                errors.reject(
                        refused.reason() == ReservationRefused.Reason.CAPACITY_EXCEEDED ? "headcount" : "hold",
                        "problem." + refused.reason().name() + ".detail");
            }
        }
        return completePage(own(id), errors.in(messages), form.headcount(), form.purpose(), model);
    }

    /**
     * The booker claims fee exemptions (감면) for the held booking, or none: priced again and shown on the step
     * before they confirm.
     */
    @PostMapping("/my/reservations/{id}/discount")
    String claimDiscount(
            @PathVariable String id,
            @RequestParam(name = "discount", required = false) @Nullable List<String> claimed,
            Model model) {
        var reservation = own(id);
        var codes = claimed == null
                ? List.<String>of()
                : claimed.stream().filter(code -> !code.isBlank()).toList();
        try {
            reservations.claimDiscount(reservation.id(), reservation.account(), codes);
            return "redirect:/my/reservations/" + reservation.id() + "/complete?discounted";
        } catch (ReservationRefused refused) {
            var errors = new FormErrors();
            errors.reject("discount", "problem." + refused.reason().name() + ".detail");
            return completePage(own(id), errors.in(messages), null, null, model);
        }
    }

    /** KWCAG 2.2.1: the booker may ask for more time, a limited number of times. */
    @PostMapping("/my/reservations/{id}/extend")
    String extend(@PathVariable String id, Model model) {
        var reservation = own(id);
        try {
            reservations.extendHold(reservation.id(), reservation.account());
            return "redirect:/my/reservations/" + reservation.id() + "/complete?extended";
        } catch (ReservationRefused refused) {
            var errors = new FormErrors();
            errors.reject("hold", "problem." + refused.reason().name() + ".detail");
            return completePage(own(id), errors.in(messages), null, null, model);
        }
    }

    private String completePage(
            Reservation reservation,
            Map<String, String> errors,
            @Nullable String headcount,
            @Nullable String purpose,
            Model model) {
        model.addAttribute("booking", booking(reservation));
        costs(reservation, model);
        model.addAttribute("discountTerms", discounts.ofResource(reservation.resource()));
        model.addAttribute("errors", errors);
        model.addAttribute("headcount", headcount);
        model.addAttribute("purpose", purpose);
        model.addAttribute("extensionsLeft", Math.max(0, holds.maxExtensions() - reservation.holdExtensions()));
        model.addAttribute("maxPurposeLength", MAX_PURPOSE_LENGTH);
        // The countdown runs from the server's figure: a visitor's own clock may be minutes or days off.
        var expires = reservation.holdExpiresAt();
        model.addAttribute(
                "holdSecondsLeft",
                expires == null
                        ? 0
                        : Math.max(0, Duration.between(clock.instant(), expires).toSeconds()));
        return "complete";
    }

    /** The refund first: nothing is cancelled until the booker has seen what they get back and confirmed. */
    @GetMapping("/my/reservations/{id}/cancel")
    String cancelForm(@PathVariable String id, Model model) {
        var reservation = own(id);
        if (!reservation.status().isOpen()) {
            return "redirect:/my/reservations/" + reservation.id();
        }
        model.addAttribute("booking", booking(reservation));
        model.addAttribute("refund", refunds.ifCancelledNow(reservation));
        model.addAttribute("price", refunds.priceOf(reservation));
        return "cancel";
    }

    @PostMapping("/my/reservations/{id}/cancel")
    String cancel(@PathVariable String id, Model model) {
        var reservation = own(id);
        try {
            reservations.cancel(reservation.id(), reservation.account(), "");
            return "redirect:/my/reservations?cancelled=" + reservation.id();
        } catch (ReservationRefused refused) {
            var again = own(id);
            model.addAttribute("booking", booking(again));
            costs(again, model);
            model.addAttribute("refusal", "problem." + refused.reason().name() + ".detail");
            return "reservation";
        }
    }

    private Reservation own(String id) {
        var caller = caller();
        return PathIds.parse(id)
                .flatMap(value -> reservations.find(new ReservationId(value)))
                .filter(found -> found.account().equals(caller.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * What the booking costs, line by line, and what cancelling gives back, days before the start: its pages show
     * both.
     */
    private void costs(Reservation reservation, Model model) {
        model.addAttribute("price", prices.of(reservation));
        model.addAttribute("payments", payments.of(reservation.id()));
        model.addAttribute("amountDue", payments.amountDue(reservation));
        model.addAttribute("refundPolicy", refunds.policyOf(reservation.resource()));
    }

    private Booking booking(Reservation reservation) {
        return new Booking(reservation, resource(reservation).orElse(null));
    }

    private Optional<ResourceSummaryView> resource(Reservation reservation) {
        return directory.summary(reservation.resource());
    }

    private static Caller caller() {
        return PageModel.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
