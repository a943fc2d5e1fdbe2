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
 * an instant booking of a free resource at a public site (no sharing agreement), so that the count cannot grow
 * unnoticed. 18 statements before the booking path read its facts in one statement.
 */
@IntegrationTest
class BookingStatementsIT {

    @Autowired
    Reservations reservations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInstantBookingOfAFreeResourceSendsFewStatements() {
        var day = TestClock.today().plusDays(4).atStartOfDay(Seoul.ZONE);
        var request = new RequestReservation(
                new AccountId(idOf("select id from account where username = 'citizen1701'")),
                new ResourceId(idOf("select id from resource where name = '도청 1층 로비 열린회의실 6'")),
                day.plusHours(11).toInstant(),
                day.plusHours(11).plusMinutes(30).toInstant(),
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
        // BEGIN, the lock, the facts, the insert and COMMIT; and the notification outbox's five on the way
        // (the resource, the account and its preferences, the notification and its reminder's due date); and
        // search's one, just before COMMIT, that makes the resource's stored free days out of date on every node.
        assertThat(sent).as(String.join("\n", sent)).hasSizeLessThanOrEqualTo(11);
        assertThat(sent.subList(0, 4))
                .satisfiesExactly(
                        begin -> assertThat(begin).isEqualTo("BEGIN"),
                        lock -> assertThat(lock).startsWith("select").endsWith("for update"),
                        facts -> assertThat(facts).startsWith("select"),
                        insert -> assertThat(insert).startsWith("insert into reservation"));
        assertThat(sent.getLast()).isEqualTo("COMMIT");
    }

    private long idOf(String query) {
        return jdbc.sql(query).query(Long.class).single();
    }
}
