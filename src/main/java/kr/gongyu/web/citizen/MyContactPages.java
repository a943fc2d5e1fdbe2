package kr.gongyu.web.citizen;

import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import kr.gongyu.identity.Caller;
import kr.gongyu.notification.Channel;
import kr.gongyu.notification.ChannelChoice;
import kr.gongyu.notification.ContactDetails;
import kr.gongyu.notification.ContactRefused;
import kr.gongyu.notification.ContactView;
import kr.gongyu.notification.NotificationKind;
import kr.gongyu.notification.NotificationPreferences;
import kr.gongyu.web.PageModel;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One's email address and mobile number on {@code /my/account}, each verified by a code, and the channels chosen
 * per kind of message (in-app always on). A section of its own beside the account page's others.
 */
@Controller
class MyContactPages {

    private final ContactDetails contacts;
    private final NotificationPreferences preferences;

    MyContactPages(ContactDetails contacts, NotificationPreferences preferences) {
        this.contacts = contacts;
        this.preferences = preferences;
    }

    /** The contact form: either may be empty (removed). */
    record ContactForm(@Nullable String email, @Nullable String mobile) {}

    /** A code to check, for EMAIL or SMS. */
    record CodeForm(@Nullable String channel, @Nullable String code) {}

    /** The kinds ticked for each channel; in-app is not a choice. */
    record PreferencesForm(
            @Nullable Set<String> email, @Nullable Set<String> sms) {}

    /** One row of the choices' table. */
    record KindChoice(NotificationKind kind, boolean email, boolean sms) {}

    /** What the account page shows of one's contact details and choices, beside its own model. */
    @ControllerAdvice(assignableTypes = MyAccountPages.class)
    static class AccountPageModel {

        private final ContactDetails contacts;
        private final NotificationPreferences preferences;

        AccountPageModel(ContactDetails contacts, NotificationPreferences preferences) {
            this.contacts = contacts;
            this.preferences = preferences;
        }

        @ModelAttribute("contact")
        @Nullable
        ContactView contact() {
            return PageModel.current().map(caller -> contacts.of(caller.id())).orElse(null);
        }

        @ModelAttribute("choices")
        List<KindChoice> choices() {
            return PageModel.current()
                    .map(caller -> preferences.of(caller.id()).entrySet().stream()
                            .map(entry -> new KindChoice(
                                    entry.getKey(),
                                    entry.getValue().email(),
                                    entry.getValue().sms()))
                            .toList())
                    .orElse(List.of());
        }
    }

    @PostMapping("/my/account/contact")
    String change(Caller caller, ContactForm form, RedirectAttributes redirect) {
        try {
            contacts.change(caller.id(), form.email(), form.mobile(), LocaleContextHolder.getLocale());
            return "redirect:/my/account?contactSaved#contact";
        } catch (ContactRefused refused) {
            redirect.addFlashAttribute("contactError", refused.messageKey());
            redirect.addFlashAttribute("contactForm", form);
            return "redirect:/my/account#contact";
        }
    }

    @PostMapping("/my/account/contact/verify")
    String verify(Caller caller, CodeForm form, RedirectAttributes redirect) {
        var channel = Channel.named(form.channel()).orElse(Channel.EMAIL);
        try {
            contacts.verify(
                    caller.id(), channel, form.code() == null ? "" : form.code().strip());
            return "redirect:/my/account?contactVerified#contact";
        } catch (ContactRefused refused) {
            redirect.addFlashAttribute("contactError", refused.messageKey());
            return "redirect:/my/account#contact";
        }
    }

    @PostMapping("/my/account/notification-preferences")
    String choose(Caller caller, PreferencesForm form) {
        var byEmail = form.email() == null ? Set.<String>of() : form.email();
        var bySms = form.sms() == null ? Set.<String>of() : form.sms();
        var choices = new EnumMap<NotificationKind, ChannelChoice>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            choices.put(kind, new ChannelChoice(byEmail.contains(kind.name()), bySms.contains(kind.name())));
        }
        preferences.set(caller.id(), choices);
        return "redirect:/my/account?preferencesSaved#preferences";
    }
}
