package kr.gongyu.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kr.gongyu.IntegrationTest;
import kr.gongyu.Seoul;
import kr.gongyu.Statements;
import kr.gongyu.TestClock;
import kr.gongyu.TestDatabase;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a common booking costs the database, counted at the JDBC level as the database's statement log shows it:
 * an instant booking of a free resource at a public site (no sharing agreement), so that the count cannot grow
 * unnoticed. 18 statements before the booking path read its facts in one statement, 10 before its message was
 * written in one, 7 on PostgreSQL before its lock and facts were one.
 *
 * <p>Six on PostgreSQL: BEGIN, the lock and the facts in one statement, the insert, the message to the booker with its
 * reminder owed, search's raise of the resource's free-time version, and COMMIT; eight on H2, which locks and reads
 * the facts in two statements and owes the reminder in a statement of its own (no H2 statement writes two tables).
 * A statement sees the data as of its own start, so a plain statement that locked and read would miss a booking
 * committed while it waited for the lock: PostgreSQL's is a call of the function {@code booking_facts}, whose queries
 * each take a snapshot of their own (NoDoubleBookingIT makes a booking wait for the lock). The write follows the
 * rules' decision (in Java, pure). The message is the notification module's own statement and the raise search's.
 * BEGIN and COMMIT are counted as the database's statement log shows them, though the driver sends BEGIN in the same
 * round trip as the first statement.
 */
@IntegrationTest
class BookingStatementsIT {

    @Autowired
    Reservations reservations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** Search's statement that makes the resource's stored free days out of date (FreeTimeChanges). */
    private static final String RAISE = "(?s)\\s*(insert into|merge into) free_day_version.*";

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
        // The message and its reminder: one statement on PostgreSQL, two on H2.
        var outbox = TestDatabase.kind().equals("postgresql")
                ? List.of("with message as (insert into notification (")
                : List.of("insert into notification (", "insert into notification_due");
        var log = String.join("\n", sent);
        // BEGIN, the lock and the facts (one statement on PostgreSQL), the insert, the outbox, search's raise of the
        // resource's free-time version (just before COMMIT, so that its stored days are out of date on every node at
        // commit) and COMMIT.
        var read = lockAndFacts();
        assertThat(sent).as(log).hasSize(4 + read.size() + outbox.size());
        assertThat(sent.getFirst()).isEqualTo("BEGIN");
        for (var i = 0; i < read.size(); i++) {
            assertThat(sent.get(1 + i)).as(log).satisfies(read.get(i));
        }
        assertThat(sent.get(1 + read.size())).as(log).startsWith("insert into reservation");
        for (var i = 0; i < outbox.size(); i++) {
            assertThat(sent.get(2 + read.size() + i)).as(log).startsWith(outbox.get(i));
        }
        assertThat(sent.get(sent.size() - 2)).as(log).matches(RAISE);
        assertThat(sent.getLast()).isEqualTo("COMMIT");
        assertThat(jdbc.sql("select kind from notification where reservation_id = :id")
                        .param("id", booked.getFirst().id().value())
                        .query(String.class)
                        .list())
                .containsExactly("BOOKING_CONFIRMED");
        assertThat(dueReminders(booked.getFirst())).isEqualTo(1);
    }

    /** A hold offered to a lottery's winner or the waitlist's first is decided as a booking is: lock, facts, insert. */
    @Test
    void aHoldForAnotherModulesChoiceSendsFewStatements() {
        var day = TestClock.today().plusDays(5).atStartOfDay(Seoul.ZONE);
        var account = new AccountId(idOf("select id from account where username = 'citizen1702'"));
        var resource = new ResourceId(idOf("select id from resource where name = '도청 1층 로비 열린회의실 6'"));
        var start = day.plusHours(14).toInstant();
        var end = day.plusHours(15).toInstant();

        var held = new ArrayList<Reservation>();
        var sent = Statements.sentDuring(() -> transactions.executeWithoutResult(status -> held.add(reservations
                .holdFor(account, resource, start, end, start.minusSeconds(3600))
                .orElseThrow())));

        assertThat(held.getFirst().status()).isEqualTo(ReservationStatus.HELD);
        var log = String.join("\n", sent);
        var read = lockAndFacts();
        assertThat(sent).as(log).hasSize(5 + read.size());
        assertThat(sent.getFirst()).isEqualTo("BEGIN");
        for (var i = 0; i < read.size(); i++) {
            assertThat(sent.get(1 + i)).as(log).satisfies(read.get(i));
        }
        assertThat(sent.subList(1 + read.size(), sent.size()))
                .as(log)
                .satisfiesExactly(
                        insert -> assertThat(insert).startsWith("insert into reservation"),
                        warning -> assertThat(warning).startsWith("insert into notification_due"),
                        raise -> assertThat(raise).matches(RAISE),
                        commit -> assertThat(commit).isEqualTo("COMMIT"));

        // The same time again, of a resource of one unit: taken, nothing written.
        assertThat(idOf("select quantity from resource where id = " + resource.value()))
                .isOne();
        var again = transactions.execute(status -> reservations.holdFor(
                new AccountId(idOf("select id from account where username = 'citizen1703'")),
                resource,
                start,
                end,
                start.minusSeconds(3600)));
        assertThat(again).isEmpty();
    }

    /**
     * The lock and the facts: one statement on PostgreSQL, the function that locks and then reads in a snapshot of
     * its own; two on H2, the lock and then the facts.
     */
    private static List<Consumer<String>> lockAndFacts() {
        return TestDatabase.kind().equals("postgresql")
                ? List.of(both -> assertThat(both).startsWith("select").contains("from booking_facts("))
                : List.of(
                        lock -> assertThat(lock).startsWith("select").endsWith("for update"),
                        facts -> assertThat(facts).startsWith("select").doesNotContain("for update"));
    }

    private long dueReminders(Reservation booking) {
        return jdbc.sql("select count(*) from notification_due where reservation_id = :id")
                .param("id", booking.id().value())
                .query(Long.class)
                .single();
    }

    private long idOf(String query) {
        return jdbc.sql(query).query(Long.class).single();
    }
}
