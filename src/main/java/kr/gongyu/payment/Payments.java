package kr.gongyu.payment;

import static kr.gongyu.payment.PaymentRefused.Reason.*;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceSummaryView;
import kr.gongyu.identity.AccountId;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.payment.internal.Order;
import kr.gongyu.payment.internal.PaymentProvider;
import kr.gongyu.payment.internal.PaymentStore;
import kr.gongyu.payment.internal.ProviderException;
import kr.gongyu.payment.internal.ProviderPayment;
import kr.gongyu.payment.internal.Providers;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.reservation.ReservationPrices;
import kr.gongyu.reservation.ReservationRefused;
import kr.gongyu.reservation.ReservationStatus;
import kr.gongyu.reservation.Reservations;
import kr.gongyu.reservation.StaffReservations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Paying for a booking: start an order, confirm it with the provider, take the provider's webhooks, and record a
 * payment made on site. Every decision about a booking's payment is taken under the lock of its orders, and a
 * refused request changes nothing (its refusal is logged).
 */
@Service
public class Payments {

    private static final Logger log = LoggerFactory.getLogger(Payments.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PaymentStore store;
    private final Providers providers;
    private final Reservations reservations;
    private final StaffReservations staff;
    private final ReservationPrices prices;
    private final ResourceDirectory directory;
    private final JsonMapper json;
    private final Clock clock;

    Payments(
            PaymentStore store,
            Providers providers,
            Reservations reservations,
            StaffReservations staff,
            ReservationPrices prices,
            ResourceDirectory directory,
            JsonMapper json,
            Clock clock) {
        this.store = store;
        this.providers = providers;
        this.reservations = reservations;
        this.staff = staff;
        this.prices = prices;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Starts an order for the account's booking waiting for its payment: its amount is the booking's stored price
     * and deposit. Empty if the account has no such booking.
     */
    @Transactional
    public Optional<Checkout> start(ReservationId id, AccountId account, PaymentMethod method) {
        if (method == PaymentMethod.ON_SITE) {
            throw refused(METHOD_NOT_ONLINE, "start", id.toString());
        }
        var booking = reservations.find(id).filter(found -> found.account().equals(account));
        if (booking.isEmpty()) {
            return Optional.empty();
        }
        if (booking.get().status() != ReservationStatus.PAYMENT_DUE) {
            throw refused(NOT_PAYMENT_DUE, "start", id.toString());
        }
        var provider = providers.current();
        var orderId = "gongyu-" + id.value() + "-" + randomSuffix();
        var order =
                store.insert(id.value(), orderId, method, provider.name(), amountOf(booking.get()), clock.instant());
        return Optional.of(checkout(order, booking.get(), provider));
    }

    /** The checkout of an order still open, for the sandbox's page; empty for an unknown or closed order. */
    @Transactional(readOnly = true)
    public Optional<Checkout> checkout(String orderId) {
        return store.byOrderId(orderId)
                .filter(order -> order.status() == PaymentStatus.READY)
                .flatMap(order -> reservations
                        .find(new ReservationId(order.reservation()))
                        .map(booking -> checkout(order, booking, providers.named(order.provider()))));
    }

    private Checkout checkout(Order order, Reservation booking, PaymentProvider provider) {
        var base = provider.servedHere() ? "" : providers.settings().publicUrl().toString();
        return new Checkout(
                order.orderId(),
                order.amount(),
                directory
                        .summary(booking.resource())
                        .map(ResourceSummaryView::name)
                        .orElse("공유 예약"),
                order.method(),
                provider.name(),
                provider.clientKey(),
                provider.checkoutUrl(order.orderId()),
                base + "/payments/success",
                base + "/payments/fail");
    }

    /**
     * Confirms the account's order with the provider after its checkout: paid (the booking confirmed), or for a
     * virtual account, waiting for the deposit. The amount must be the order's. Refused, with nothing changed, for
     * an order of another account or none, a booking paid already or no longer waiting, or the provider's
     * refusal (the order then FAILED) or silence.
     */
    @Transactional(noRollbackFor = PaymentRefused.class)
    public PaymentView confirm(AccountId account, String orderId, String paymentKey, long amount) {
        var found = store.byOrderId(orderId)
                .filter(order -> reservations
                        .find(new ReservationId(order.reservation()))
                        .filter(booking -> booking.account().equals(account))
                        .isPresent())
                .orElseThrow(() -> refused(UNKNOWN_ORDER, "confirm", orderId));
        store.lockOrdersOf(found.reservation());
        var order = store.byId(found.id());
        if (order.amount() != amount) {
            throw refused(AMOUNT_MISMATCH, "confirm", orderId);
        }
        if (order.status() == PaymentStatus.PAID
                || store.paidOf(order.reservation()).isPresent()) {
            throw refused(ALREADY_PAID, "confirm", orderId);
        }
        if (order.status() != PaymentStatus.READY) {
            throw refused(ORDER_CLOSED, "confirm", orderId);
        }
        var booking = reservations.find(new ReservationId(order.reservation())).orElseThrow();
        if (booking.status() != ReservationStatus.PAYMENT_DUE) {
            // Nothing is taken until confirmed: the booking ended, so the payment is not confirmed at all.
            throw refused(NOT_PAYMENT_DUE, "confirm", orderId);
        }
        if (order.amount() != amountOf(booking)) {
            // The price changed since the order was made (staff refused a 감면): this order can no longer pay it.
            throw refused(ORDER_CLOSED, "confirm", orderId);
        }
        var provider = providers.named(order.provider());
        ProviderPayment answer;
        try {
            answer = provider.confirm(paymentKey, orderId, amount);
        } catch (ProviderException.Declined declined) {
            store.markFailed(order, paymentKey, declined.code());
            log.info("Payment of order {} declined by {}: {}", orderId, provider.name(), declined.code());
            throw new PaymentRefused(PAYMENT_DECLINED);
        } catch (ProviderException.Unavailable unavailable) {
            throw refused(PROVIDER_UNAVAILABLE, "confirm", orderId);
        }
        apply(order, answer, null);
        return store.view(store.byId(order.id()));
    }

    /**
     * A webhook of the provider that takes new orders: believed only if signed, and then only as news of an order,
     * whose payment is read again from the provider before anything changes. A webhook heard before (a duplicate)
     * changes nothing.
     */
    @Transactional(noRollbackFor = PaymentRefused.class)
    public void webhook(byte[] body, @Nullable String signature, @Nullable String transmissionTime) {
        var provider = providers.current();
        if (!provider.signed(body, signature, transmissionTime)) {
            throw refused(WEBHOOK_SIGNATURE_INVALID, "webhook", provider.name());
        }
        var event = json.readTree(body);
        // PAYMENT_STATUS_CHANGED carries the payment in data; DEPOSIT_CALLBACK carries the order id at the top.
        var orderId = event.path("data")
                .path("orderId")
                .asString(event.path("orderId").asString(""));
        var found = store.byOrderId(orderId).orElseThrow(() -> refused(UNKNOWN_ORDER, "webhook", orderId));
        store.lockOrdersOf(found.reservation());
        var order = store.byId(found.id());
        if (order.status() == PaymentStatus.PAID || order.status() == PaymentStatus.FAILED) {
            return; // decided already: a duplicate, or news of what this order's confirmation learnt
        }
        ProviderPayment fetched;
        try {
            fetched = providers.named(order.provider()).find(orderId);
        } catch (ProviderException.Declined unknownThere) {
            throw refused(UNKNOWN_ORDER, "webhook", orderId); // the provider knows no such payment: not believed
        } catch (ProviderException.Unavailable unavailable) {
            throw refused(PROVIDER_UNAVAILABLE, "webhook", orderId);
        }
        apply(order, fetched, null);
    }

    /**
     * Staff record that the booker paid on site; empty if the institution has no such booking. Refused if paid
     * already or no longer waiting for its payment.
     */
    @Transactional(noRollbackFor = PaymentRefused.class)
    public Optional<PaymentView> paidOnSite(InstitutionId institution, ReservationId id, AccountId staffMember) {
        var booking = staff.find(institution, id);
        if (booking.isEmpty()) {
            return Optional.empty();
        }
        store.lockOrdersOf(id.value());
        if (store.paidOf(id.value()).isPresent()) {
            throw refused(ALREADY_PAID, "on-site", id.toString());
        }
        var current = reservations.find(id).orElseThrow();
        if (current.status() != ReservationStatus.PAYMENT_DUE) {
            throw refused(NOT_PAYMENT_DUE, "on-site", id.toString());
        }
        var order = store.insert(
                id.value(),
                "onsite-" + id.value() + "-" + randomSuffix(),
                PaymentMethod.ON_SITE,
                "ON_SITE",
                amountOf(current),
                clock.instant());
        settle(order, null, staffMember.value());
        return Optional.of(store.view(store.byId(order.id())));
    }

    /** The booking an order is for; empty for an unknown order. */
    @Transactional(readOnly = true)
    public Optional<ReservationId> bookingOf(String orderId) {
        return store.byOrderId(orderId).map(order -> new ReservationId(order.reservation()));
    }

    /** What the booking's payment costs: its stored price and deposit. */
    @Transactional(readOnly = true)
    public long amountDue(Reservation booking) {
        return amountOf(booking);
    }

    /** The booking's orders with their refunds, oldest first. */
    @Transactional(readOnly = true)
    public List<PaymentView> of(ReservationId id) {
        return store.ofReservation(id.value()).stream().map(store::view).toList();
    }

    /** Applies what the provider says of an order: paid, waiting for the deposit, or ended. */
    private void apply(Order order, ProviderPayment payment, @Nullable Long paidBy) {
        if (payment.totalAmount() != order.amount()) {
            // The provider took another amount than ours: never confirm a booking on it.
            log.error(
                    "Order {}: the provider says {} won, the order is for {}; not applied",
                    order.orderId(),
                    payment.totalAmount(),
                    order.amount());
            throw new PaymentRefused(AMOUNT_MISMATCH);
        }
        if (payment.done()) {
            if (store.paidOf(order.reservation()).isPresent()) {
                // A second payment of a booking paid already (a transfer and a card, say): given back whole.
                store.markFailed(order, payment.paymentKey(), "DUPLICATE");
                providers
                        .named(order.provider())
                        .cancel(payment.paymentKey(), order.amount(), "중복 결제 환불", order.orderId() + "-duplicate");
                log.warn("Order {} paid a booking paid already: refunded in full", order.orderId());
                return;
            }
            settle(order, payment.paymentKey(), paidBy);
        } else if (payment.waitingForDeposit()) {
            store.markWaiting(order, payment);
        } else if (payment.ended()) {
            store.markFailed(order, payment.paymentKey(), payment.status());
        }
    }

    /** The order is paid: the booking is confirmed, or if it ended meanwhile, the payment is owed back in full. */
    private void settle(Order order, @Nullable String paymentKey, @Nullable Long paidBy) {
        var now = clock.instant();
        store.markPaid(order, paymentKey, now, paidBy);
        try {
            reservations.paid(new ReservationId(order.reservation()));
        } catch (ReservationRefused ended) {
            store.owe(order.id(), "late", order.amount(), "예약이 끝난 뒤 도착한 결제 환불", now);
            log.info(
                    "Order {} paid booking {} after it ended: refund owed in full",
                    order.orderId(),
                    order.reservation());
        }
    }

    /** Sixteen hex digits: order ids are guessed by nobody, and stay within the provider's 64 characters. */
    private static String randomSuffix() {
        var bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private long amountOf(Reservation booking) {
        var price = prices.of(booking);
        return price.amount() + price.deposit();
    }

    private static PaymentRefused refused(PaymentRefused.Reason reason, String what, String about) {
        log.warn("Payment {} refused for {}: {}", what, about, reason);
        return new PaymentRefused(reason);
    }
}
