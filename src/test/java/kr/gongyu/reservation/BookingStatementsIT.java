package kr.gongyu.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import kr.gongyu.IntegrationTest;
import kr.gongyu.Seoul;
import kr.gongyu.Statements;
import kr.gongyu.TestClock;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a common booking costs the database, counted at the JDBC level as the database's statement log shows it:
 * an instant booking of a free resource, so that the count cannot grow unnoticed.
 */
@IntegrationTest
class BookingStatementsIT {

    @Autowired
    Reservations reservations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInstantBookingOfAFreeResourceSendsFewStatements() {
        var day = TestClock.today().plusDays(3).atStartOfDay(Seoul.ZONE);
        var request = new RequestReservation(
                new AccountId(idOf("select id from account where username = 'citizen1700'")),
                new ResourceId(idOf("select id from resource where name = '구인사 공유주차장'")),
                day.plusHours(11).toInstant(),
                day.plusHours(12).toInstant(),
                1,
                null,
                null,
                null,
                false,
                null);

        var booked = new ArrayList<Reservation>();
        var sent = Statements.sentDuring(
                () -> booked.add(reservations.book(request).orElseThrow().reservation()));

        assertThat(booked.getFirst().status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(sent).as(String.join("\n", sent)).hasSizeLessThanOrEqualTo(19);
    }

    private long idOf(String query) {
        return jdbc.sql(query).query(Long.class).single();
    }
}
