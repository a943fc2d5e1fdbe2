package kr.gongyu.notification.internal;

import kr.gongyu.identity.AccountView;
import kr.gongyu.notification.NotificationKind;
import org.springframework.stereotype.Component;

/**
 * Which channels a new message goes out on: the ones that are on, to the account's verified addresses, that the
 * account chose for its kind. Decided when the message is written, so the sending job sends what was owed then.
 */
@Component
public class Routing {

    private final EmailChannel email;
    private final SmsChannel sms;
    private final PreferenceStore preferences;

    Routing(EmailChannel email, SmsChannel sms, PreferenceStore preferences) {
        this.email = email;
        this.sms = sms;
        this.preferences = preferences;
    }

    /** A message's initial delivery states: PENDING where it is to be sent, SKIPPED elsewhere. */
    public record Route(String email, String sms) {}

    public Route of(AccountView account, NotificationKind kind) {
        var choice = preferences.of(account.id().value(), kind);
        var byEmail =
                choice.email() && email.enabled() && account.verifiedEmail().isPresent();
        var bySms = choice.sms() && sms.sends(kind) && account.verifiedMobile().isPresent();
        return new Route(byEmail ? "PENDING" : "SKIPPED", bySms ? "PENDING" : "SKIPPED");
    }
}
