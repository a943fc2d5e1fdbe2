package kr.gongyu.payment;

import static kr.gongyu.payment.PaymentRefused.Reason.*;

import java.time.Clock;
import java.util.Optional;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.payment.internal.PaymentStore;
import kr.gongyu.payment.internal.Providers;
import kr.gongyu.reservation.CancelledBy;
import kr.gongyu.reservation.ReservationEvents.ReservationCancelled;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.reservation.ReservationPrices;
import kr.gongyu.reservation.StaffReservations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Money given back. A refund is owed in the transaction that decides it, and given back through the provider that
 * took the money by {@link #giveBackOwed}, which a job runs on one node at a time and retries; the provider takes
 * each refund's key once, so a retry after a lost answer gives nothing twice.
 */
@Service
public class PaymentRefunds {

    private static final Logger log = LoggerFactory.getLogger(PaymentRefunds.class);

    private final PaymentStore store;
    private final Providers providers;
    private final ReservationPrices prices;
    private final StaffReservations staff;
    private final Clock clock;

    PaymentRefunds(
            PaymentStore store, Providers providers, ReservationPrices prices, StaffReservations staff, Clock clock) {
        this.store = store;
        this.providers = providers;
        this.prices = prices;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * A paid booking cancelled: its refund is owed by the percent the cancellation decided (the resource's policy
     * for the booker, all of it for the institution) of the price, plus the whole deposit. In the cancellation's
     * transaction, so that both commit or neither; a booking not paid (yet) owes nothing here, and a payment that
     * arrives after is given back whole when it does.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReservationCancelled cancelled) {
        var booking = cancelled.reservation();
        store.paidOf(booking.id().value()).ifPresent(payment -> {
            var price = prices.of(booking);
            var percent = booking.cancelledBy() == CancelledBy.INSTITUTION
                    ? 100
                    : booking.refundPercent() == null ? 0 : booking.refundPercent();
            var due = Math.min(payment.amount(), price.amount() * percent / 100 + price.deposit());
            if (due > 0) {
                store.owe(payment.id(), "cancel", due, "예약 취소 환불 " + percent + "%", clock.instant());
            }
        });
    }

    /**
     * Staff give back part of a booking's payment (a deposit after the use, a goodwill refund); at most what is
     * left of it. Empty if the institution has no such booking.
     */
    @Transactional
    public Optional<PaymentView> refund(
            InstitutionId institution, ReservationId id, long amount, String reason, String key) {
        if (staff.find(institution, id).isEmpty()) {
            return Optional.empty();
        }
        store.lockOrdersOf(id.value());
        var payment = store.paidOf(id.value()).orElseThrow(() -> refused(NOT_PAYMENT_DUE, id));
        if (store.refundOwed(payment.id(), "staff-" + key)) {
            return Optional.of(store.view(payment));
        }
        var given = store.refundsOf(payment.id()).stream()
                .mapToLong(PaymentView.RefundView::amount)
                .sum();
        if (amount > payment.amount() - given) {
            throw refused(REFUND_EXCEEDS_PAID, id);
        }
        store.owe(payment.id(), "staff-" + key, amount, reason, clock.instant());
        return Optional.of(store.view(store.byId(payment.id())));
    }

    /** Gives back refunds owed, at most {@code limit}; each that fails stays owed for the next run. */
    @Transactional
    public int giveBackOwed(int limit) {
        var owed = store.owed(limit);
        var done = 0;
        for (var refund : owed) {
            var payment = refund.payment();
            try {
                if (payment.paymentKey() != null) {
                    providers
                            .named(payment.provider())
                            .cancel(
                                    payment.paymentKey(),
                                    refund.amount(),
                                    refund.reason(),
                                    payment.orderId() + "-" + refund.key());
                }
                store.refunded(refund.id(), clock.instant());
                done++;
            } catch (RuntimeException failed) {
                log.warn(
                        "Refund {} of order {} not given back yet: {}",
                        refund.id(),
                        payment.orderId(),
                        failed.toString());
                store.refundFailed(refund.id(), failed.toString());
            }
        }
        return done;
    }

    private static PaymentRefused refused(PaymentRefused.Reason reason, ReservationId id) {
        log.warn("Refund refused for booking {}: {}", id, reason);
        return new PaymentRefused(reason);
    }
}
