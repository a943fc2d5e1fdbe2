package kr.gongyu.notification;

import java.util.Map;
import kr.gongyu.identity.AccountId;
import kr.gongyu.notification.internal.PreferenceStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channels each account chose per kind of message. In-app is not among the choices: it is always on, so no
 * message that matters to a booking can be turned off entirely.
 */
@Service
public class NotificationPreferences {

    private final PreferenceStore store;

    NotificationPreferences(PreferenceStore store) {
        this.store = store;
    }

    /** Every kind with its channels (every channel where the account chose nothing). */
    @Transactional(readOnly = true)
    public Map<NotificationKind, ChannelChoice> of(AccountId account) {
        return store.of(account.value());
    }

    /** Sets the channels of the kinds given; the others stay as they were. */
    @Transactional
    public void set(AccountId account, Map<NotificationKind, ChannelChoice> choices) {
        store.set(account.value(), choices);
    }
}
