package kr.gongyu.reservation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job that keeps bookings' statuses true to the clock: holds past their expiry end (their time was free
 * for availability already), bookings unpaid at their payment deadline are cancelled, and confirmed bookings whose time is over are completed. It runs as a
 * db-scheduler task, so one node at a time runs it however many there are; each change also loses to any
 * concurrent change of the same booking, so a second run could not undo anything.
 */
@Configuration(proxyBeanMethods = false)
class ReservationHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(ReservationHousekeeping.class);
    private static final int BATCH = 500;

    private final ReservationStore store;
    private final Reservations reservations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReservationHousekeeping(
            ReservationStore store, Reservations reservations, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.reservations = reservations;
        this.events = events;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> reservationHousekeepingTask(HoldSettings settings, ReservationHousekeeping housekeeping) {
        return Tasks.recurring("reservation-housekeeping", FixedDelay.of(settings.sweepInterval()))
                .execute((instance, context) -> housekeeping.sweep());
    }

    /** One pass: at most a batch of each kind, so a backlog drains over a few runs without a long transaction. */
    @Transactional
    public void sweep() {
        var now = clock.instant();
        var expired = store.expiredHolds(now, BATCH);
        expired.forEach(reservations::expire);
        var unpaid = store.paymentOverdue(now, BATCH);
        unpaid.forEach(reservations::lapse);
        var ended = store.ended(now, BATCH);
        for (var booking : ended) {
            try {
                store.update(booking.complete(), now);
            } catch (ReservationRefused changedMeanwhile) {
                // Staff recorded a no-show, say, since the booking was read: that change stands.
            }
        }
        if (!expired.isEmpty() || !unpaid.isEmpty() || !ended.isEmpty()) {
            log.info(
                    "Ended {} expired holds, cancelled {} unpaid bookings and completed {} bookings",
                    expired.size(),
                    unpaid.size(),
                    ended.size());
        }
    }
}
