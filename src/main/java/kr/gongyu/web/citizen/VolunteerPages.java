package kr.gongyu.web.citizen;

import java.time.Clock;
import java.util.function.Function;
import kr.gongyu.identity.AccountDirectory;
import kr.gongyu.identity.Caller;
import kr.gongyu.schedule.Interval;
import kr.gongyu.schedule.RosterRefused;
import kr.gongyu.schedule.VolunteerRoster;
import kr.gongyu.schedule.VolunteerRoster.Shift;
import kr.gongyu.web.ListedShifts;
import kr.gongyu.web.PageModel;
import kr.gongyu.web.PathIds;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Volunteering (Sejong) for residents: the shifts facilities need volunteers for in the coming weeks, signing
 * up for one and withdrawing. A shift completed by its last volunteer opens the facility's weekend hours.
 */
@Controller
class VolunteerPages {

    /** The most shifts one page lists. */
    private static final int LISTED = 100;

    private final VolunteerRoster roster;
    private final ListedShifts listed;
    private final AccountDirectory accounts;
    private final Clock clock;

    VolunteerPages(VolunteerRoster roster, ListedShifts listed, AccountDirectory accounts, Clock clock) {
        this.roster = roster;
        this.listed = listed;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/volunteer")
    String shifts(Model model) {
        var now = clock.instant();
        var caller = PageModel.current();
        model.addAttribute(
                "shifts", listed.of(roster.starting(new Interval(now, now.plus(ListedShifts.AHEAD)), LISTED)));
        model.addAttribute("me", caller.map(found -> found.id().value()).orElse(null));
        return "volunteer";
    }

    @PostMapping("/volunteer/{id}/sign-up")
    String signUp(Caller caller, @PathVariable String id, RedirectAttributes redirect) {
        var name = accounts.find(caller.id())
                .map(account -> account.name().value())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        return change(
                id,
                redirect,
                "signedUp",
                shift -> roster.signUp(shift, caller.id().value(), name));
    }

    @PostMapping("/volunteer/{id}/withdraw")
    String withdraw(Caller caller, @PathVariable String id, RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                "withdrawn",
                shift -> roster.withdraw(shift, caller.id().value()));
    }

    private static String change(String id, RedirectAttributes redirect, String done, Function<Long, Shift> action) {
        var shift = PathIds.parse(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            action.apply(shift);
            redirect.addAttribute(done, shift);
        } catch (RosterRefused refused) {
            if (refused.reason() == RosterRefused.Reason.NO_SUCH_SHIFT) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addAttribute("refused", refused.reason().name());
        }
        return "redirect:/volunteer#shift-" + shift;
    }
}
