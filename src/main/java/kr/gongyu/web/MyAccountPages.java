package kr.gongyu.web;

import kr.gongyu.identity.Caller;
import kr.gongyu.notification.CalendarFeeds;
import kr.gongyu.notification.NotificationSettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** One's account: the address of one's calendar feed to copy, and the buttons that replace it or turn it off. */
@Controller
class MyAccountPages {

    private final CalendarFeeds feeds;
    private final NotificationSettings settings;

    MyAccountPages(CalendarFeeds feeds, NotificationSettings settings) {
        this.feeds = feeds;
        this.settings = settings;
    }

    @GetMapping("/my/account")
    String account(Model model) {
        model.addAttribute(
                "feedUrl",
                feeds.tokenOf(caller().id())
                        .map(token -> settings.baseUrl() + "/calendar/" + token + ".ics")
                        .orElse(null));
        return "my-account";
    }

    /** A new feed address (the first, or one replacing the old, which then is not found). */
    @PostMapping("/my/account/calendar-feed")
    String renewFeed() {
        feeds.renew(caller().id());
        return "redirect:/my/account?feedRenewed";
    }

    @PostMapping("/my/account/calendar-feed/revoke")
    String revokeFeed() {
        feeds.revoke(caller().id());
        return "redirect:/my/account?feedRevoked";
    }

    private static Caller caller() {
        return PageModel.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
