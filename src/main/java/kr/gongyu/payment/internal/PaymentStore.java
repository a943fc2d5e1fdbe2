package kr.gongyu.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.gongyu.payment.PaymentMethod;
import kr.gongyu.payment.PaymentStatus;
import kr.gongyu.payment.PaymentView;
import kr.gongyu.payment.PaymentView.RefundView;
import kr.gongyu.reservation.ReservationId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code payment} and {@code payment_refund} tables. */
@Repository
public class PaymentStore {

    private static final String COLUMNS = """
            id, reservation_id, order_id, method, provider, amount, status, payment_key, failure_code, virtual_bank,
            virtual_account, virtual_due_at, created_at, paid_at""";

    private final JdbcClient jdbc;

    PaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Order insert(
            long reservation, String orderId, PaymentMethod method, String provider, long amount, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into payment (reservation_id, order_id, method, provider, amount, status, created_at)
                        values (:reservation, :orderId, :method, :provider, :amount, 'READY', :now)
                        """)
                .param("reservation", reservation)
                .param("orderId", orderId)
                .param("method", method.name())
                .param("provider", provider)
                .param("amount", amount)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return byId(keys.getKeyAs(Long.class));
    }

    public Order byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from payment where id = :id")
                .param("id", id)
                .query(PaymentStore::order)
                .single();
    }

    public Optional<Order> byOrderId(String orderId) {
        return jdbc.sql("select " + COLUMNS + " from payment where order_id = :orderId")
                .param("orderId", orderId)
                .query(PaymentStore::order)
                .optional();
    }

    /**
     * Locks every order of the booking until the transaction ends: whatever decides about the booking's payment
     * (a confirmation, a webhook, staff) waits for whatever decides now, and then sees what it decided.
     */
    public void lockOrdersOf(long reservation) {
        jdbc.sql("select id from payment where reservation_id = :reservation order by id for update")
                .param("reservation", reservation)
                .query(Long.class)
                .list();
    }

    public List<Order> ofReservation(long reservation) {
        return jdbc.sql("select " + COLUMNS + " from payment where reservation_id = :reservation order by id")
                .param("reservation", reservation)
                .query(PaymentStore::order)
                .list();
    }

    public Optional<Order> paidOf(long reservation) {
        return jdbc.sql("select " + COLUMNS + " from payment where paid_reservation_id = :reservation")
                .param("reservation", reservation)
                .query(PaymentStore::order)
                .optional();
    }

    /** Marks the order paid; the unique {@code paid_reservation_id} refuses a second paid order of one booking. */
    public void markPaid(Order order, @Nullable String paymentKey, Instant now, @Nullable Long paidBy) {
        jdbc.sql("""
                        update payment set status = 'PAID', payment_key = :key, paid_reservation_id = reservation_id,
                            paid_at = :now, paid_by = :paidBy, failure_code = null
                         where id = :id
                        """)
                .param("key", paymentKey)
                .param("now", Timestamp.from(now))
                .param("paidBy", paidBy)
                .param("id", order.id())
                .update();
    }

    public void markWaiting(Order order, ProviderPayment payment) {
        jdbc.sql("""
                        update payment set status = 'WAITING_FOR_DEPOSIT', payment_key = :key, virtual_bank = :bank,
                            virtual_account = :account, virtual_due_at = :due
                         where id = :id
                        """)
                .param("key", payment.paymentKey())
                .param("bank", payment.bank())
                .param("account", payment.accountNumber())
                .param("due", payment.dueAt() == null ? null : Timestamp.from(payment.dueAt()))
                .param("id", order.id())
                .update();
    }

    public void markFailed(Order order, @Nullable String paymentKey, String code) {
        jdbc.sql("update payment set status = 'FAILED', payment_key = coalesce(:key, payment_key), failure_code = :code"
                        + " where id = :id")
                .param("key", paymentKey)
                .param("code", code.length() > 100 ? code.substring(0, 100) : code)
                .param("id", order.id())
                .update();
    }

    /** The refunds of a payment, done and owed, oldest first. */
    public List<RefundView> refundsOf(long payment) {
        return jdbc.sql("""
                        select amount, reason, owed_at, refunded_at from payment_refund
                         where payment_id = :payment order by id
                        """)
                .param("payment", payment)
                .query((rs, row) -> new RefundView(
                        rs.getLong("amount"),
                        rs.getString("reason"),
                        rs.getTimestamp("owed_at").toInstant(),
                        instant(rs, "refunded_at")))
                .list();
    }

    /**
     * Owes a refund, once per payment and key: false if one with the key is owed or done already (the same
     * cancellation heard twice).
     */
    public boolean owe(long payment, String key, long amount, String reason, Instant now) {
        if (refundOwed(payment, key)) {
            return false; // asked first: on PostgreSQL a refused insert would end the transaction
        }
        try {
            jdbc.sql("""
                            insert into payment_refund (payment_id, reason_key, amount, reason, status, owed_at)
                            values (:payment, :key, :amount, :reason, 'OWED', :now)
                            """)
                    .param("payment", payment)
                    .param("key", key)
                    .param("amount", amount)
                    .param("reason", reason.length() > 200 ? reason.substring(0, 200) : reason)
                    .param("now", Timestamp.from(now))
                    .update();
            return true;
        } catch (DuplicateKeyException owedAlready) {
            return false;
        }
    }

    public boolean refundOwed(long payment, String key) {
        return jdbc.sql("select count(*) from payment_refund where payment_id = :payment and reason_key = :key")
                        .param("payment", payment)
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** An owed refund, with what its provider needs. */
    public record OwedRefund(long id, Order payment, String key, long amount, String reason) {}

    /** Owed refunds, oldest first (the refund job runs on one node at a time). */
    public List<OwedRefund> owed(int limit) {
        return jdbc
                .sql("""
                        select id, payment_id, reason_key, amount, reason from payment_refund
                         where status = 'OWED' order by owed_at, id limit :limit
                        """)
                .param("limit", limit)
                .query((rs, row) -> new Object[] {
                    rs.getLong("id"),
                    rs.getLong("payment_id"),
                    rs.getString("reason_key"),
                    rs.getLong("amount"),
                    rs.getString("reason")
                })
                .list()
                .stream()
                .map(row -> new OwedRefund(
                        (Long) row[0], byId((Long) row[1]), (String) row[2], (Long) row[3], (String) row[4]))
                .toList();
    }

    public void refunded(long refund, Instant now) {
        jdbc.sql("update payment_refund set status = 'DONE', refunded_at = :now, attempts = attempts + 1,"
                        + " last_error = null where id = :id")
                .param("now", Timestamp.from(now))
                .param("id", refund)
                .update();
    }

    public void refundFailed(long refund, String error) {
        jdbc.sql("update payment_refund set attempts = attempts + 1, last_error = :error where id = :id")
                .param("error", error.length() > 200 ? error.substring(0, 200) : error)
                .param("id", refund)
                .update();
    }

    /** The order as its receipt shows it, with its refunds. */
    public PaymentView view(Order order) {
        return new PaymentView(
                order.id(),
                new ReservationId(order.reservation()),
                order.orderId(),
                order.method(),
                order.provider(),
                order.amount(),
                order.status(),
                order.failureCode(),
                order.accountNumber() == null
                        ? null
                        : new PaymentView.VirtualAccount(
                                order.bank() == null ? "" : order.bank(), order.accountNumber(), order.accountDueAt()),
                order.createdAt(),
                order.paidAt(),
                refundsOf(order.id()));
    }

    static Order order(ResultSet rs, int row) throws SQLException {
        return new Order(
                rs.getLong("id"),
                rs.getLong("reservation_id"),
                rs.getString("order_id"),
                PaymentMethod.valueOf(rs.getString("method")),
                rs.getString("provider"),
                rs.getLong("amount"),
                PaymentStatus.valueOf(rs.getString("status")),
                rs.getString("payment_key"),
                rs.getString("failure_code"),
                rs.getString("virtual_bank"),
                rs.getString("virtual_account"),
                instant(rs, "virtual_due_at"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs, "paid_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
