package kr.gongyu.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import kr.gongyu.notification.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code contact_verification} table: the code outstanding per account and channel, as a hash. */
@Repository
public class VerificationCodeStore {

    private final JdbcClient jdbc;

    VerificationCodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A code outstanding: sent to {@code address}, tried {@code tries} times. */
    public record Outstanding(String address, String codeHash, Instant sentAt, Instant expiresAt, int tries) {}

    /** The account's code for the channel, locked against a concurrent try or resend. */
    public Optional<Outstanding> lock(long account, Channel channel) {
        return jdbc.sql("""
                        select address, code_hash, sent_at, expires_at, tries from contact_verification
                         where account_id = :account and channel = :channel for update
                        """)
                .param("account", account)
                .param("channel", channel.name())
                .query((rs, n) -> new Outstanding(
                        rs.getString("address"),
                        rs.getString("code_hash"),
                        rs.getTimestamp("sent_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getInt("tries")))
                .optional();
    }

    /** A new code replaces the one outstanding, with fresh tries. */
    public void replace(long account, Channel channel, String address, String codeHash, Instant now, Instant expires) {
        remove(account, channel);
        jdbc.sql("""
                        insert into contact_verification (account_id, channel, address, code_hash, sent_at, expires_at)
                        values (:account, :channel, :address, :hash, :now, :expires)
                        """)
                .param("account", account)
                .param("channel", channel.name())
                .param("address", address)
                .param("hash", codeHash)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .update();
    }

    public void countTry(long account, Channel channel) {
        jdbc.sql("update contact_verification set tries = tries + 1 where account_id = :account and channel = :channel")
                .param("account", account)
                .param("channel", channel.name())
                .update();
    }

    public void remove(long account, Channel channel) {
        jdbc.sql("delete from contact_verification where account_id = :account and channel = :channel")
                .param("account", account)
                .param("channel", channel.name())
                .update();
    }
}
