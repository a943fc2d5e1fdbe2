package kr.gongyu.web.console;

import java.time.Clock;
import java.time.LocalDate;
import kr.gongyu.Seoul;
import kr.gongyu.http.StaffScope;
import kr.gongyu.institution.Institutions;
import kr.gongyu.reservation.ReservationStatus;
import kr.gongyu.reservation.Reservations;
import kr.gongyu.reservation.Reservations.InstitutionFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The institution console's front page: what needs the staff member today (requests waiting for approval, the
 * day's bookings) and the way to every console page.
 */
@Controller
class ConsoleHome {

    private final Institutions institutions;
    private final Reservations reservations;
    private final Clock clock;

    ConsoleHome(Institutions institutions, Reservations reservations, Clock clock) {
        this.institutions = institutions;
        this.reservations = reservations;
        this.clock = clock;
    }

    @GetMapping("/console")
    String home(StaffScope scope, Model model) {
        var institution = scope.institution();
        var today = LocalDate.now(clock.withZone(Seoul.ZONE));
        var dayStart = today.atStartOfDay(Seoul.ZONE).toInstant();
        var year = today.plusYears(1).atStartOfDay(Seoul.ZONE).toInstant();
        var dayEnd = today.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant();
        model.addAttribute("institution", institutions.find(institution).orElseThrow());
        model.addAttribute(
                "pending",
                reservations.countOfInstitution(
                        new InstitutionFilter(institution, ReservationStatus.PENDING_APPROVAL, null, dayStart, year)));
        model.addAttribute(
                "todayBookings",
                reservations.countOfInstitution(
                        new InstitutionFilter(institution, ReservationStatus.CONFIRMED, null, dayStart, dayEnd)));
        return "console/home";
    }
}
