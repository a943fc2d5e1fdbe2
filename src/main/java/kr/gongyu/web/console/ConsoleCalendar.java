package kr.gongyu.web.console;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.http.StaffScope;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.payment.PaymentRefused;
import kr.gongyu.payment.Payments;
import kr.gongyu.reservation.Price;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.reservation.ReservationPrices;
import kr.gongyu.reservation.ReservationRefused;
import kr.gongyu.reservation.ReservationStatus;
import kr.gongyu.reservation.Reservations;
import kr.gongyu.reservation.Reservations.InstitutionFilter;
import kr.gongyu.reservation.StaffReservations;
import kr.gongyu.web.FormText;
import kr.gongyu.web.PathIds;
import kr.gongyu.web.console.ConsoleBookings.ConsoleBooking;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The booking calendar (예약 달력): a day or a week of every booking of the institution's resources, by
 * resource and time, and on a day check-in and no-show, as far as the booking's time allows them, for a booking
 * waiting for its payment its deadline and the on-site payment, and the 감면 claimed, which staff may refuse.
 */
@Controller
class ConsoleCalendar {

    /** The most bookings one view shows; a busier week says so and asks for a day or a resource. */
    static final int MAX_BOOKINGS = 1_000;

    private static final int MAX_RESOURCES = 2_000;

    /** What a calendar shows: bookings that were or are to be used, not holds, cancellations or rejections. */
    private static final Set<ReservationStatus> SHOWN = EnumSet.of(
            ReservationStatus.PENDING_APPROVAL,
            ReservationStatus.PAYMENT_DUE,
            ReservationStatus.CONFIRMED,
            ReservationStatus.CHECKED_IN,
            ReservationStatus.COMPLETED,
            ReservationStatus.NO_SHOW);

    private final Reservations reservations;
    private final StaffReservations staff;
    private final ResourceManagement management;
    private final ConsoleBookings bookings;
    private final Payments payments;
    private final ReservationPrices prices;
    private final Clock clock;

    ConsoleCalendar(
            Reservations reservations,
            StaffReservations staff,
            ResourceManagement management,
            ConsoleBookings bookings,
            Payments payments,
            ReservationPrices prices,
            Clock clock) {
        this.reservations = reservations;
        this.staff = staff;
        this.management = management;
        this.bookings = bookings;
        this.payments = payments;
        this.prices = prices;
        this.clock = clock;
    }

    /** One resource's bookings on a day, by time. */
    record ResourceDay(long resourceId, String resourceName, List<ConsoleBooking> bookings) {}

    /** One day of the view, by resource. */
    record Day(LocalDate date, boolean today, List<ResourceDay> resources) {

        public int count() {
            return resources.stream().mapToInt(r -> r.bookings().size()).sum();
        }
    }

    /** A row of the week's grid: one resource, its bookings on each day of the week. */
    record WeekRow(long resourceId, String resourceName, List<List<ConsoleBooking>> days) {}

    /** The calendar's addresses: the same view at another date, or another view of the date. */
    record CalendarLinks(
            String view, LocalDate date, @Nullable Long resource) {

        public String at(String otherView, LocalDate otherDate) {
            var uri = UriComponentsBuilder.fromPath("/console/calendar")
                    .queryParam("view", otherView)
                    .queryParam("date", otherDate);
            if (resource != null) {
                uri.queryParam("resource", resource);
            }
            return uri.build().toUriString();
        }

        public String previous() {
            return at(view, view.equals("day") ? date.minusDays(1) : date.minusWeeks(1));
        }

        public String next() {
            return at(view, view.equals("day") ? date.plusDays(1) : date.plusWeeks(1));
        }
    }

    /**
     * The view asked for, as the address gives it: a {@code day} or else a week, at a date (today where missing or
     * wrong, and the page says it was wrong), of one resource or all.
     */
    record CalendarQuery(
            @Nullable String view,
            @Nullable String date,
            @Nullable String resource) {

        boolean day() {
            return "day".equals(view);
        }

        Optional<LocalDate> shown() {
            if (date == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(date.strip()));
            } catch (DateTimeParseException malformed) {
                return Optional.empty();
            }
        }

        boolean badDate() {
            return date != null && !date.isBlank() && shown().isEmpty();
        }
    }

    @GetMapping("/console/calendar")
    String calendar(StaffScope scope, @ModelAttribute CalendarQuery query, Model model) {
        var institution = scope.institution();
        var today = LocalDate.now(clock.withZone(Seoul.ZONE));
        var day = query.day();
        var shown = query.shown().orElse(today);
        var first = day ? shown : shown.with(DayOfWeek.MONDAY);
        var length = day ? 1 : 7;
        var own = management.resources(institution, 0, MAX_RESOURCES).getContent();
        var chosen = FormText.id(query.resource())
                .filter(id -> own.stream().anyMatch(r -> r.id().value() == id))
                .orElse(null);
        var filter = new InstitutionFilter(
                institution,
                null,
                chosen == null ? null : new ResourceId(chosen),
                first.atStartOfDay(Seoul.ZONE).toInstant(),
                first.plusDays(length).atStartOfDay(Seoul.ZONE).toInstant());
        var found = reservations.ofInstitution(filter, 0, MAX_BOOKINGS + 1);
        var shownBookings = bookings.of(found.stream()
                .limit(MAX_BOOKINGS)
                .filter(r -> SHOWN.contains(r.status()))
                .toList());
        var days = new ArrayList<Day>();
        for (var n = 0; n < length; n++) {
            var date0 = first.plusDays(n);
            days.add(new Day(date0, date0.equals(today), byResource(shownBookings, date0)));
        }
        model.addAttribute("view", day ? "day" : "week");
        model.addAttribute("date", shown);
        model.addAttribute("first", first);
        model.addAttribute("last", first.plusDays(length - 1));
        model.addAttribute("today", today);
        model.addAttribute("days", days);
        // A day is read by the clock: every booking by its time, whatever the resource.
        var byTime = shownBookings.stream()
                .filter(b ->
                        LocalDate.ofInstant(b.reservation().start(), Seoul.ZONE).equals(first))
                .sorted(java.util.Comparator.comparing(
                                (ConsoleBooking b) -> b.reservation().start())
                        .thenComparing(ConsoleBooking::resourceName))
                .toList();
        model.addAttribute("byTime", byTime);
        // The day's 감면 claims, for staff to check the evidence at the door and refuse one without it.
        var claims = new java.util.HashMap<Long, Price.DiscountClaim>();
        if (day) {
            for (var booking : byTime) {
                var claim = prices.of(booking.reservation()).discount();
                if (claim != null) {
                    claims.put(booking.id(), claim);
                }
            }
        }
        model.addAttribute("claims", claims);
        // Check-in opens 30 minutes before the start, as the engine allows it; no-show once the start has passed.
        model.addAttribute("now", clock.instant());
        model.addAttribute("checkInOpens", java.time.Duration.ofMinutes(30).toSeconds());
        model.addAttribute("rows", weekRows(shownBookings, days));
        model.addAttribute("total", shownBookings.size());
        model.addAttribute("truncated", found.size() > MAX_BOOKINGS);
        model.addAttribute("maxBookings", MAX_BOOKINGS);
        model.addAttribute("resources", own);
        model.addAttribute("resource", chosen);
        model.addAttribute("badDate", query.badDate());
        model.addAttribute("links", new CalendarLinks(day ? "day" : "week", shown, chosen));
        return "console/calendar";
    }

    private static List<ResourceDay> byResource(List<ConsoleBooking> all, LocalDate date) {
        var byResource = new LinkedHashMap<Long, List<ConsoleBooking>>();
        var names = new LinkedHashMap<Long, String>();
        all.stream()
                .filter(b ->
                        LocalDate.ofInstant(b.reservation().start(), Seoul.ZONE).equals(date))
                .sorted((a, b) -> {
                    var byName = a.resourceName().compareTo(b.resourceName());
                    return byName != 0
                            ? byName
                            : a.reservation().start().compareTo(b.reservation().start());
                })
                .forEach(b -> {
                    var id = b.reservation().resource().value();
                    byResource.computeIfAbsent(id, key -> new ArrayList<>()).add(b);
                    names.put(id, b.resourceName());
                });
        return byResource.entrySet().stream()
                .map(e -> new ResourceDay(e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
    }

    private static List<WeekRow> weekRows(List<ConsoleBooking> all, List<Day> days) {
        var rows = new LinkedHashMap<Long, WeekRow>();
        all.stream()
                .sorted((a, b) -> a.resourceName().compareTo(b.resourceName()))
                .forEach(b -> rows.computeIfAbsent(b.reservation().resource().value(), id -> {
                    var cells = new ArrayList<List<ConsoleBooking>>();
                    for (var day : days) {
                        cells.add(day.resources().stream()
                                .filter(r -> r.resourceId() == id)
                                .findFirst()
                                .map(ResourceDay::bookings)
                                .orElse(List.of()));
                    }
                    return new WeekRow(id, b.resourceName(), cells);
                }));
        return List.copyOf(rows.values());
    }

    @PostMapping("/console/calendar/{id}/check-in")
    String checkIn(
            StaffScope scope,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String resource,
            RedirectAttributes flash) {
        return act(scope, id, resource, flash, staff::checkIn, "checkIn");
    }

    @PostMapping("/console/calendar/{id}/no-show")
    String noShow(
            StaffScope scope,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String resource,
            RedirectAttributes flash) {
        return act(scope, id, resource, flash, staff::noShow, "noShow");
    }

    /** The booker paid at the counter: the booking is confirmed. */
    @PostMapping("/console/calendar/{id}/paid-on-site")
    String paidOnSite(
            StaffScope scope,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String resource,
            RedirectAttributes flash) {
        return act(
                scope,
                id,
                resource,
                flash,
                (institution, booking) -> payments.paidOnSite(
                                institution, booking, scope.caller().id())
                        .flatMap(paid -> reservations.find(booking)),
                "paidOnSite");
    }

    /** Refuses the booking's 감면 claim, with the reason the booker is told; the price is full again. */
    @PostMapping("/console/calendar/{id}/discount/refuse")
    String refuseDiscount(
            StaffScope scope, @PathVariable String id, @ModelAttribute ReasonForm form, RedirectAttributes flash) {
        // The page's field requires a reason within the limit: without one the form was not the page's.
        var why = form.given().orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        return act(
                scope,
                id,
                form.resource(),
                flash,
                (institution, reservation) -> staff.refuseDiscount(
                        institution, reservation, why, scope.caller().id()),
                "discountRefused");
    }

    /** Acts on the institution's booking and goes back to its day; another institution's is not found. */
    private String act(
            StaffScope scope,
            String id,
            @Nullable String resource,
            RedirectAttributes flash,
            BiFunction<InstitutionId, ReservationId, Optional<Reservation>> action,
            String what) {
        var institution = scope.institution();
        var reservation = PathIds.parse(id)
                .map(ReservationId::new)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Reservation target;
        try {
            target = action.apply(institution, reservation)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            flash.addFlashAttribute("done", "console.calendar.done." + what);
        } catch (PaymentRefused paidOrEnded) {
            target = reservations.find(reservation).orElseThrow();
            flash.addFlashAttribute("refusal", "console.calendar.changed");
        } catch (ReservationRefused refused) {
            // Only the institution's own bookings get here: a refusal comes after the tenancy check.
            target = reservations.find(reservation).orElseThrow();
            flash.addFlashAttribute(
                    "refusal",
                    refused.reason() == ReservationRefused.Reason.NOT_CHECK_IN_TIME
                            ? "console.calendar.notYet." + what
                            : "console.calendar.changed");
        }
        flash.addFlashAttribute("actedOn", target.id().value());
        var uri = UriComponentsBuilder.fromPath("/console/calendar")
                .queryParam("view", "day")
                .queryParam("date", LocalDate.ofInstant(target.start(), Seoul.ZONE));
        FormText.id(resource).ifPresent(value -> uri.queryParam("resource", value));
        return "redirect:" + uri.build().toUriString();
    }
}
