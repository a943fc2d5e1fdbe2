package kr.gongyu;

import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.reservation.ReservationEvents.ReservationConfirmed;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The pool exhausted at the moment a booking commits: from then on, the server thread that committed it gets no
 * connection, as when every connection of the pool is taken by others for longer than its timeout (the same
 * {@link SQLTransientConnectionException} that HikariCP throws then). Armed for one resource's next confirmed
 * booking, so that the other tests sharing the application are not disturbed.
 */
public final class PoolExhausted {

    private static volatile @Nullable ResourceId armed;
    private static volatile @Nullable Thread exhausted;
    private static final AtomicBoolean exhaustedOnce = new AtomicBoolean();

    private PoolExhausted() {}

    /** From the commit of the next booking of the resource confirmed, its thread gets no connection. */
    public static void afterNextBookingOf(ResourceId resource) {
        exhaustedOnce.set(false);
        armed = resource;
    }

    /** Whether the booking armed for committed and its thread was cut off: the test's condition really happened. */
    public static boolean exhaustedAfterCommit() {
        return exhaustedOnce.get();
    }

    public static void clear() {
        armed = null;
        exhausted = null;
    }

    /** Called by the test data source ({@link Statements.Configuration}) before each connection it hands out. */
    static void check() throws SQLTransientConnectionException {
        if (Thread.currentThread() == exhausted) {
            throw new SQLTransientConnectionException("test pool - Connection is not available (PoolExhausted)");
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        Trigger poolExhaustedTrigger() {
            return new Trigger();
        }
    }

    static final class Trigger {
        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
        void on(ReservationConfirmed confirmed) {
            if (confirmed.reservation().resource().equals(armed)) {
                exhausted = Thread.currentThread();
                exhaustedOnce.set(true);
            }
        }
    }
}
