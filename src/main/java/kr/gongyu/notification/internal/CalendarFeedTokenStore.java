package kr.gongyu.notification.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code calendar_feed} table: each account's secret feed token, if it has one. */
@Repository
public class CalendarFeedTokenStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    CalendarFeedTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> of(long account) {
        return jdbc.sql("select token from calendar_feed where account_id = :account")
                .param("account", account)
                .query(String.class)
                .optional();
    }

    public Optional<Long> accountOf(String token) {
        return jdbc.sql("select account_id from calendar_feed where token = :token")
                .param("token", token)
                .query(Long.class)
                .optional();
    }

    /** A new token for the account, replacing any it had. 256 random bits, URL-safe. */
    public String renew(long account, Instant now) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        revoke(account);
        jdbc.sql("insert into calendar_feed (account_id, token, created_at) values (:account, :token, :now)")
                .param("account", account)
                .param("token", token)
                .param("now", Timestamp.from(now))
                .update();
        return token;
    }

    public void revoke(long account) {
        jdbc.sql("delete from calendar_feed where account_id = :account")
                .param("account", account)
                .update();
    }
}
