package kr.gongyu.web.citizen;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.CategoryGroup;
import kr.gongyu.institution.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the search box, the catalogue by category and by 시·도, and what is free near me tonight. */
@Controller
class HomePage {

    /** "Tonight": the evening hours when most people look for a room or a court after work. */
    static final LocalTime EVENING_FROM = LocalTime.of(18, 0);

    static final LocalTime EVENING_TO = LocalTime.of(22, 0);

    private final Regions regions;
    private final Clock clock;

    HomePage(Regions regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("groups", Arrays.asList(CategoryGroup.values()));
        model.addAttribute(
                "provinces",
                regions.all().stream().filter(region -> region.isProvince()).toList());
        model.addAttribute("today", LocalDate.now(clock.withZone(Seoul.ZONE)));
        model.addAttribute("eveningFrom", EVENING_FROM);
        model.addAttribute("eveningTo", EVENING_TO);
        return "home";
    }
}
