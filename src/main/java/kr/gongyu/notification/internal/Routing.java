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

    /** Which channels may carry a kind of message at all: on, and (text messages) with a template for it. */
    public record Route(boolean email, boolean sms) {}

    public Route of(NotificationKind kind) {
        return new Route(email.enabled(), sms.sends(kind));
    }

    /** A message's initial delivery states: PENDING where it is to be sent, SKIPPED elsewhere. */
    public record Delivery(String email, String sms) {}

    /**
     * The delivery of a message of the kind to the account. A booker's message is routed alike by the statement that
     * writes it ({@link NotificationStore#insert(NotificationStore.BookerMessage, DueMessageStore.Owed,
     * java.time.Instant)}), to save the booking's transaction two round trips.
     */
    public Delivery of(AccountView account, NotificationKind kind) {
        var route = of(kind);
        var choice = preferences.of(account.id().value(), kind);
        var byEmail = choice.email() && route.email() && account.verifiedEmail().isPresent();
        var bySms = choice.sms() && route.sms() && account.verifiedMobile().isPresent();
        return new Delivery(byEmail ? "PENDING" : "SKIPPED", bySms ? "PENDING" : "SKIPPED");
    }
}
