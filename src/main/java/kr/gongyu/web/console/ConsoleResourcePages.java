package kr.gongyu.web.console;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kr.gongyu.InvalidInput;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.catalog.SiteNotShared;
import kr.gongyu.catalog.SiteOutsideArea;
import kr.gongyu.http.StaffScope;
import kr.gongyu.listing.ResourceEditing;
import kr.gongyu.schedule.Interval;
import kr.gongyu.schedule.ResourceSchedules;
import kr.gongyu.web.FormErrors;
import kr.gongyu.web.Pagination;
import kr.gongyu.web.PathIds;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The institution's resources in the console: the list with publishing, one form to create and edit a resource
 * (catalogue entry, opening rules and booking policy, checked by the same {@link ResourceEditing} as the API),
 * and on a resource's page its internal-use blocks. Another institution's resource is a 404.
 */
@Controller
class ConsoleResourcePages {

    static final int PAGE_SIZE = 20;
    /** The most of a name searched for in the list; longer text is cut. */
    static final int MAX_NAME_QUERY = 100;

    private final ResourceManagement management;
    private final ResourceEditing editing;
    private final ResourceSchedules schedules;
    private final ResourceFormPage formPage;
    private final MessageSource messages;

    ConsoleResourcePages(
            ResourceManagement management,
            ResourceEditing editing,
            ResourceSchedules schedules,
            ResourceFormPage formPage,
            MessageSource messages) {
        this.management = management;
        this.editing = editing;
        this.schedules = schedules;
        this.formPage = formPage;
        this.messages = messages;
    }

    /**
     * The list as its address carries it: words of the name ({@code q}), and {@code state} {@value #PUBLISHED} or
     * {@value #HIDDEN} (anything else is both). A publish or unpublish form carries them too, back to the same list.
     */
    record ListLinks(String q, String state) {

        static final String PUBLISHED = "published";
        static final String HIDDEN = "hidden";

        ListLinks {
            q = q.strip();
            q = q.substring(0, Math.min(q.length(), MAX_NAME_QUERY));
            state = state.equals(PUBLISHED) || state.equals(HIDDEN) ? state : "";
        }

        @Nullable
        Boolean published() {
            return state.isEmpty() ? null : state.equals(PUBLISHED);
        }

        /** The list with one more parameter: another page, or word of what was just done. */
        public String with(String name, Object value) {
            return UriComponentsBuilder.fromPath("/console/resources")
                    .queryParamIfPresent("q", Optional.of(q).filter(text -> !text.isEmpty()))
                    .queryParamIfPresent("state", Optional.of(state).filter(text -> !text.isEmpty()))
                    .queryParam(name, value)
                    .encode()
                    .toUriString();
        }
    }

    @GetMapping("/console/resources")
    String list(
            StaffScope scope,
            @RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String state,
            Model model) {
        var institution = scope.institution();
        var number = pageNumber(page);
        var filter = new ListLinks(q, state);
        var resources = management.resources(institution, filter.q(), filter.published(), number - 1, PAGE_SIZE);
        var sites = management.sites(institution).stream()
                .collect(java.util.stream.Collectors.toMap(site -> site.id().value(), site -> site.name()));
        model.addAttribute("resources", resources.getContent());
        model.addAttribute("siteNames", sites);
        model.addAttribute(
                "pagination", Pagination.of(number - 1, resources.getTotalElements(), PAGE_SIZE, Long.MAX_VALUE));
        model.addAttribute("links", filter);
        model.addAttribute("count", resources.getTotalElements());
        return "console/resources";
    }

    @PostMapping("/console/resources/{id}/publish")
    String publish(
            StaffScope scope,
            @PathVariable String id,
            @RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String state) {
        var institution = scope.institution();
        var back = new ListLinks(q, state);
        try {
            management.publish(institution, formPage.own(institution, id)).orElseThrow(ResourceFormPage::notFound);
        } catch (SiteNotShared notShared) {
            return "redirect:" + back.with("page", pageNumber(page)) + "&notShared=" + id;
        }
        return "redirect:" + back.with("page", pageNumber(page)) + "&published=" + id;
    }

    @PostMapping("/console/resources/{id}/unpublish")
    String unpublish(
            StaffScope scope,
            @PathVariable String id,
            @RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String state) {
        var institution = scope.institution();
        management.unpublish(institution, formPage.own(institution, id)).orElseThrow(ResourceFormPage::notFound);
        return "redirect:" + new ListLinks(q, state).with("page", pageNumber(page)) + "&unpublished=" + id;
    }

    @GetMapping("/console/resources/new")
    String newForm(StaffScope scope, Model model) {
        var institution = scope.institution();
        var sites = management.sites(institution);
        var form = ConsoleResourceForm.blank(
                sites.isEmpty() ? null : String.valueOf(sites.getFirst().id().value()));
        return formPage.show(institution, null, form, Map.of(), model);
    }

    @PostMapping("/console/resources/new")
    String create(StaffScope scope, @RequestParam MultiValueMap<String, String> params, Model model) {
        var institution = scope.institution();
        var form = ConsoleResourceForm.posted(params);
        if (addsRow(params)) {
            return formPage.show(institution, null, form, Map.of(), model);
        }
        var errors = new FormErrors();
        var edit = form.command(errors);
        var saved = edit == null
                ? null
                : saved(errors, () -> {
                    var created = editing.create(institution, edit);
                    return "redirect:/console/resources/" + created.resource().id() + "/edit?saved";
                });
        return saved != null ? saved : formPage.show(institution, null, form, errors.in(messages), model);
    }

    @GetMapping("/console/resources/{id}/edit")
    String editForm(StaffScope scope, @PathVariable String id, Model model) {
        var institution = scope.institution();
        var resource = formPage.own(institution, id);
        var settings = editing.read(institution, resource).orElseThrow(ResourceFormPage::notFound);
        return formPage.show(institution, settings, ConsoleResourceForm.of(settings), Map.of(), model);
    }

    @PostMapping("/console/resources/{id}/edit")
    String revise(
            StaffScope scope,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        var institution = scope.institution();
        var resource = formPage.own(institution, id);
        var settings = editing.read(institution, resource).orElseThrow(ResourceFormPage::notFound);
        var form = ConsoleResourceForm.posted(params);
        if (addsRow(params)) {
            return formPage.show(institution, settings, form, Map.of(), model);
        }
        var errors = new FormErrors();
        var edit = form.command(errors);
        var saved = edit == null
                ? null
                : saved(errors, () -> {
                    editing.revise(institution, resource, edit).orElseThrow(ResourceFormPage::notFound);
                    return "redirect:/console/resources/" + id + "/edit?saved";
                });
        return saved != null ? saved : formPage.show(institution, settings, form, errors.in(messages), model);
    }

    /** An internal-use block as typed into the resource page's form, shown back as typed; a field not sent is empty. */
    record BlockForm(String date, String from, String to, String reason) {

        BlockForm {
            date = date == null ? "" : date;
            from = from == null ? "" : from;
            to = to == null ? "" : to;
            reason = reason == null ? "" : reason;
        }
    }

    @PostMapping("/console/resources/{id}/blocks")
    String block(StaffScope scope, @PathVariable String id, @ModelAttribute BlockForm block, Model model) {
        var institution = scope.institution();
        var resource = formPage.own(institution, id);
        var errors = new FormErrors();
        @Nullable LocalDate day = null;
        try {
            day = LocalDate.parse(block.date().strip());
        } catch (DateTimeException e) {
            errors.reject("blockDate", "console.block.error.date");
        }
        var start = time(block.from(), "blockFrom", errors);
        var end = time(block.to(), "blockTo", errors);
        if (start != null && end != null && !end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
            errors.reject("blockTo", "console.block.error.to");
        }
        if (block.reason().isBlank() || block.reason().strip().length() > 50) {
            errors.reject("blockReason", "console.block.error.reason");
        }
        if (errors.isEmpty() && day != null && start != null && end != null) {
            var startsAt = day.atTime(start).atZone(Seoul.ZONE).toInstant();
            var endsAt = (end.equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay() : day.atTime(end))
                    .atZone(Seoul.ZONE)
                    .toInstant();
            schedules.block(
                    resource, new Interval(startsAt, endsAt), block.reason().strip());
            return "redirect:/console/resources/" + id + "/edit?blocked#blocks";
        }
        var settings = editing.read(institution, resource).orElseThrow(ResourceFormPage::notFound);
        model.addAttribute("blockErrors", errors.in(messages));
        model.addAttribute(
                "block",
                Map.of("date", block.date(), "from", block.from(), "to", block.to(), "reason", block.reason()));
        return formPage.show(institution, settings, ConsoleResourceForm.of(settings), Map.of(), model);
    }

    @PostMapping("/console/resources/{id}/blocks/{blockId}/delete")
    String unblock(StaffScope scope, @PathVariable String id, @PathVariable String blockId) {
        var institution = scope.institution();
        var resource = formPage.own(institution, id);
        var removed = PathIds.parse(blockId)
                .filter(value -> schedules.unblock(resource, value))
                .isPresent();
        if (!removed) {
            throw ResourceFormPage.notFound();
        }
        return "redirect:/console/resources/" + id + "/edit?unblocked#blocks";
    }

    /** Where a checked form goes once saved, or null with what the editing refused recorded in {@code errors}. */
    private static @Nullable String saved(FormErrors errors, Supplier<String> save) {
        try {
            return save.get();
        } catch (InvalidInput invalid) {
            reject(invalid, errors);
        } catch (SiteNotShared notShared) {
            errors.reject("siteId", "problem.SITE_NOT_SHARED.detail");
        } catch (SiteOutsideArea outside) {
            errors.reject("siteRegionCode", "problem.SITE_OUTSIDE_AREA.detail");
        }
        return null;
    }

    private static void reject(InvalidInput invalid, FormErrors errors) {
        for (var mistake : invalid.mistakes()) {
            var field = ConsoleResourceForm.fieldOf(mistake.field(), mistake.code());
            errors.reject(field.getKey(), field.getValue());
        }
    }

    private static boolean addsRow(MultiValueMap<String, String> params) {
        return Arrays.asList("addWindow", "addSeason").stream().anyMatch(params::containsKey);
    }

    private static @Nullable LocalTime time(String text, String field, FormErrors errors) {
        var value = text.strip();
        if (value.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeException e) {
            errors.reject(field, "console.block.error.time");
            return null;
        }
    }

    private static int pageNumber(String page) {
        return PathIds.parse(page).filter(n -> n >= 1 && n < 10_000).orElse(1L).intValue();
    }
}
