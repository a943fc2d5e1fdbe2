package kr.gongyu.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kr.gongyu.IntegrationTest;
import kr.gongyu.Race;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import kr.gongyu.TestDatabase;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The invariant, raced: 64 threads released together by a barrier book the same slot of a space, and the last
 * three units of a car park. Exactly as many succeed as there is room for, and the database holds no more. And
 * 64 retries of one request with one idempotency key make one booking. And a booking that waited for the lock
 * decides after the one it waited for.
 */
@IntegrationTest
class NoDoubleBookingIT {

    private static final int CLIENTS = 64;

    @Autowired
    Reservations reservations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void sixtyFourClientsRaceForOneSlotOfASpaceAndOneWins() throws Exception {
        var room = resourceNamed("도청 1층 로비 열린회의실 6");
        var date = TestClock.today().plusDays(4);
        var start = date.atTime(10, 0).atZone(Seoul.ZONE).toInstant();
        var end = date.atTime(10, 30).atZone(Seoul.ZONE).toInstant();

        var outcomes = race(index -> request(citizen(index), room, start, end, 1, false, null));

        assertThat(outcomes.stream().filter(o -> o.equals("BOOKED"))).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.equals("SLOT_UNAVAILABLE"))).hasSize(CLIENTS - 1);
        assertThat(activeUnits(room, start, end)).isEqualTo(1);
    }

    @Test
    void sixtyFourClientsRaceForTheLastThreeUnitsOfAPoolAndThreeWin() throws Exception {
        var lot = resourceNamed("구인사 공유주차장");
        var date = TestClock.today().plusDays(5);
        var start = date.atTime(14, 0).atZone(Seoul.ZONE).toInstant();
        var end = date.atTime(15, 0).atZone(Seoul.ZONE).toInstant();
        reservations
                .book(request(citizen(100), lot, start, end, 37, false, null))
                .orElseThrow();

        // Half the clients ask for a hold: held units count as taken exactly like booked ones.
        var outcomes = race(index -> request(citizen(index), lot, start, end, 1, index % 2 == 0, null));

        assertThat(outcomes.stream().filter(o -> o.equals("BOOKED"))).hasSize(3);
        assertThat(outcomes.stream().filter(o -> o.equals("SLOT_UNAVAILABLE"))).hasSize(CLIENTS - 3);
        assertThat(activeUnits(lot, start, end)).isEqualTo(40);
    }

    @Test
    void sixtyFourRetriesWithOneIdempotencyKeyBookOnce() throws Exception {
        var lot = resourceNamed("구인사 공유주차장");
        var date = TestClock.today().plusDays(6);
        var start = date.atTime(9, 0).atZone(Seoul.ZONE).toInstant();
        var end = date.atTime(10, 0).atZone(Seoul.ZONE).toInstant();
        var ids = ConcurrentHashMap.<String>newKeySet();

        var outcomes = race(index -> request(citizen(101), lot, start, end, 2, false, "retry-" + start), ids);

        assertThat(outcomes).containsOnly("BOOKED");
        assertThat(ids).hasSize(1);
        assertThat(activeUnits(lot, start, end)).isEqualTo(2);
    }

    /**
     * A booking that waited for the resource's lock decides after the booking it waited for, committed meanwhile: on
     * PostgreSQL the statement that locks also reads the facts (its function's queries each see what was committed
     * before they start), and a read as of the statement's start would sell the car park's units twice.
     */
    @Test
    void aBookingThatWaitedForTheLockSeesTheBookingItWaitedFor() throws Exception {
        var lot = resourceNamed("구인사 공유주차장");
        var date = TestClock.today().plusDays(7);
        var start = date.atTime(11, 0).atZone(Seoul.ZONE).toInstant();
        var end = date.atTime(12, 0).atZone(Seoul.ZONE).toInstant();
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        try {
            var first = threads.submit(() -> transactions.execute(status -> {
                var booked = reservations
                        .book(request(citizen(102), lot, start, end, 39, false, null))
                        .orElseThrow();
                locked.countDown();
                try {
                    assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return booked;
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            var second = threads.submit(() -> {
                try {
                    reservations.book(request(citizen(103), lot, start, end, 2, false, null));
                    return "BOOKED";
                } catch (ReservationRefused refused) {
                    return refused.reason().name();
                }
            });
            awaitABookingWaitingForTheLock();
            release.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS).created()).isTrue();
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("SLOT_UNAVAILABLE");
            assertThat(activeUnits(lot, start, end)).isEqualTo(39);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    /**
     * Until another session waits for a lock in a booking's statement (the test's second booking), asked outside the
     * first booking's transaction: PostgreSQL keeps a transaction's view of its activity statistics until it ends.
     */
    private void awaitABookingWaitingForTheLock() {
        var waiting = TestDatabase.kind().equals("postgresql") ? """
                  select count(*) from pg_stat_activity
                   where datname = current_database() and wait_event_type = 'Lock'
                     and query like '%booking_facts(%'""" : """
                  select count(*) from information_schema.sessions
                   where blocker_id is not null and executing_statement like '%for update%'""";
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql(waiting).query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("a booking waiting for the lock").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static RequestReservation request(
            AccountId account,
            ResourceId resource,
            Instant start,
            Instant end,
            int units,
            boolean hold,
            @Nullable String idempotencyKey) {
        return new RequestReservation(account, resource, start, end, units, null, "경합 시험", null, hold, idempotencyKey);
    }

    private interface Request {
        RequestReservation of(int index);
    }

    private List<String> race(Request request) throws Exception {
        return race(request, new HashSet<>());
    }

    /** Runs the clients' requests at once; {@code ids} collects the bookings they got. */
    private List<String> race(Request request, Set<String> ids) throws Exception {
        return Race.run(CLIENTS, index -> {
            try {
                ids.add(reservations
                        .book(request.of(index))
                        .orElseThrow()
                        .reservation()
                        .id()
                        .toString());
                return "BOOKED";
            } catch (ReservationRefused refused) {
                return refused.reason().name();
            }
        });
    }

    private long activeUnits(ResourceId resource, Instant start, Instant end) {
        return jdbc.sql("""
                        select coalesce(sum(units), 0) from reservation
                        where resource_id = :resource and starts_at < :end and ends_at > :start
                          and status in ('HELD', 'CONFIRMED', 'CHECKED_IN')
                        """)
                .param("resource", resource.value())
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query(Long.class)
                .single();
    }

    private ResourceId resourceNamed(String name) {
        return new ResourceId(jdbc.sql("select id from resource where name = :name")
                .param("name", name)
                .query(Long.class)
                .single());
    }

    private AccountId citizen(int index) {
        return new AccountId(jdbc.sql("select id from account where username = :username")
                .param("username", "citizen%04d".formatted(1500 + index))
                .query(Long.class)
                .single());
    }
}
