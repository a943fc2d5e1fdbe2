package kr.gongyu.notification.internal;

import java.time.Clock;
import kr.gongyu.allocation.SlotOffered;
import kr.gongyu.notification.NotificationKind;
import kr.gongyu.notification.internal.DueMessageStore.Owed;
import kr.gongyu.notification.internal.NotificationStore.BookerMessage;
import kr.gongyu.notification.internal.NotificationStore.Instead;
import kr.gongyu.reservation.BookingNotices;
import kr.gongyu.reservation.CancelledBy;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationEvents.ReservationAwaitingPayment;
import kr.gongyu.reservation.ReservationEvents.ReservationCancelled;
import kr.gongyu.reservation.ReservationEvents.ReservationConfirmed;
import kr.gongyu.reservation.ReservationEvents.ReservationDiscountRefused;
import kr.gongyu.reservation.ReservationEvents.ReservationHeld;
import kr.gongyu.reservation.ReservationEvents.ReservationNoShow;
import kr.gongyu.reservation.ReservationEvents.ReservationRejected;
import kr.gongyu.reservation.ReservationEvents.ReservationRequested;
import kr.gongyu.reservation.Reservations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes a message into the outbox for each change of a booking the booker must hear of, before the change's
 * transaction commits: both commit, or neither. Writing a row never reaches a mail server, so no fault of a channel
 * can fail a booking. The booker's own cancellations and holds that ran out are not told (they know); a booking
 * cancelled unpaid at its deadline is.
 */
@Component
public class NotificationOutbox {

    private final NotificationStore store;
    private final BookingNotices bookingNotices;
    private final Reservations reservations;
    private final Routing routing;
    private final DueMessageStore dueMessages;
    private final Clock clock;

    NotificationOutbox(
            NotificationStore store,
            BookingNotices bookingNotices,
            Reservations reservations,
            Routing routing,
            DueMessageStore dueMessages,
            Clock clock) {
        this.store = store;
        this.bookingNotices = bookingNotices;
        this.reservations = reservations;
        this.routing = routing;
        this.dueMessages = dueMessages;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReservationConfirmed confirmed) {
        var booking = confirmed.reservation();
        // An approval resource's booking is confirmed only by staff approving its request: the statement that
        // writes the message reads which the resource is.
        var reminder = ReminderTimes.reminder(booking.start(), clock.instant())
                .map(due -> new Owed(booking.id().value(), due.kind(), due.at()))
                .orElse(null);
        writeConfirmation(booking, NotificationKind.BOOKING_CONFIRMED, NotificationKind.REQUEST_APPROVED, reminder);
    }

    /** A hold is warned before it runs out: owed now, written by the reminder job when due. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReservationHeld held) {
        var booking = held.reservation();
        if (booking.holdExpiresAt() != null) {
            var due = ReminderTimes.holdWarning(booking.holdExpiresAt());
            dueMessages.owe(booking.id().value(), due.kind(), due.at());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReservationAwaitingPayment awaiting) {
        write(awaiting.reservation(), NotificationKind.PAYMENT_DUE, null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReservationRequested requested) {
        write(requested.reservation(), NotificationKind.REQUEST_RECEIVED, null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReservationRejected rejected) {
        write(rejected.reservation(), NotificationKind.REQUEST_REJECTED, null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReservationCancelled cancelled) {
        var booking = cancelled.reservation();
        if (booking.cancelledBy() == CancelledBy.INSTITUTION) {
            write(booking, NotificationKind.CANCELLED_BY_INSTITUTION, null);
        } else if (booking.cancelledBy() == CancelledBy.EXPIRY
                && Reservation.PAYMENT_OVERDUE.equals(booking.cancelReason())) {
            write(booking, NotificationKind.PAYMENT_OVERDUE, null);
        }
    }

    /** Told once per offer (the hold's own warning follows before it runs out). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SlotOffered offered) {
        write(offered.reservation(), NotificationKind.SLOT_OFFERED, null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReservationNoShow missed) {
        write(missed.reservation(), NotificationKind.NO_SHOW_RECORDED, null);
    }

    /** One message per booking: a claim is refused once. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReservationDiscountRefused refused) {
        var booking = refused.reservation();
        write(
                booking,
                NotificationKind.DISCOUNT_REFUSED,
                "reservation-%d-%s".formatted(booking.id().value(), NotificationKind.DISCOUNT_REFUSED),
                refused.reason());
    }

    /**
     * Turns the booking notices the reservation module recorded (a volunteer shift lost) into messages, and marks
     * them sent, in one transaction. The notice table is itself written with the change that causes it, so this
     * second step loses nothing; it also delivers notices recorded before this module existed.
     */
    @Transactional
    public int collectBookingNotices(int limit) {
        var notices = bookingNotices.takeUnsent(limit);
        for (var notice : notices) {
            var kind = switch (notice.reason()) {
                case VOLUNTEER_SHIFT_CANCELLED -> NotificationKind.VOLUNTEER_SHIFT_LOST;
            };
            reservations
                    .find(notice.reservation())
                    .ifPresent(booking -> write(booking, kind, "booking-notice-" + notice.id()));
        }
        return notices.size();
    }

    /** Writes the message to the booker (none if the account is gone); {@code key} null: one per booking version. */
    void write(Reservation booking, NotificationKind kind, @Nullable String key) {
        write(booking, kind, key, booking.cancelReason());
    }

    /** The message with the reason given: one that is not the booking's own (a refused exemption's). */
    private void write(Reservation booking, NotificationKind kind, @Nullable String key, @Nullable String reason) {
        store.insert(message(booking, kind, key, reason, null), null, clock.instant());
    }

    /** The booking's own message: {@code ifApproval} instead if its resource takes requests; and the reminder owed. */
    private void writeConfirmation(
            Reservation booking, NotificationKind kind, NotificationKind ifApproval, @Nullable Owed reminder) {
        var instead = new Instead(ifApproval, routing.of(ifApproval), key(booking, ifApproval));
        store.insert(message(booking, kind, null, booking.cancelReason(), instead), reminder, clock.instant());
    }

    private BookerMessage message(
            Reservation booking,
            NotificationKind kind,
            @Nullable String key,
            @Nullable String reason,
            @Nullable Instead ifApproval) {
        return new BookerMessage(
                booking.account().value(),
                kind,
                routing.of(kind),
                key != null ? key : key(booking, kind),
                ifApproval,
                booking.id().value(),
                booking.resource().value(),
                booking.start(),
                booking.end(),
                reason,
                kind == NotificationKind.CANCELLED_BY_INSTITUTION ? booking.refundPercent() : null,
                (int) Math.min(booking.version(), Integer.MAX_VALUE));
    }

    /** One message of a kind per version of the booking. */
    private static String key(Reservation booking, NotificationKind kind) {
        return "reservation-%d-%s-v%d".formatted(booking.id().value(), kind, booking.version());
    }
}
