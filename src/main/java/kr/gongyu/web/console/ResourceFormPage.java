package kr.gongyu.web.console;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.gongyu.catalog.AccessibilityFeature;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.catalog.FeeUnit;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.identity.OrganizationType;
import kr.gongyu.identity.Organizations;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.Region;
import kr.gongyu.institution.Regions;
import kr.gongyu.listing.ResourceSettingsView;
import kr.gongyu.schedule.Interval;
import kr.gongyu.schedule.ResourceSchedules;
import kr.gongyu.web.PathIds;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * A resource's console form as a page, whichever controller sends it back (the resource's own pages, or the photos'
 * upload with its mistakes), and which resources of the address the staff member may reach.
 */
@Component
class ResourceFormPage {

    private static final int BLOCKS_AHEAD_DAYS = 366;

    private final ResourceManagement management;
    private final ResourceSchedules schedules;
    private final Regions regions;
    private final Organizations organizations;
    private final Clock clock;

    ResourceFormPage(
            ResourceManagement management,
            ResourceSchedules schedules,
            Regions regions,
            Organizations organizations,
            Clock clock) {
        this.management = management;
        this.schedules = schedules;
        this.regions = regions;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The resource of the address, if it is one of the institution's; otherwise a 404, as if it did not exist. */
    ResourceId own(InstitutionId institution, String id) {
        return PathIds.parse(id)
                .map(ResourceId::new)
                .filter(resource -> management.owns(institution, resource))
                .orElseThrow(ResourceFormPage::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The resource's form page; on the edit page also its photos and coming blocks. */
    String show(
            InstitutionId institution,
            @Nullable ResourceSettingsView resource,
            ConsoleResourceForm form,
            Map<String, String> errors,
            Model model) {
        model.addAttribute("resource", resource == null ? null : resource.resource());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sites", management.sites(institution));
        model.addAttribute(
                "regions",
                regions.all().stream()
                        .sorted(Comparator.comparing(
                                (Region region) -> region.code().value()))
                        .toList());
        model.addAttribute("categories", Category.values());
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("confirmations", Confirmation.values());
        model.addAttribute("feeUnits", FeeUnit.values());
        model.addAttribute("eligibilities", EligibilityType.values());
        model.addAttribute("organizationTypes", OrganizationType.values());
        model.addAttribute("organizationNames", organizationNames(form.get("organizationIds")));
        model.addAttribute("features", AccessibilityFeature.values());
        model.addAttribute("days", ConsoleResourceForm.DAYS);
        if (resource != null) {
            var id = resource.resource().id();
            var now = clock.instant();
            model.addAttribute("photos", management.photos(institution, id).orElse(List.of()));
            model.addAttribute("maxPhotos", ConsolePhotos.MAX_PHOTOS);
            model.addAttribute(
                    "blocks", schedules.blocks(id, new Interval(now, now.plus(BLOCKS_AHEAD_DAYS, ChronoUnit.DAYS))));
            if (!model.containsAttribute("blockErrors")) {
                model.addAttribute("blockErrors", Map.of());
                model.addAttribute("block", Map.of());
            }
            if (!model.containsAttribute("photoErrors")) {
                model.addAttribute("photoErrors", Map.of());
                model.addAttribute("photoAlt", "");
            }
        }
        return "console/resource-form";
    }

    /** The organisations the form lists, by name with their numbers, for staff who typed numbers only. */
    private String organizationNames(String ids) {
        var numbers = Arrays.stream(ids.split("[,\\s]+"))
                .map(PathIds::parse)
                .flatMap(Optional::stream)
                .toList();
        var names = organizations.namesOf(numbers);
        return numbers.stream()
                .filter(names::containsKey)
                .distinct()
                .map(id -> names.get(id) + " (" + id + ")")
                .collect(Collectors.joining(", "));
    }
}
