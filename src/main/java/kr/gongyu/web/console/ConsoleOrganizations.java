package kr.gongyu.web.console;

import java.util.List;
import java.util.stream.Collectors;
import kr.gongyu.identity.Organizations;
import kr.gongyu.institution.Region;
import kr.gongyu.institution.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Organisations found by name, for a resource's list of eligible organisations: the resource form asks for this
 * fragment as staff type, and adds the one picked. Organisations are the platform's, not an institution's, so any
 * staff member may search them all.
 */
@Controller
class ConsoleOrganizations {

    static final int MAX_RESULTS = 20;

    private final Organizations organizations;
    private final Regions regions;

    ConsoleOrganizations(Organizations organizations, Regions regions) {
        this.organizations = organizations;
        this.regions = regions;
    }

    @GetMapping("/console/organizations")
    String find(@RequestParam(defaultValue = "") String organizationName, Model model) {
        var text = organizationName.strip();
        model.addAttribute("searched", !text.isEmpty());
        model.addAttribute("organizations", text.isEmpty() ? List.of() : organizations.named(text, MAX_RESULTS));
        model.addAttribute(
                "regionNames",
                regions.all().stream()
                        .collect(Collectors.toMap(region -> region.code().value(), Region::name)));
        return "console/organizations :: results";
    }
}
