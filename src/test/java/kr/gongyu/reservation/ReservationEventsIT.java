package kr.gongyu.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import kr.gongyu.IntegrationTest;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import kr.gongyu.reservation.ReservationEvents.ReservationCancelled;
import kr.gongyu.reservation.ReservationEvents.ReservationConfirmed;
import kr.gongyu.reservation.ReservationEvents.ReservationHeld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the module tells the others: each change of a booking is published with the booking as it became. */
@IntegrationTest
@RecordApplicationEvents
class ReservationEventsIT {

    @Autowired
    Reservations reservations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void holdingCompletingAndCancellingArePublished(ApplicationEvents events) {
        var lot = new ResourceId(jdbc.sql("select id from resource where name = '구인사 공유주차장'")
                .query(Long.class)
                .single());
        var account = new AccountId(jdbc.sql("select id from account where username = 'citizen0820'")
                .query(Long.class)
                .single());
        var date = TestClock.today().plusDays(7);
        var request = new RequestReservation(
                account,
                lot,
                date.atTime(11, 0).atZone(Seoul.ZONE).toInstant(),
                date.atTime(12, 0).atZone(Seoul.ZONE).toInstant(),
                2,
                null,
                null,
                null,
                true,
                null);

        var held = reservations.book(request).orElseThrow().reservation();
        var confirmed =
                reservations.completeHold(held.id(), account, null, null).orElseThrow();
        var cancelled = reservations.cancel(held.id(), account, "일정 변경").orElseThrow();

        assertThat(events.stream(ReservationHeld.class)).containsExactly(new ReservationHeld(held));
        assertThat(events.stream(ReservationConfirmed.class)).containsExactly(new ReservationConfirmed(confirmed));
        assertThat(events.stream(ReservationCancelled.class)).containsExactly(new ReservationCancelled(cancelled));
        assertThat(cancelled.units()).isEqualTo(2);
    }
}
