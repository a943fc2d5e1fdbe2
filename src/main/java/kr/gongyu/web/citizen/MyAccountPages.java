package kr.gongyu.web.citizen;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import kr.gongyu.identity.Caller;
import kr.gongyu.identity.PasswordChange;
import kr.gongyu.notification.CalendarFeeds;
import kr.gongyu.notification.NotificationSettings;
import kr.gongyu.web.FormErrors;
import kr.gongyu.web.FormText;
import kr.gongyu.web.PageModel;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * One's account: who one is logged in as; the change of password, which ends every other session and token of the
 * account while this browser's session carries on under a new id; and one's calendar feed's address to copy, with
 * the buttons that replace it or turn it off.
 */
@Controller
class MyAccountPages {

    private final PasswordChange passwordChange;
    private final CalendarFeeds feeds;
    private final NotificationSettings settings;
    private final MessageSource messages;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    MyAccountPages(
            PasswordChange passwordChange, CalendarFeeds feeds, NotificationSettings settings, MessageSource messages) {
        this.passwordChange = passwordChange;
        this.feeds = feeds;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/my/account")
    String account(Model model) {
        return page(Map.of(), model);
    }

    /** The password form, each field exactly as typed (a password's spaces are its own), a field not sent empty. */
    record PasswordForm(String currentPassword, String newPassword, String newPasswordAgain) {

        PasswordForm {
            currentPassword = FormText.sent(currentPassword);
            newPassword = FormText.sent(newPassword);
            newPasswordAgain = FormText.sent(newPasswordAgain);
        }
    }

    @PostMapping("/my/account/password")
    String changePassword(
            @ModelAttribute PasswordForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        var errors = new FormErrors();
        if (!form.newPassword().equals(form.newPasswordAgain())) {
            errors.reject("newPasswordAgain", "password.error.again");
            return page(errors.in(messages), model);
        }
        try {
            var principal = passwordChange.change(
                    caller(), form.currentPassword(), form.newPassword(), request.getRemoteAddr());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
            SecurityContextHolder.setContext(context);
            request.changeSessionId();
            sessions.saveContext(context, request, response);
            return "redirect:/my/account?passwordChanged";
        } catch (PasswordChange.Refused refused) {
            var field = refused.reason() == PasswordChange.Reason.INVALID_PASSWORD ? "newPassword" : "currentPassword";
            errors.reject(field, refused.messageKey());
            return page(errors.in(messages), model);
        }
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

    private String page(Map<String, String> errors, Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute(
                "feedUrl",
                feeds.tokenOf(caller().id())
                        .map(token -> settings.baseUrl() + "/calendar/" + token + ".ics")
                        .orElse(null));
        return "my-account";
    }

    private static Caller caller() {
        return PageModel.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
