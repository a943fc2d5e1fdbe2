package kr.gongyu.web.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.gongyu.http.StaffScope;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.reservation.Price;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.reservation.ReservationPrices;
import kr.gongyu.reservation.ReservationRefused;
import kr.gongyu.reservation.Reservations;
import kr.gongyu.reservation.StaffReservations;
import kr.gongyu.reservation.StaffReservations.Collisions;
import kr.gongyu.web.FormErrors;
import kr.gongyu.web.FormText;
import kr.gongyu.web.Pagination;
import kr.gongyu.web.PathIds;
import kr.gongyu.web.console.ConsoleBookings.ConsoleBooking;
import kr.gongyu.web.console.ReasonForm.QueueQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approval queue (승인 대기): the institution's requests, the longest waiting first, each with what competes
 * for its time; approve (the competing requests that no longer fit are rejected with it, and the page says
 * which) or reject with the reason the requester is told; and refuse a fee exemption (감면) claimed without its
 * evidence.
 */
@Controller
class ConsoleApprovals {

    private static final int PAGE_SIZE = 20;

    private final Reservations reservations;
    private final StaffReservations staff;
    private final ConsoleBookings bookings;
    private final ReservationPrices prices;
    private final MessageSource messages;

    ConsoleApprovals(
            Reservations reservations,
            StaffReservations staff,
            ConsoleBookings bookings,
            ReservationPrices prices,
            MessageSource messages) {
        this.reservations = reservations;
        this.staff = staff;
        this.bookings = bookings;
        this.prices = prices;
        this.messages = messages;
    }

    /** A request in the queue with the other requests and the bookings that overlap it on its resource. */
    record Request(
            ConsoleBooking booking,
            Collisions collisions,
            List<ConsoleBooking> pending,
            List<ConsoleBooking> booked,
            Price price) {}

    /** The queue's address at another page. */
    record QueueLinks(@Nullable Long resource) {

        public String with(String name, String value) {
            return "/console/approvals?" + name + "=" + value + (resource == null ? "" : "&resource=" + resource);
        }
    }

    @GetMapping("/console/approvals")
    String queue(StaffScope scope, @ModelAttribute QueueQuery query, Model model) {
        return queuePage(scope.institution(), query, Map.of(), Map.of(), model);
    }

    /** Approves the request, then back to the queue as it was filtered. */
    @PostMapping("/console/approvals/{id}/approve")
    String approve(
            StaffScope scope, @PathVariable String id, @ModelAttribute QueueQuery queue, RedirectAttributes flash) {
        var institution = scope.institution();
        var reservation = idOf(id);
        try {
            var approval = staff.approve(institution, reservation)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            flash.addFlashAttribute("approvedId", approval.approved().id().value());
            flash.addFlashAttribute(
                    "autoRejectedIds",
                    new ArrayList<>(approval.rejected().stream()
                            .map(rejected -> rejected.id().value())
                            .toList()));
        } catch (ReservationRefused refused) {
            flash.addFlashAttribute("refusal", refusal(refused));
        }
        return back(queue);
    }

    @PostMapping("/console/approvals/{id}/reject")
    String reject(
            StaffScope scope,
            @PathVariable String id,
            @ModelAttribute ReasonForm form,
            Model model,
            RedirectAttributes flash) {
        return withReason(scope, id, form, model, flash, "reason-", "rejectedId", staff::reject);
    }

    /**
     * Refuses the fee exemption (감면) a request claims, as when the evidence is missing: its price is full again
     * and the requester is told the reason.
     */
    @PostMapping("/console/approvals/{id}/discount/refuse")
    String refuseDiscount(
            StaffScope scope,
            @PathVariable String id,
            @ModelAttribute ReasonForm form,
            Model model,
            RedirectAttributes flash) {
        return withReason(
                scope,
                id,
                form,
                model,
                flash,
                "discount-reason-",
                "discountRefusedId",
                (institution, reservation, why) -> staff.refuseDiscount(
                        institution, reservation, why, scope.caller().id()));
    }

    /** What staff do to a request with a reason they write: reject it, or refuse its 감면. */
    @FunctionalInterface
    private interface WithReason {
        Optional<Reservation> apply(InstitutionId institution, ReservationId reservation, String reason);
    }

    /**
     * Acts on the institution's request with the reason given (required, at most {@link ReasonForm#MAX_LENGTH}
     * characters, else the queue again with the reason's field, {@code field} and the id, marked and what was
     * written kept), then back to the queue with {@code done}.
     */
    private String withReason(
            StaffScope scope,
            String id,
            ReasonForm form,
            Model model,
            RedirectAttributes flash,
            String field,
            String done,
            WithReason action) {
        var institution = scope.institution();
        var reservation = idOf(id);
        var why = form.given();
        if (why.isEmpty()) {
            var errors = new FormErrors();
            errors.reject(field + reservation.value(), "console.approvals.error.reason", ReasonForm.MAX_LENGTH);
            return queuePage(
                    institution,
                    form.queue(),
                    errors.in(messages),
                    Map.of(reservation.value(), FormText.sent(form.reason())),
                    model);
        }
        try {
            action.apply(institution, reservation, why.get())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            flash.addFlashAttribute(done, reservation.value());
        } catch (ReservationRefused refused) {
            flash.addFlashAttribute("refusal", refusal(refused));
        }
        return back(form.queue());
    }

    private String queuePage(
            InstitutionId institution,
            QueueQuery query,
            Map<String, String> errors,
            Map<Long, String> reasons,
            Model model) {
        var page = query.pageNumber();
        var resource = query.resourceId();
        var total = reservations.countAwaitingApproval(institution, resource);
        var requests = bookings.of(reservations.awaitingApproval(institution, resource, page - 1, PAGE_SIZE)).stream()
                .map(booking -> request(institution, booking))
                .toList();
        model.addAttribute("requests", requests);
        model.addAttribute("total", total);
        model.addAttribute("pagination", Pagination.of(page - 1, total, PAGE_SIZE, Long.MAX_VALUE));
        model.addAttribute("links", new QueueLinks(resource == null ? null : resource.value()));
        model.addAttribute("resource", resource == null ? null : resource.value());
        model.addAttribute("errors", errors);
        model.addAttribute("reasons", new HashMap<>(reasons));
        model.addAttribute("maxReasonLength", ReasonForm.MAX_LENGTH);
        model.addAttribute("page", page);
        if (model.getAttribute("approvedId") instanceof Long approved) {
            reservations.find(new ReservationId(approved)).ifPresent(found -> {
                model.addAttribute("approved", bookings.of(found));
                @SuppressWarnings("unchecked")
                var ids = (List<Long>) model.getAttribute("autoRejectedIds");
                model.addAttribute(
                        "autoRejected",
                        bookings.of((ids == null ? List.<Long>of() : ids)
                                .stream()
                                        .flatMap(rejected -> reservations.find(new ReservationId(rejected)).stream())
                                        .toList()));
            });
        }
        if (model.getAttribute("discountRefusedId") instanceof Long refused) {
            reservations
                    .find(new ReservationId(refused))
                    .ifPresent(found -> model.addAttribute("discountRefused", bookings.of(found)));
        }
        if (model.getAttribute("rejectedId") instanceof Long rejected) {
            reservations
                    .find(new ReservationId(rejected))
                    .ifPresent(found -> model.addAttribute("rejected", bookings.of(found)));
        }
        return "console/approvals";
    }

    private Request request(InstitutionId institution, ConsoleBooking booking) {
        var collisions = staff.collisions(institution, booking.reservation().id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Request(
                booking,
                collisions,
                bookings.of(collisions.pending()),
                bookings.of(collisions.booked()),
                prices.of(booking.reservation()));
    }

    /** What staff are told when the request changed meanwhile or its time was taken. */
    private static String refusal(ReservationRefused refused) {
        return switch (refused.reason()) {
            case INVALID_STATE -> "console.approvals.changed";
            case SLOT_UNAVAILABLE -> "console.approvals.taken";
            default -> "problem." + refused.reason().name() + ".detail";
        };
    }

    /** Back to the queue, with the resource it was filtered by. */
    private static String back(QueueQuery queue) {
        var filter = queue.resourceId();
        return "redirect:/console/approvals" + (filter == null ? "" : "?resource=" + filter.value());
    }

    private static ReservationId idOf(String id) {
        return PathIds.parse(id)
                .map(ReservationId::new)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
