package kr.gongyu.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.gongyu.IntegrationTest;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The invariant, raced: 64 threads released together by a barrier book the same slot of a space, and the last
 * three units of a car park. Exactly as many succeed as there is room for, and the database holds no more.
 */
@IntegrationTest
class NoDoubleBookingIT {

    private static final int CLIENTS = 64;

    @Autowired
    Reservations reservations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sixtyFourClientsRaceForOneSlotOfASpaceAndOneWins() throws Exception {
        var room = resourceNamed("도청 1층 로비 열린회의실 6");
        var date = LocalDate.now(Seoul.ZONE).plusDays(4);
        var start = date.atTime(10, 0).atZone(Seoul.ZONE).toInstant();
        var end = date.atTime(10, 30).atZone(Seoul.ZONE).toInstant();

        var outcomes = race(index -> new RequestReservation(citizen(index), room, start, end, 1, 4, "경합 시험"));

        assertThat(outcomes.stream().filter(o -> o.equals("BOOKED"))).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.equals("SLOT_UNAVAILABLE"))).hasSize(CLIENTS - 1);
        assertThat(activeUnits(room, start, end)).isEqualTo(1);
    }

    @Test
    void sixtyFourClientsRaceForTheLastThreeUnitsOfAPoolAndThreeWin() throws Exception {
        var lot = resourceNamed("구인사 공유주차장");
        var date = LocalDate.now(Seoul.ZONE).plusDays(5);
        var start = date.atTime(14, 0).atZone(Seoul.ZONE).toInstant();
        var end = date.atTime(15, 0).atZone(Seoul.ZONE).toInstant();
        reservations
                .book(new RequestReservation(citizen(100), lot, start, end, 37, null, "단체 관광"))
                .orElseThrow();

        var outcomes = race(index -> new RequestReservation(citizen(index), lot, start, end, 1, null, "경합 시험"));

        assertThat(outcomes.stream().filter(o -> o.equals("BOOKED"))).hasSize(3);
        assertThat(outcomes.stream().filter(o -> o.equals("SLOT_UNAVAILABLE"))).hasSize(CLIENTS - 3);
        assertThat(activeUnits(lot, start, end)).isEqualTo(40);
    }

    private interface Request {
        RequestReservation of(int index);
    }

    private List<String> race(Request request) throws Exception {
        var barrier = new CyclicBarrier(CLIENTS);
        try (var pool = Executors.newFixedThreadPool(CLIENTS)) {
            var futures = new ArrayList<Future<String>>();
            for (int n = 0; n < CLIENTS; n++) {
                var index = n;
                futures.add(pool.submit(() -> {
                    barrier.await();
                    try {
                        reservations.book(request.of(index)).orElseThrow();
                        return "BOOKED";
                    } catch (ReservationRefused refused) {
                        return refused.reason().name();
                    }
                }));
            }
            var outcomes = new ArrayList<String>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        }
    }

    private long activeUnits(ResourceId resource, java.time.Instant start, java.time.Instant end) {
        return jdbc.sql("""
                        select coalesce(sum(units), 0) from reservation
                        where resource_id = :resource and starts_at < :end and ends_at > :start
                          and status in ('HELD', 'PENDING_APPROVAL', 'CONFIRMED')
                        """)
                .param("resource", resource.value())
                .param("start", java.sql.Timestamp.from(start))
                .param("end", java.sql.Timestamp.from(end))
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
