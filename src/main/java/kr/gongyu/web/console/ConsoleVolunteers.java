package kr.gongyu.web.console;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.ResourceEntryView;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.http.StaffScope;
import kr.gongyu.reservation.BookingNotices;
import kr.gongyu.schedule.Interval;
import kr.gongyu.schedule.RosterRefused;
import kr.gongyu.schedule.VolunteerRoster;
import kr.gongyu.web.FormErrors;
import kr.gongyu.web.FormText;
import kr.gongyu.web.ListedShifts;
import kr.gongyu.web.PathIds;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The volunteer roster in the console (Sejong): staff offer the shifts a facility needs volunteers for, see who
 * signed up (names masked), and cancel a shift, which closes its hours and records the bookers to tell.
 */
@Controller
class ConsoleVolunteers {

    /** The most resources the roster's chooser lists. */
    private static final int RESOURCES = 500;

    private final VolunteerRoster roster;
    private final ResourceManagement management;
    private final ListedShifts listed;
    private final BookingNotices notices;
    private final MessageSource messages;
    private final Clock clock;

    ConsoleVolunteers(
            VolunteerRoster roster,
            ResourceManagement management,
            ListedShifts listed,
            BookingNotices notices,
            MessageSource messages,
            Clock clock) {
        this.roster = roster;
        this.management = management;
        this.listed = listed;
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    /** The offer form, bound by name and kept as typed (without the spaces around it); a field not sent is empty. */
    record ShiftForm(String date, String from, String to, String needed) {

        ShiftForm {
            date = FormText.typed(date);
            from = FormText.typed(from);
            to = FormText.typed(to);
            needed = FormText.typed(needed);
        }
    }

    @GetMapping("/console/volunteers")
    String roster(StaffScope scope, @RequestParam(required = false) @Nullable String resource, Model model) {
        var saturday = today().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return page(scope, resource, new ShiftForm(saturday.toString(), "09:00", "18:00", "1"), Map.of(), model);
    }

    @PostMapping("/console/volunteers/shifts")
    String offer(
            StaffScope scope,
            @RequestParam(defaultValue = "") String resource,
            @ModelAttribute ShiftForm form,
            Model model) {
        var own = own(scope, resource);
        var errors = new FormErrors();
        var day = parse(() -> LocalDate.parse(form.date()), "date", "console.error.date", errors);
        var start = parse(() -> LocalTime.parse(form.from()), "from", "console.error.time", errors);
        var end = parse(() -> LocalTime.parse(form.to()), "to", "console.error.time", errors);
        var volunteers =
                parse(() -> Integer.parseInt(form.needed()), "needed", "console.volunteers.error.needed", errors);
        if (errors.isEmpty() && !end.get().isAfter(start.get())) {
            errors.reject("to", "console.volunteers.error.order");
        }
        if (errors.isEmpty()) {
            var time = new Interval(
                    day.get().atTime(start.get()).atZone(Seoul.ZONE).toInstant(),
                    day.get().atTime(end.get()).atZone(Seoul.ZONE).toInstant());
            try {
                var shift = roster.offer(own.id(), time, volunteers.get());
                return "redirect:/console/volunteers?resource=" + own.id() + "&offered=" + shift.id();
            } catch (RosterRefused refused) {
                errors.reject(
                        refused.reason() == RosterRefused.Reason.INVALID_NEEDED ? "needed" : "date",
                        "console.volunteers.refused." + refused.reason().name(),
                        VolunteerRoster.MOST_VOLUNTEERS);
            }
        }
        return page(scope, resource, form, errors.in(messages), model);
    }

    @PostMapping("/console/volunteers/shifts/{id}/cancel")
    String cancel(StaffScope scope, @PathVariable String id, @RequestParam(defaultValue = "") String resource) {
        var own = own(scope, resource);
        var shift = PathIds.parse(id)
                .flatMap(roster::shift)
                .filter(found -> found.resource().equals(own.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        roster.cancel(own.id(), shift.id());
        var toTell = notices.recorded(own.id(), shift.time()).size();
        return "redirect:/console/volunteers?resource=" + own.id() + "&cancelled=" + shift.id() + "&toTell=" + toTell;
    }

    private String page(
            StaffScope scope, @Nullable String resource, ShiftForm form, Map<String, String> errors, Model model) {
        var institution = scope.institution();
        model.addAttribute(
                "resources", management.resources(institution, 0, RESOURCES).getContent());
        var chosen = resource == null || resource.isBlank()
                ? Optional.<ResourceEntryView>empty()
                : Optional.of(own(scope, resource));
        model.addAttribute("chosen", chosen.orElse(null));
        chosen.ifPresent(found -> {
            var now = clock.instant();
            model.addAttribute(
                    "shifts", listed.of(roster.shifts(found.id(), new Interval(now, now.plus(ListedShifts.AHEAD)))));
        });
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "console/volunteers";
    }

    /** One of the staff member's own resources; any other is not found. */
    private ResourceEntryView own(StaffScope scope, String resource) {
        var institution = scope.institution();
        return PathIds.parse(resource)
                .flatMap(id -> management.resource(institution, new ResourceId(id)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static <T> Optional<T> parse(Supplier<T> parse, String field, String message, FormErrors errors) {
        try {
            return Optional.of(parse.get());
        } catch (DateTimeParseException | NumberFormatException mistake) {
            errors.reject(field, message);
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Seoul.ZONE));
    }
}
