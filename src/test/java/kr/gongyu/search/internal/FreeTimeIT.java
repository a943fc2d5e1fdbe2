package kr.gongyu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gongyu.IntegrationTest;
import kr.gongyu.Seoul;
import kr.gongyu.Statements;
import kr.gongyu.TestClock;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import kr.gongyu.reservation.RequestReservation;
import kr.gongyu.reservation.Reservations;
import kr.gongyu.schedule.ResourceSchedules;
import kr.gongyu.schedule.Slot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The free time search stores in the database: the same for every node at once, never out of date after a change
 * has committed, and computed ahead so that a search of a date reads it in one statement.
 */
@IntegrationTest
class FreeTimeIT {

    @Autowired
    FreeTime freeTime;

    @Autowired
    Reservations reservations;

    @Autowired
    ResourceSchedules schedules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    Clock clock;

    /**
     * Node B is a second {@link FreeTime} over the same database that hears none of node A's events, as another
     * node would not: it asked about the day before A's booking, and sees the booking the moment it has committed.
     */
    @Test
    void anotherNodeSeesABookingAtOnce() {
        var room = room("도청 1층 로비 열린회의실 5");
        var date = TestClock.today().plusDays(11);
        var slot = aFreeSlot(room, date);
        var nodeB = node();
        assertThat(freeIn(nodeB, room, slot)).isTrue();

        book(room, slot, "citizen1790");

        assertThat(freeIn(nodeB, room, slot))
                .as("taken on node A, seen on node B")
                .isFalse();
    }

    /**
     * Node B keeps the day it read in its memory and answers the next search from it after reading only the
     * versions; once node A's booking has committed, the copy is out of date and node B reads the day again.
     */
    @Test
    void aNodesCopyOfADayIsNotUsedAfterAnotherNodesBooking() {
        var room = room("도청 1층 로비 열린회의실 4");
        var date = TestClock.today().plusDays(13);
        var slot = aFreeSlot(room, date);
        var nodeB = node();
        assertThat(freeIn(nodeB, room, slot)).isTrue();
        var again = Statements.sentDuring(
                () -> assertThat(freeIn(nodeB, room, slot)).as("still free").isTrue());
        assertThat(again)
                .as("only the versions read: the day is node B's copy")
                .singleElement()
                .asString()
                .contains("free_day_version")
                .doesNotContain("free_slots");

        book(room, slot, "citizen1792");

        var afterBooking = Statements.sentDuring(() -> assertThat(freeIn(nodeB, room, slot))
                .as("taken on node A, node B's copy not used")
                .isFalse());
        assertThat(afterBooking).as("the day read again").hasSizeGreaterThan(1);
    }

    /**
     * A search that read the day before a booking committed and stores it after: the row it stores is of the
     * version before the booking's, and is never used.
     */
    @Test
    void aDayStoredLateFromBeforeABookingIsNeverUsed() {
        var room = room("도청 1층 로비 열린회의실 3");
        var date = TestClock.today().plusDays(11);
        var slot = aFreeSlot(room, date);
        assertThat(freeIn(freeTime, room, slot)).isTrue();
        var before = jdbc.sql("select * from free_day where resource_id = :id and calendar_day = :day")
                .param("id", room.value())
                .param("day", date)
                .query()
                .singleRow();

        book(room, slot, "citizen1791");
        storeAgain(before);

        assertThat(freeIn(freeTime, room, slot))
                .as("the day stored from before the booking")
                .isFalse();
    }

    /**
     * The job's work for a date: afterwards, a search of that date over many resources reads their days in one
     * statement, and they are what computing them again gives.
     */
    @Test
    void aDateComputedAheadIsReadInOneStatement() {
        var date = TestClock.today().plusDays(12);
        var ids = jdbc.sql("select resource_id from resource_search order by resource_id")
                .query((rs, row) -> new ResourceId(rs.getLong(1)))
                .list();
        assertThat(ids).hasSizeGreaterThan(10_000);

        assertThat(freeTime.fill(date)).as("computed ahead").isGreaterThan(10_000);
        assertThat(freeTime.fill(date)).as("nothing left to compute").isZero();
        var node = node();
        var sent = Statements.sentDuring(() -> node.free(ids, date, null, null));
        assertThat(sent)
                .as("the versions, then the days")
                .hasSize(2)
                .allSatisfy(statement -> assertThat(statement).startsWith("select"));
        var free = node.free(ids, date, null, null);
        assertThat(Statements.sentDuring(() -> node.free(ids, date, null, null)))
                .as("the versions only: the days are the node's copy")
                .hasSize(1);

        assertThat(free).as("open somewhere that day").isNotEmpty();
        jdbc.sql("delete from free_day where calendar_day = :day")
                .param("day", date)
                .update();
        assertThat(node().free(ids, date, null, null)).as("computed again").isEqualTo(free);
    }

    /**
     * The job's pass over the coming days: once it has looked, the next pass reads one statement and stops, until
     * a change (a booking, here on another node) makes it look again.
     */
    @Test
    void aPassOfTheJobLooksAgainOnlyAfterAChange() {
        var date = TestClock.today().plusDays(14);
        var node = node();
        node.fillAhead(date, 0);
        var idle =
                Statements.sentDuring(() -> assertThat(node.fillAhead(date, 0)).isZero());
        assertThat(idle).as("nothing changed: only the versions' sum read").hasSize(1);

        var room = room("도청 1층 로비 열린회의실 2");
        book(room, aFreeSlot(room, date), "citizen1793");

        var afterBooking = Statements.sentDuring(() -> node.fillAhead(date, 0));
        assertThat(afterBooking).as("the day looked for again").hasSizeGreaterThan(1);
    }

    @Test
    void aPassOfANewDateRemovesTheDaysGoneBy() {
        var today = TestClock.today().plusDays(20);
        var node = node();
        node.fillAhead(today, 0);
        var stored = jdbc.sql("select * from free_day where calendar_day = :day order by resource_id")
                .param("day", Date.valueOf(today))
                .query()
                .listOfRows()
                .getFirst();
        var yesterday = new HashMap<>(stored);
        yesterday.put("calendar_day", Date.valueOf(today.minusDays(1)));
        storeAgain(yesterday);

        node.fillAhead(today.plusDays(1), 0);

        assertThat(storedDays(today.minusDays(1))).as("two days gone by").isZero();
        assertThat(storedDays(today)).as("yesterday's").isZero();
        assertThat(storedDays(today.plusDays(1))).as("today's").isPositive();
    }

    private long storedDays(LocalDate date) {
        return jdbc.sql("select count(*) from free_day where calendar_day = :day")
                .param("day", Date.valueOf(date))
                .query(Long.class)
                .single();
    }

    /** Another node: a {@link FreeTime} of its own, with an empty copy, that hears none of this node's events. */
    private FreeTime node() {
        return new FreeTime(jdbc, template, schedules, clock, new FreeDaysSettings(60, Duration.ofMinutes(5), 100_000));
    }

    private static boolean freeIn(FreeTime node, ResourceId room, Slot slot) {
        var start = slot.start().atZone(Seoul.ZONE);
        return node.free(
                        List.of(room),
                        start.toLocalDate(),
                        start.toLocalTime(),
                        slot.end().atZone(Seoul.ZONE).toLocalTime())
                .contains(room);
    }

    private void storeAgain(Map<String, Object> row) {
        jdbc.sql("delete from free_day where resource_id = :id and calendar_day = :day")
                .param("id", row.get("resource_id"))
                .param("day", row.get("calendar_day"))
                .update();
        jdbc.sql("""
                        insert into free_day (resource_id, calendar_day, version, free_slots, opens_at, closes_before_s)
                        values (:resource_id, :calendar_day, :version, :free_slots, :opens_at, :closes_before_s)
                        """).params(row).update();
    }

    private Slot aFreeSlot(ResourceId room, LocalDate date) {
        // The last: other tests book the first hours of these rooms.
        return schedules.calendar(room, date, date).orElseThrow().getFirst().slots().stream()
                .filter(slot -> slot.remaining() > 0)
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private void book(ResourceId room, Slot slot, String username) {
        var account = new AccountId(jdbc.sql("select id from account where username = :name")
                .param("name", username)
                .query(Long.class)
                .single());
        reservations
                .book(new RequestReservation(
                        account, room, slot.start(), slot.end(), slot.remaining(), null, null, null, false, null))
                .orElseThrow();
    }

    private ResourceId room(String name) {
        return new ResourceId(jdbc.sql("select id from resource where name = :name")
                .param("name", name)
                .query(Long.class)
                .single());
    }
}
