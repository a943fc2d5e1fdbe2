package kr.gongyu.web.citizen;

import kr.gongyu.identity.Caller;
import kr.gongyu.notification.Notifications;
import kr.gongyu.web.PageModel;
import kr.gongyu.web.Pagination;
import kr.gongyu.web.PathIds;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** One's messages, newest first, with the unread ones marked and a button to mark each read. */
@Controller
class MyNotificationPages {

    private static final int PAGE_SIZE = 20;

    private final Notifications notifications;

    MyNotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The list's address at another page. */
    record ListLinks() {

        public String with(String name, String value) {
            return "/my/notifications?" + name + "=" + value;
        }
    }

    @GetMapping("/my/notifications")
    String list(@RequestParam(defaultValue = "1") String page, Model model) {
        var caller = caller();
        var number = Pagination.asked(page);
        model.addAttribute(
                "notifications", notifications.of(caller.id(), number - 1, PAGE_SIZE, LocaleContextHolder.getLocale()));
        model.addAttribute(
                "pagination", Pagination.of(number - 1, notifications.countOf(caller.id()), PAGE_SIZE, Long.MAX_VALUE));
        model.addAttribute("links", new ListLinks());
        return "my-notifications";
    }

    /** Marks one's message read and comes back to the list (another's, or none, is the not-found page). */
    @PostMapping("/my/notifications/{id}/read")
    String read(@PathVariable String id) {
        var caller = caller();
        PathIds.parse(id)
                .filter(value -> notifications.markRead(value, caller.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:/my/notifications";
    }

    private static Caller caller() {
        return PageModel.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
