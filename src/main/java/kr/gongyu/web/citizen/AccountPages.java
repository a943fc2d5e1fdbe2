package kr.gongyu.web.citizen;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.stream.Collectors;
import kr.gongyu.identity.AccountId;
import kr.gongyu.identity.CitizenSignUp;
import kr.gongyu.identity.LoginAttempts;
import kr.gongyu.institution.Region;
import kr.gongyu.institution.Regions;
import kr.gongyu.notification.Channel;
import kr.gongyu.notification.ContactDetails;
import kr.gongyu.notification.ContactRefused;
import kr.gongyu.web.FormErrors;
import kr.gongyu.web.FormText;
import kr.gongyu.web.PageSecurity;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Log-in (the form posts to Spring Security) and a citizen's sign-up, with an email address and mobile number if
 * given, which are sent their codes to enter after logging in.
 */
@Controller
class AccountPages {

    private final CitizenSignUp signUp;
    private final LoginAttempts attempts;
    private final Regions regions;
    private final MessageSource messages;
    private final ContactDetails contacts;

    AccountPages(
            CitizenSignUp signUp,
            LoginAttempts attempts,
            Regions regions,
            MessageSource messages,
            ContactDetails contacts) {
        this.contacts = contacts;
        this.attempts = attempts;
        this.signUp = signUp;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(
            @RequestParam(name = PageSecurity.CONTINUE, required = false) @Nullable String continueTo,
            @RequestParam(required = false) @Nullable String error,
            Model model) {
        model.addAttribute("continueTo", PageSecurity.isLocal(continueTo) ? continueTo : null);
        model.addAttribute("failed", error != null);
        return "login";
    }

    /** The terms of use: linked from every page's footer. */
    @GetMapping("/terms")
    String terms() {
        return "terms";
    }

    /** The privacy policy (개인정보 처리방침), which a public site must publish: linked from every page's footer. */
    @GetMapping("/privacy")
    String privacy() {
        return "privacy";
    }

    /** How to use the service, recover an account and reach someone: linked from every page's footer and the log-in. */
    @GetMapping("/help")
    String help() {
        return "help";
    }

    @GetMapping("/signup")
    String signUpForm(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("mobile", "");
        return signUpPage(new CitizenSignUp.SignUp("", "", "", null), Map.of(), model);
    }

    /** The sign-up form as sent, a field not sent empty; the password exactly as typed. */
    record SignUpForm(
            @Nullable String username,
            @Nullable String password,
            @Nullable String passwordAgain,
            @Nullable String displayName,
            @Nullable String residenceRegionCode,
            @Nullable String email,
            @Nullable String mobile,
            @Nullable String agree) {

        /** What the account is made of. */
        CitizenSignUp.SignUp signUp() {
            var region = FormText.sent(residenceRegionCode);
            return new CitizenSignUp.SignUp(
                    FormText.typed(username),
                    FormText.sent(password),
                    FormText.sent(displayName),
                    region.isBlank() ? null : region);
        }

        /** The form's own mistakes, beyond the account's and the contacts': the password twice, and consent. */
        void check(FormErrors errors) {
            if (!FormText.sent(password).equals(FormText.sent(passwordAgain))) {
                errors.reject("passwordAgain", "signup.error.passwordAgain");
            }
            // Consent to the terms and to the processing of personal data is required (개인정보 보호법 제15조).
            if (!"true".equals(agree)) {
                errors.reject("agree", "signup.error.agree");
            }
        }
    }

    @PostMapping("/signup")
    String signUp(@ModelAttribute SignUpForm sent, HttpServletRequest request, Model model) {
        var form = sent.signUp();
        var email = FormText.sent(sent.email());
        var mobile = FormText.sent(sent.mobile());
        var errors = new FormErrors();
        // Each submission tells whether a username is taken: one address may try only so many an hour.
        if (!attempts.allowSignUp(request.getRemoteAddr())) {
            errors.reject("username", "signup.error.tooMany");
            model.addAttribute("email", email);
            model.addAttribute("mobile", mobile);
            return signUpPage(form, errors.in(messages), model);
        }
        signUp.mistakesIn(form).forEach(mistake -> errors.reject(mistake.field(), mistake.code()));
        contacts.mistakesIn(email, mobile)
                .forEach(mistake ->
                        errors.reject(mistake.channel() == Channel.EMAIL ? "email" : "mobile", mistake.messageKey()));
        sent.check(errors);
        if (errors.isEmpty()) {
            try {
                var account = signUp.signUp(form);
                return contact(account.id(), email, mobile)
                        ? "redirect:/login?signedUp"
                        : "redirect:/login?signedUp&contactLater";
            } catch (CitizenSignUp.Refused takenMeanwhile) {
                takenMeanwhile.mistakes().forEach(mistake -> errors.reject(mistake.field(), mistake.code()));
            }
        }
        model.addAttribute("email", email);
        model.addAttribute("mobile", mobile);
        return signUpPage(form, errors.in(messages), model);
    }

    /**
     * Saves the contact details given at sign-up and sends their codes, to be entered after logging in; false if a
     * code could not be sent, in which case nothing is saved and the account page is where to try again.
     */
    private boolean contact(AccountId account, String email, String mobile) {
        if (email.isBlank() && mobile.isBlank()) {
            return true;
        }
        try {
            contacts.change(account, email, mobile, LocaleContextHolder.getLocale());
            return true;
        } catch (ContactRefused notSent) {
            return false;
        }
    }

    private String signUpPage(CitizenSignUp.SignUp form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "districts",
                regions.all().stream().filter(region -> !region.isProvince()).toList());
        model.addAttribute(
                "provinceNames",
                regions.all().stream()
                        .filter(Region::isProvince)
                        .collect(Collectors.toMap(region -> region.code(), region -> region)));
        return "signup";
    }
}
