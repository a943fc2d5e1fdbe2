package kr.gongyu.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.gongyu.DatabaseVendor;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.notification.Channel;
import kr.gongyu.notification.NotificationKind;
import kr.gongyu.notification.internal.DueMessageStore.Owed;
import kr.gongyu.notification.internal.Routing.Route;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification} table: the outbox and the in-app messages. */
@Repository
public class NotificationStore {

    private static final String COLUMNS = """
            id, account_id, kind, reservation_id, resource_id, starts_at, ends_at, reason, refund_percent, ics_sequence,
            idempotency_key, created_at, read_at, email_status, email_attempts, email_last_error, sms_status, sms_attempts,
            sms_last_error, reservation_ids""";

    private final JdbcClient jdbc;
    private final DueMessageStore dueMessages;
    private final DatabaseVendor vendor;

    NotificationStore(JdbcClient jdbc, DueMessageStore dueMessages, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.dueMessages = dueMessages;
        this.vendor = vendor;
    }

    /**
     * A message to write; nothing is written when one with the same key exists.
     *
     * @param listed the bookings a staff digest lists (empty for any other message)
     */
    public record NewNotification(
            long account,
            NotificationKind kind,
            @Nullable Long reservation,
            @Nullable Long resource,
            @Nullable Instant start,
            @Nullable Instant end,
            @Nullable String reason,
            @Nullable Integer refundPercent,
            int icsSequence,
            String idempotencyKey,
            String emailStatus,
            String smsStatus,
            List<Long> listed) {}

    /** Writes the message unless its key was written before; true if written. */
    public boolean insert(NewNotification message, Instant now) {
        return jdbc.sql("""
                        insert into notification (account_id, kind, reservation_id, resource_id, starts_at, ends_at, reason,
                            refund_percent, ics_sequence, idempotency_key, created_at, email_status, email_next_at,
                            sms_status, sms_next_at, reservation_ids)
                        select :account, :kind, :reservation, :resource, :start, :end, :reason, :refund, :sequence, :key,
                               :now, :status, :now, :sms, :now, :listed
                         where not exists (select 1 from notification where idempotency_key = :key)
                        """)
                        .param("account", message.account())
                        .param("kind", message.kind().name())
                        .param("reservation", message.reservation())
                        .param("resource", message.resource())
                        .param("start", timestamp(message.start()))
                        .param("end", timestamp(message.end()))
                        .param("reason", message.reason())
                        .param("refund", message.refundPercent())
                        .param("sequence", message.icsSequence())
                        .param("key", message.idempotencyKey())
                        .param("now", Timestamp.from(now))
                        .param("status", message.emailStatus())
                        .param("sms", message.smsStatus())
                        .param(
                                "listed",
                                message.listed().isEmpty()
                                        ? null
                                        : message.listed().stream()
                                                .map(String::valueOf)
                                                .collect(Collectors.joining(",")))
                        .update()
                > 0;
    }

    /**
     * A message to a booking's booker, routed by the statement that writes it (see {@link #insert(BookerMessage,
     * Owed, Instant)}).
     *
     * @param route the channels that may carry the kind at all
     * @param ifApproval the kind, route and key instead when the booking's resource takes requests for approval
     *     (a confirmation is then an approval); null when the kind does not depend on it
     */
    public record BookerMessage(
            long account,
            NotificationKind kind,
            Route route,
            String idempotencyKey,
            @Nullable Instead ifApproval,
            long reservation,
            long resource,
            Instant start,
            Instant end,
            @Nullable String reason,
            @Nullable Integer refundPercent,
            int icsSequence) {}

    /** The kind, route and key a booker's message takes instead. */
    public record Instead(NotificationKind kind, Route route, String idempotencyKey) {}

    /**
     * Writes the message to the booker unless its key was written before, and owes the reminder if one is given (a
     * second of its kind is not owed). The statement routes it as {@link Routing} does: by email where the route
     * allows and the account has a verified address and did not turn the kind's email off, likewise by text
     * message. Nothing is written for an account that does not exist. On PostgreSQL one statement writes both (the
     * message in its {@code with} clause), to save the booking's transaction a round trip; H2 has no statement that
     * writes two tables, and owes the reminder in a second.
     */
    public void insert(BookerMessage message, @Nullable Owed reminder, Instant now) {
        var both = reminder != null && vendor.postgres();
        var statement = jdbc.sql(
                both
                        ? "with message as (" + BOOKER_MESSAGE + ") " + DueMessageStore.OWE
                                + DueMessageStore.UNLESS_OWED
                        : BOOKER_MESSAGE);
        var instead = message.ifApproval() != null
                ? message.ifApproval()
                : new Instead(message.kind(), message.route(), message.idempotencyKey());
        statement = statement
                .param("account", message.account())
                .param("approval", Confirmation.APPROVAL.name())
                .param("kind", message.kind().name())
                .param("key", message.idempotencyKey())
                .param("byEmail", message.route().email())
                .param("bySms", message.route().sms())
                .param("approvalKind", instead.kind().name())
                .param("approvalKey", instead.idempotencyKey())
                .param("approvalByEmail", instead.route().email())
                .param("approvalBySms", instead.route().sms())
                .param("reservation", message.reservation())
                .param("resource", message.resource())
                .param("start", Timestamp.from(message.start()))
                .param("end", Timestamp.from(message.end()))
                .param("reason", message.reason())
                .param("refund", message.refundPercent())
                .param("sequence", message.icsSequence())
                .param("now", Timestamp.from(now));
        if (both) {
            statement
                    .param("dueKind", reminder.kind().name())
                    .param("dueAt", Timestamp.from(reminder.at()))
                    .update();
        } else {
            statement.update();
            if (reminder != null) {
                dueMessages.owe(reminder.reservation(), reminder.kind(), reminder.at());
            }
        }
    }

    /** The booker's message, routed; {@code :reservation} also names the booking a reminder is owed for. */
    private static final String BOOKER_MESSAGE = """
            insert into notification (account_id, kind, reservation_id, resource_id, starts_at, ends_at, reason,
                refund_percent, ics_sequence, idempotency_key, created_at, email_status, email_next_at, sms_status,
                sms_next_at)
            select m.account_id, m.kind, :reservation, :resource, :start, :end, :reason, :refund, :sequence,
                   m.idempotency_key, :now,
                   case when m.by_email and m.email_verified and m.email is not null and coalesce(p.email, true)
                        then 'PENDING' else 'SKIPPED' end, :now,
                   case when m.by_sms and m.phone_verified and m.phone is not null and coalesce(p.sms, true)
                        then 'PENDING' else 'SKIPPED' end, :now
              from (select a.id as account_id, a.email, a.email_verified, a.phone, a.phone_verified,
                           case when r.confirmation = :approval then :approvalKind else :kind end as kind,
                           case when r.confirmation = :approval then :approvalKey else :key end as idempotency_key,
                           case when r.confirmation = :approval then :approvalByEmail else :byEmail end as by_email,
                           case when r.confirmation = :approval then :approvalBySms else :bySms end as by_sms
                      from account a left join resource r on r.id = :resource
                     where a.id = :account) m
              left join notification_preference p on p.account_id = m.account_id and p.kind = m.kind
             where not exists (select 1 from notification n where n.idempotency_key = m.idempotency_key)""";

    public List<NotificationRow> ofAccount(long account, int page, int size) {
        return page("account_id = :value", account, page, size);
    }

    public long countOf(long account) {
        return count("account_id = :value", account);
    }

    /** One indexed count ({@code notification_account}): cheap enough for every page's header. */
    public long unreadOf(long account) {
        return jdbc.sql("select count(*) from notification where account_id = :account and read_at is null")
                .param("account", account)
                .query(Long.class)
                .single();
    }

    public Optional<NotificationRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notification where id = :id")
                .param("id", id)
                .query(NotificationStore::row)
                .optional();
    }

    /** Marks the account's message read (the first time counts); false if the account has no such message. */
    public boolean markRead(long id, long account, Instant now) {
        jdbc.sql("update notification set read_at = :now where id = :id and account_id = :account and read_at is null")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("account", account)
                .update();
        return jdbc.sql("select count(*) from notification where id = :id and account_id = :account")
                        .param("id", id)
                        .param("account", account)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Messages whose email or text message is in the state given. */
    public List<NotificationRow> withStatus(String status, int page, int size) {
        return page("(email_status = :value or sms_status = :value)", status, page, size);
    }

    public long countWithStatus(String status) {
        return count("(email_status = :value or sms_status = :value)", status);
    }

    /** A page of the rows meeting the condition (on {@code :value}), newest first. */
    private List<NotificationRow> page(String condition, Object value, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from notification where " + condition
                        + " order by id desc offset :offset rows fetch next :size rows only")
                .param("value", value)
                .param("offset", (long) page * size)
                .param("size", size)
                .query(NotificationStore::row)
                .list();
    }

    private long count(String condition, Object value) {
        return jdbc.sql("select count(*) from notification where " + condition)
                .param("value", value)
                .query(Long.class)
                .single();
    }

    /** The messages whose delivery by the channel is due, oldest first. */
    public List<NotificationRow> due(Channel channel, Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification where " + column(channel, "status")
                        + " = 'PENDING' and " + column(channel, "next_at") + " <= :now order by "
                        + column(channel, "next_at") + ", id fetch first :limit rows only")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(NotificationStore::row)
                .list();
    }

    /**
     * Takes the message for one try by the channel: counts the try and sets when the next may start, before anything
     * is sent, so a node that dies mid-send leaves the message to be tried again then. False if another run took it
     * first.
     */
    public boolean claim(Channel channel, NotificationRow row, Instant nextTry) {
        var attempts = column(channel, "attempts");
        return jdbc.sql("update notification set " + attempts + " = " + attempts + " + 1, " + column(channel, "next_at")
                                + " = :next where id = :id and " + column(channel, "status") + " = 'PENDING' and "
                                + attempts
                                + " = :attempts")
                        .param("next", Timestamp.from(nextTry))
                        .param("id", row.id())
                        .param("attempts", row.attempts(channel))
                        .update()
                > 0;
    }

    public void mark(Channel channel, long id, String status, @Nullable String error, @Nullable Instant sentAt) {
        jdbc.sql("update notification set " + column(channel, "status") + " = :status, " + column(channel, "last_error")
                        + " = :error, " + column(channel, "sent_at") + " = :sent where id = :id")
                .param("status", status)
                .param("error", error == null ? null : truncate(error))
                .param("sent", timestamp(sentAt))
                .param("id", id)
                .update();
    }

    /** A failed try that will be tried again at the time its claim set. */
    public void recordFailure(Channel channel, long id, String error) {
        jdbc.sql("update notification set " + column(channel, "last_error") + " = :error where id = :id")
                .param("error", truncate(error))
                .param("id", id)
                .update();
    }

    /** Queues the FAILED channels of a message again with a fresh count of tries; false unless one was FAILED. */
    public boolean resend(long id, Instant now) {
        var requeued = 0;
        for (var channel : Channel.values()) {
            requeued += jdbc.sql("update notification set " + column(channel, "status") + " = 'PENDING', "
                            + column(channel, "attempts") + " = 0, " + column(channel, "next_at")
                            + " = :now where id = :id and " + column(channel, "status") + " = 'FAILED'")
                    .param("now", Timestamp.from(now))
                    .param("id", id)
                    .update();
        }
        return requeued > 0;
    }

    /** The outbox column of a channel's field ({@code status}, {@code attempts}, ...): a name, never input. */
    private static String column(Channel channel, String field) {
        return channel.name().toLowerCase(java.util.Locale.ROOT) + "_" + field;
    }

    private static String truncate(String error) {
        return error.length() > 500 ? error.substring(0, 500) : error;
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static NotificationRow row(ResultSet rs, int n) throws SQLException {
        var reservation = rs.getLong("reservation_id");
        var reservationNull = rs.wasNull();
        var resource = rs.getLong("resource_id");
        var resourceNull = rs.wasNull();
        var refund = rs.getInt("refund_percent");
        var refundNull = rs.wasNull();
        return new NotificationRow(
                rs.getLong("id"),
                rs.getLong("account_id"),
                NotificationKind.valueOf(rs.getString("kind")),
                reservationNull ? null : reservation,
                resourceNull ? null : resource,
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                rs.getString("reason"),
                refundNull ? null : refund,
                rs.getInt("ics_sequence"),
                rs.getString("idempotency_key"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs, "read_at"),
                rs.getString("email_status"),
                rs.getInt("email_attempts"),
                rs.getString("email_last_error"),
                rs.getString("sms_status"),
                rs.getInt("sms_attempts"),
                rs.getString("sms_last_error"),
                listed(rs.getString("reservation_ids")));
    }

    private static List<Long> listed(@Nullable String ids) {
        return ids == null || ids.isBlank()
                ? List.of()
                : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }
}
