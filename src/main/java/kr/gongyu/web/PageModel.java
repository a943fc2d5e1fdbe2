package kr.gongyu.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import kr.gongyu.identity.Caller;
import kr.gongyu.notification.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the layout of every page needs: who is logged in, and the links that switch the language. */
@ControllerAdvice(basePackageClasses = PageModel.class)
public class PageModel {

    private final Notifications notifications;

    PageModel(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The logged-in account's unread messages for the header: one indexed count; null for a visitor. */
    @ModelAttribute("unreadNotifications")
    @Nullable
    Long unreadNotifications() {
        return current().map(caller -> notifications.unreadOf(caller.id())).orElse(null);
    }

    /** The logged-in account, or null for a visitor. */
    @ModelAttribute("caller")
    @Nullable
    Caller caller() {
        return current().orElse(null);
    }

    public static Optional<Caller> current() {
        return Caller.of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The page itself in Korean and in English: the same address with {@code lang} set. */
    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks(HttpServletRequest request) {
        return new LanguageLinks(in(request, "ko"), in(request, "en"));
    }

    record LanguageLinks(String ko, String en) {}

    private static String in(HttpServletRequest request, String language) {
        var link = UriComponentsBuilder.fromPath(request.getRequestURI());
        // A page shown in answer to a form (POST) is reached again by its address alone.
        if (request.getMethod().equals("GET") && request.getQueryString() != null) {
            link.query(request.getQueryString());
        }
        return link.replaceQueryParam(PageLocale.PARAMETER, language).build().toUriString();
    }
}
