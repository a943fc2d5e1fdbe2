package kr.gongyu.web.citizen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.gongyu.Seoul;
import kr.gongyu.allocation.Lotteries;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.ResourceDetailsView;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.Region;
import kr.gongyu.institution.Regions;
import kr.gongyu.reservation.BookingPolicies;
import kr.gongyu.reservation.BookingPolicy;
import kr.gongyu.reservation.Discounts;
import kr.gongyu.reservation.RequestReservation;
import kr.gongyu.reservation.ReservationRefused;
import kr.gongyu.reservation.Reservations;
import kr.gongyu.schedule.DayAvailability;
import kr.gongyu.schedule.ResourceSchedules;
import kr.gongyu.schedule.Slot;
import kr.gongyu.search.ResourceSearch;
import kr.gongyu.web.FormErrors;
import kr.gongyu.web.Formats;
import kr.gongyu.web.PageModel;
import kr.gongyu.web.Pagination;
import kr.gongyu.web.PathIds;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The catalogue's pages: results with filters, facets and a map; a resource with its month calendar and the
 * chosen day's slots; and the first step of booking, which holds the picked slot.
 */
@Controller
class ResourcePages {

    private final ResourceSearch search;
    private final ResourceDirectory directory;
    private final ResourceSchedules schedules;
    private final Reservations reservations;
    private final Lotteries lotteries;
    private final Discounts discounts;
    private final BookingPolicies policies;
    private final Regions regions;
    private final MessageSource messages;
    private final Formats formats;
    private final Clock clock;
    private final String tileUrl;
    private final String tileAttribution;

    ResourcePages(
            ResourceSearch search,
            ResourceDirectory directory,
            ResourceSchedules schedules,
            Reservations reservations,
            Lotteries lotteries,
            Discounts discounts,
            BookingPolicies policies,
            Regions regions,
            MessageSource messages,
            Formats formats,
            Clock clock,
            @Value("${gongyu.web.map.tile-url}") String tileUrl,
            @Value("${gongyu.web.map.attribution}") String tileAttribution) {
        this.search = search;
        this.directory = directory;
        this.schedules = schedules;
        this.reservations = reservations;
        this.lotteries = lotteries;
        this.discounts = discounts;
        this.policies = policies;
        this.regions = regions;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    /** One facet value as a link: what it narrows to, its label and count. */
    record FacetLink(String parameter, String value, String label, long count) {}

    @GetMapping("/resources")
    String results(SearchForm form, Model model) {
        var errors = new FormErrors();
        var query = form.read(errors);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.in(messages));
        model.addAttribute("categories", List.of(Category.values()));
        model.addAttribute("provinces", provinces());
        model.addAttribute("districts", districts(form.region()));
        model.addAttribute("institutionKinds", List.of(InstitutionKind.values()));
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        if (query != null) {
            var page = search.find(
                    query.filter(), query.near(), query.window(), query.order(), query.page(), SearchForm.PAGE_SIZE);
            model.addAttribute("result", page);
            model.addAttribute(
                    "pagination",
                    Pagination.of(query.page(), page.total(), SearchForm.PAGE_SIZE, SearchForm.MAX_PAGE + 1));
            model.addAttribute(
                    "categoryFacets",
                    facets("category", page.facets().categories(), Category::label, formats::category));
            var names = provinces().stream().collect(Collectors.toMap(region -> region.code(), Function.identity()));
            model.addAttribute(
                    "provinceFacets",
                    facets(
                            "region",
                            page.facets().provinces(),
                            code -> code.value().substring(0, 2),
                            code -> Optional.ofNullable(names.get(code))
                                    .map(formats::region)
                                    .orElse(code.value())));
            model.addAttribute(
                    "institutionKindFacets",
                    facets("institutionKind", page.facets().institutionKinds(), Enum::name, formats::name));
        }
        // The whole page, for htmx too: it swaps the results, and the 시·군·구 of the 시·도 just chosen.
        return "results";
    }

    private <K> List<FacetLink> facets(
            String parameter, Map<K, Long> counts, Function<K, String> value, Function<K, String> label) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed())
                .map(entry -> new FacetLink(
                        parameter, value.apply(entry.getKey()), label.apply(entry.getKey()), entry.getValue()))
                .toList();
    }

    private List<Region> provinces() {
        return regions.all().stream().filter(Region::isProvince).toList();
    }

    /** The 시·군·구 of the 시·도 chosen (by its two digits), or none. */
    private List<Region> districts(@Nullable String province) {
        if (province == null || !province.strip().matches("\\d{2}")) {
            return List.of();
        }
        return regions.all().stream()
                .filter(region -> !region.isProvince() && region.code().value().startsWith(province.strip()))
                .toList();
    }

    /** The month shown and the day chosen, as the address gives them; either ignored where it is no date. */
    record CalendarQuery(@Nullable String month, @Nullable String day) {

        Optional<LocalDate> chosenDay() {
            return parsed(day, LocalDate::parse);
        }

        Optional<YearMonth> shownMonth() {
            return parsed(month, YearMonth::parse);
        }
    }

    /**
     * The booking form as sent: the slot picked ({@code start/end}), the end chosen for several slots, the day the
     * form was for, the units, whether for one's organisation, and the key made when the page was shown.
     */
    record HoldForm(
            @Nullable String slot,
            @Nullable String until,
            @Nullable String day,
            @Nullable String units,
            @Nullable String forOrganization,
            @Nullable String bookingKey) {

        @Nullable
        SlotTime picked() {
            if (slot == null) {
                return null;
            }
            var parts = slot.split("/");
            try {
                return parts.length == 2 ? new SlotTime(Instant.parse(parts[0]), Instant.parse(parts[1])) : null;
            } catch (DateTimeParseException malformed) {
                return null;
            }
        }

        /** The units asked (1 when none is given), or null when not a number from 1 to {@code quantity}. */
        @Nullable
        Integer count(int quantity) {
            if (units == null || units.isBlank()) {
                return 1;
            }
            try {
                var asked = Integer.parseInt(units.strip());
                return asked >= 1 && asked <= quantity ? asked : null;
            } catch (NumberFormatException malformed) {
                return null;
            }
        }

        boolean forTheOrganization() {
            return "true".equals(forOrganization);
        }

        Optional<LocalDate> formDay() {
            return parsed(day, LocalDate::parse);
        }

        /** The form's key: every form of the page carries one, so that a form without is not the page's. */
        String key() {
            if (bookingKey == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
            return bookingKey;
        }
    }

    @GetMapping("/resources/{id}")
    String resource(@PathVariable String id, @ModelAttribute CalendarQuery query, Model model) {
        var details = details(id);
        var chosenDay = query.chosenDay();
        var shownMonth =
                query.shownMonth().orElse(chosenDay.map(YearMonth::from).orElseGet(this::thisMonth));
        resourcePage(details, shownMonth, chosenDay.orElse(null), model);
        return "resource";
    }

    /** The month calendar alone, for htmx to swap in when the reader moves between months. */
    @GetMapping(path = "/resources/{id}", headers = "HX-Request")
    String calendar(@PathVariable String id, @ModelAttribute CalendarQuery query, Model model) {
        resource(id, query, model);
        return "resource :: calendar";
    }

    /**
     * Holds the picked slot while the booker completes the booking. The form's key, made when the page was
     * shown, makes a second submit of the same form find the same hold rather than book twice.
     */
    @PostMapping("/resources/{id}/bookings")
    String hold(@PathVariable String id, @ModelAttribute HoldForm form, Model model) {
        var bookingKey = form.key();
        var details = details(id);
        var caller = PageModel.current().orElseThrow();
        var errors = new FormErrors();
        var picked = form.picked();
        if (picked == null) {
            errors.reject("slot", "booking.error.slot");
        }
        var count = form.count(details.summary().quantity());
        if (count == null) {
            errors.reject("units", "form.error.range", 1, details.summary().quantity());
        }
        var time = picked == null ? null : range(details, picked, form.until(), count == null ? 1 : count, errors);
        if (errors.isEmpty()) {
            try {
                var booked = reservations.book(new RequestReservation(
                        caller.id(),
                        details.summary().id(),
                        time.start(),
                        time.end(),
                        count,
                        null,
                        null,
                        form.forTheOrganization() ? caller.organization() : null,
                        true,
                        bookingKey));
                if (booked.isPresent()) {
                    return "redirect:/my/reservations/"
                            + booked.get().reservation().id() + "/complete";
                }
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            } catch (ReservationRefused refused) {
                errors.reject(
                        "slot",
                        refused.reason() == ReservationRefused.Reason.SLOT_UNAVAILABLE
                                ? "slots.taken"
                                : "problem." + refused.reason().name() + ".detail");
                model.addAttribute("refusal", refused.reason().name());
            }
        }
        // The day the form was for, even when no time was picked: its times stay on the page with the error.
        var shown = picked != null
                ? LocalDate.ofInstant(picked.start(), Seoul.ZONE)
                : form.formDay().orElse(null);
        resourcePage(details, shown == null ? thisMonth() : YearMonth.from(shown), shown, model);
        model.addAttribute("errors", errors.in(messages));
        model.addAttribute("forOrganization", form.forTheOrganization());
        model.addAttribute("picked", form.slot());
        model.addAttribute("pickedUntil", form.until());
        return "resource";
    }

    /**
     * The time from the picked slot's start to the end chosen (its own end when none is): the slots between
     * must follow one another, each with the units asked free, and number from the rules' fewest to most.
     */
    private @Nullable SlotTime range(
            ResourceDetailsView details, SlotTime picked, @Nullable String until, int units, FormErrors errors) {
        if (until == null || until.isBlank()) {
            return checkedCount(details, picked, 1, errors);
        }
        Instant end;
        try {
            end = Instant.parse(until.strip());
        } catch (DateTimeParseException malformed) {
            errors.reject("until", "booking.error.until");
            return null;
        }
        if (!end.isAfter(picked.start())) {
            errors.reject("until", "booking.error.until");
            return null;
        }
        var day = LocalDate.ofInstant(picked.start(), Seoul.ZONE);
        var slots = schedules.calendar(details.summary().id(), day, day).orElse(List.of()).stream()
                .flatMap(available -> available.slots().stream())
                .toList();
        var reached = picked.start();
        var count = 0;
        for (var free : slots) {
            if (reached.equals(end)) {
                break;
            }
            if (free.start().equals(reached) && free.remaining() >= units) {
                reached = free.end();
                count++;
            }
        }
        if (!reached.equals(end)) {
            // A slot taken (or a gap) between the start and the end chosen.
            errors.reject("until", "booking.error.gap");
            return null;
        }
        return checkedCount(details, new SlotTime(picked.start(), end), count, errors);
    }

    private @Nullable SlotTime checkedCount(ResourceDetailsView details, SlotTime time, int count, FormErrors errors) {
        var limits = schedules
                .rulesOf(details.summary().id())
                .map(spec -> spec.toRules())
                .filter(rules -> rules.slotMinutes() != null && !rules.multiDay());
        if (limits.isPresent()) {
            var min = limits.get().minSlots();
            var max = limits.get().maxSlots();
            if (count < min || count > max) {
                errors.reject("until", "booking.error.slotCount", min, max);
                return null;
            }
        }
        return time;
    }

    private ResourceDetailsView details(String id) {
        return PathIds.parse(id)
                .map(ResourceId::new)
                .flatMap(directory::details)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void resourcePage(ResourceDetailsView details, YearMonth month, @Nullable LocalDate day, Model model) {
        var id = details.summary().id();
        var days = schedules.calendar(id, month.atDay(1), month.atEndOfMonth()).orElseThrow();
        model.addAttribute("resource", details);
        model.addAttribute("discountTerms", discounts.ofResource(id));
        model.addAttribute(
                "paymentDeadlineHours",
                policies.of(id).orElseGet(BookingPolicy::lenient).paymentDeadlineHours());
        model.addAttribute(
                "openingHours",
                schedules
                        .rulesOf(id)
                        .map(spec -> spec.toRules().describe(LocaleContextHolder.getLocale()))
                        .orElse(List.of()));
        model.addAttribute("month", month);
        model.addAttribute("weeks", weeks(month, days));
        model.addAttribute("previousMonth", month.minusMonths(1));
        model.addAttribute("nextMonth", month.plusMonths(1));
        model.addAttribute("today", LocalDate.now(clock.withZone(Seoul.ZONE)));
        model.addAttribute("day", day);
        var chosen =
                days.stream().filter(available -> available.date().equals(day)).findFirst();
        model.addAttribute("chosen", chosen.orElse(null));
        model.addAttribute(
                "freeSlots",
                chosen.map(available -> available.slots().stream()
                                .filter(slot -> slot.remaining() > 0)
                                .map(slot -> new SlotChoice(slot, SlotTime.of(slot)))
                                .toList())
                        .orElse(List.of()));
        // A round's slots are drawn, not booked first-come (until its leftover instant): marked, with its page.
        var lotterySlots = day == null
                ? Map.<Instant, Long>of()
                : lotteries.setAside(
                        id,
                        day.atStartOfDay(Seoul.ZONE).toInstant(),
                        day.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant());
        model.addAttribute("lotterySlots", lotterySlots);
        model.addAttribute("lotteries", Set.copyOf(lotterySlots.values()));
        // The month grid marks the days a round covers, with a link to it (a day of two rounds: the earlier slot's).
        var lotteryDays = new TreeMap<LocalDate, Long>();
        new TreeMap<>(lotteries.setAside(
                        id,
                        month.atDay(1).atStartOfDay(Seoul.ZONE).toInstant(),
                        month.plusMonths(1).atDay(1).atStartOfDay(Seoul.ZONE).toInstant()))
                .forEach((start, lottery) -> lotteryDays.putIfAbsent(LocalDate.ofInstant(start, Seoul.ZONE), lottery));
        model.addAttribute("lotteryDays", lotteryDays);
        // Taken slots still to come take a waitlist.
        var now = clock.instant();
        model.addAttribute(
                "takenSlots",
                chosen.map(available -> available.slots().stream()
                                .filter(slot ->
                                        slot.remaining() == 0 && slot.start().isAfter(now))
                                .toList())
                        .orElse(List.of()));
        // Slots of fixed length may be booked several in a row, up to the rules' most.
        model.addAttribute(
                "slotLimits",
                schedules
                        .rulesOf(id)
                        .map(spec -> spec.toRules())
                        .filter(rules -> rules.slotMinutes() != null && !rules.multiDay() && rules.maxSlots() > 1)
                        .orElse(null));
        // Whether this account may book, and why not, before anything is submitted (the booking's own rule).
        var standing = PageModel.current()
                .flatMap(caller -> reservations.standingOf(caller.id(), id))
                .orElse(null);
        model.addAttribute("standing", standing);
        if (!model.containsAttribute("forOrganization")) {
            model.addAttribute("forOrganization", standing == Reservations.Standing.MAY_BOOK_FOR_ORGANIZATION);
        }
        model.addAttribute("bookingKey", UUID.randomUUID().toString());
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    /** The month as weeks from Monday to Sunday; the days of other months are null. */
    private static List<List<@Nullable DayAvailability>> weeks(YearMonth month, List<DayAvailability> days) {
        var weeks = new ArrayList<List<@Nullable DayAvailability>>();
        var week = new ArrayList<@Nullable DayAvailability>();
        for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
            week.add(null);
        }
        for (var day : days) {
            week.add(day);
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        return weeks;
    }

    private YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(Seoul.ZONE));
    }

    /** A slot as the form sends it: its start and end instants. */
    record SlotTime(Instant start, Instant end) {

        static String of(Slot slot) {
            return slot.start() + "/" + slot.end();
        }
    }

    /** A free slot to pick, with the value the form sends for it. */
    record SlotChoice(Slot slot, String value) {}

    /** The value as its type reads it, or none where missing or not of the type. */
    private static <T> Optional<T> parsed(@Nullable String value, Function<String, T> parse) {
        try {
            return Optional.ofNullable(value).map(parse);
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }
}
