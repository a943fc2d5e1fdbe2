package kr.gongyu.notification.internal;

import java.util.EnumMap;
import java.util.Map;
import kr.gongyu.notification.ChannelChoice;
import kr.gongyu.notification.NotificationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification_preference} table: an account's channels per kind; a kind without a row has every one. */
@Repository
public class PreferenceStore {

    private final JdbcClient jdbc;

    PreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's choice for every kind. */
    public Map<NotificationKind, ChannelChoice> of(long account) {
        var choices = new EnumMap<NotificationKind, ChannelChoice>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            choices.put(kind, ChannelChoice.ALL);
        }
        jdbc.sql("select kind, email, sms from notification_preference where account_id = :account")
                .param("account", account)
                .query((rs, n) -> Map.entry(
                        NotificationKind.valueOf(rs.getString("kind")),
                        new ChannelChoice(rs.getBoolean("email"), rs.getBoolean("sms"))))
                .list()
                .forEach(entry -> choices.put(entry.getKey(), entry.getValue()));
        return choices;
    }

    public ChannelChoice of(long account, NotificationKind kind) {
        return jdbc.sql("select email, sms from notification_preference where account_id = :account and kind = :kind")
                .param("account", account)
                .param("kind", kind.name())
                .query((rs, n) -> new ChannelChoice(rs.getBoolean("email"), rs.getBoolean("sms")))
                .optional()
                .orElse(ChannelChoice.ALL);
    }

    /** Replaces the account's choices for the kinds given (in the caller's transaction). */
    public void set(long account, Map<NotificationKind, ChannelChoice> choices) {
        choices.forEach((kind, choice) -> {
            jdbc.sql("delete from notification_preference where account_id = :account and kind = :kind")
                    .param("account", account)
                    .param("kind", kind.name())
                    .update();
            jdbc.sql("""
                            insert into notification_preference (account_id, kind, email, sms)
                            values (:account, :kind, :email, :sms)
                            """)
                    .param("account", account)
                    .param("kind", kind.name())
                    .param("email", choice.email())
                    .param("sms", choice.sms())
                    .update();
        });
    }
}
