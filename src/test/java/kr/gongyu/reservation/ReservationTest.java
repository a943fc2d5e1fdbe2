package kr.gongyu.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import kr.gongyu.reservation.ReservationRefused.Reason;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The lifecycle's transitions: which status may become which, and when. */
class ReservationTest {

    private static final Instant START = Instant.parse("2027-03-06T09:00:00Z");
    private static final Instant NOW = START.minus(Duration.ofDays(3));
    private static final Duration HOLD = Duration.ofMinutes(10);

    @Test
    void aLiveHoldIsExtendedFromNowAndCompletedIntoConfirmedOrPending() {
        var held = booking(ReservationStatus.HELD, NOW.plus(HOLD), 0);
        var extended = held.extendHold(NOW.plusSeconds(300), HOLD, 10);
        assertThat(extended.holdExpiresAt()).isEqualTo(NOW.plusSeconds(300).plus(HOLD));
        assertThat(extended.holdExtensions()).isEqualTo(1);

        var confirmed = held.completeHold(false, NOW, 12, "동아리 모임", null);
        assertThat(confirmed.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(confirmed.holdExpiresAt()).isNull();
        assertThat(confirmed.headcount()).isEqualTo(12);
        assertThat(held.completeHold(true, NOW, null, null, NOW.plus(Duration.ofHours(24)))
                        .status())
                .isEqualTo(ReservationStatus.PENDING_APPROVAL);
    }

    @Test
    void anExpiredHoldCanBeNeitherCompletedNorExtendedAndExtensionsRunOut() {
        var expired = booking(ReservationStatus.HELD, NOW, 0);
        assertThat(expired.holdExpired(NOW)).isTrue();
        assertRefused(() -> expired.completeHold(false, NOW, null, null, null), Reason.HOLD_EXPIRED);
        assertRefused(() -> expired.extendHold(NOW, HOLD, 10), Reason.HOLD_EXPIRED);
        assertThat(expired.expire().status()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(expired.expire().cancelledBy()).isEqualTo(CancelledBy.EXPIRY);
        assertRefused(() -> expired.expire().completeHold(false, NOW, null, null, null), Reason.HOLD_EXPIRED);
        assertRefused(() -> expired.expire().extendHold(NOW, HOLD, 10), Reason.HOLD_EXPIRED);

        var extendedTenTimes = booking(ReservationStatus.HELD, NOW.plus(HOLD), 10);
        assertRefused(() -> extendedTenTimes.extendHold(NOW, HOLD, 10), Reason.HOLD_EXTENSIONS_EXHAUSTED);
    }

    @Test
    void onlyOpenBookingsAreCancelledAndOnlyPendingOnesApprovedOrRejected() {
        for (var status : ReservationStatus.values()) {
            var booking = booking(status, status == ReservationStatus.HELD ? NOW.plus(HOLD) : null, 0);
            if (status.isOpen()) {
                assertThat(booking.cancel(CancelledBy.USER, "", 90).refundPercent())
                        .isEqualTo(90);
            } else {
                assertRefused(() -> booking.cancel(CancelledBy.USER, "", 90), Reason.INVALID_STATE);
            }
            if (status == ReservationStatus.PENDING_APPROVAL) {
                assertThat(booking.approve(null).status()).isEqualTo(ReservationStatus.CONFIRMED);
                assertThat(booking.reject("행사").cancelReason()).isEqualTo("행사");
            } else {
                assertRefused(() -> booking.approve(null), Reason.INVALID_STATE);
                assertRefused(() -> booking.reject("행사"), Reason.INVALID_STATE);
            }
        }
    }

    @Test
    void checkInOpensHalfAnHourBeforeTheStartAndNoShowOnlyAfterIt() {
        var confirmed = booking(ReservationStatus.CONFIRMED, null, 0);
        assertRefused(() -> confirmed.checkIn(START.minus(Duration.ofMinutes(31))), Reason.NOT_CHECK_IN_TIME);
        assertThat(confirmed.checkIn(START.minus(Duration.ofMinutes(30))).status())
                .isEqualTo(ReservationStatus.CHECKED_IN);
        assertRefused(() -> confirmed.checkIn(START.plus(Duration.ofHours(2))), Reason.NOT_CHECK_IN_TIME);

        assertRefused(() -> confirmed.noShow(START.minusSeconds(1)), Reason.NOT_CHECK_IN_TIME);
        assertThat(confirmed.noShow(START).status()).isEqualTo(ReservationStatus.NO_SHOW);
        var completedUnattended = confirmed.complete();
        assertThat(completedUnattended.noShow(START.plus(Duration.ofHours(3))).status())
                .isEqualTo(ReservationStatus.NO_SHOW);
        var checkedIn = confirmed.checkIn(START);
        assertRefused(() -> checkedIn.complete().noShow(START.plus(Duration.ofHours(3))), Reason.INVALID_STATE);
    }

    @Test
    void onlyHeldConfirmedAndCheckedInBookingsHoldTheirTime() {
        assertThat(ReservationStatus.values())
                .filteredOn(ReservationStatus::holdsTime)
                .containsExactly(
                        ReservationStatus.HELD,
                        ReservationStatus.PAYMENT_DUE,
                        ReservationStatus.CONFIRMED,
                        ReservationStatus.CHECKED_IN);
    }

    @Test
    void aPricedBookingWaitsForItsPaymentThenIsConfirmedOrLapsesAtTheDeadline() {
        var due = NOW.plus(Duration.ofHours(24));
        var held = booking(ReservationStatus.HELD, NOW.plus(HOLD), 0);
        var waiting = held.completeHold(false, NOW, 12, "동아리 모임", due);
        assertThat(waiting.status()).isEqualTo(ReservationStatus.PAYMENT_DUE);
        assertThat(waiting.paymentDueAt()).isEqualTo(due);
        assertThat(waiting.paymentOverdue(due.minusSeconds(1))).isFalse();
        assertThat(waiting.paymentOverdue(due)).isTrue();

        var paid = waiting.paid();
        assertThat(paid.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(paid.paymentDueAt()).isNull();
        assertRefused(paid::paid, Reason.INVALID_STATE);
        assertRefused(paid::lapse, Reason.INVALID_STATE);

        var lapsed = waiting.lapse();
        assertThat(lapsed.status()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(lapsed.cancelledBy()).isEqualTo(CancelledBy.EXPIRY);
        assertThat(lapsed.cancelReason()).isEqualTo(Reservation.PAYMENT_OVERDUE);
        assertRefused(lapsed::paid, Reason.INVALID_STATE);

        var approved = booking(ReservationStatus.PENDING_APPROVAL, null, 0).approve(due);
        assertThat(approved.status()).isEqualTo(ReservationStatus.PAYMENT_DUE);
        assertThat(approved.paymentDueAt()).isEqualTo(due);
    }

    private static void assertRefused(Runnable change, Reason reason) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        ReservationRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private static Reservation booking(ReservationStatus status, @Nullable Instant holdExpiresAt, int extensions) {
        return new Reservation(
                new ReservationId(1),
                new ResourceId(2),
                new AccountId(3),
                null,
                START,
                START.plus(Duration.ofHours(2)),
                1,
                status,
                4,
                "회의",
                NOW,
                holdExpiresAt,
                extensions,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
    }
}
