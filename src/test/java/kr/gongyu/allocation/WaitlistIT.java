package kr.gongyu.allocation;

import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.Race;
import kr.gongyu.ResourceBodies;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Issue 23, item 5: the waitlist of a taken slot. Join, see the place, leave; when the slot frees, the first in line
 * holds it for the resource's claim window (never past the booking closing time), and when that offer runs out, the next; two
 * slots freed at once never go to one account twice, nor one slot to two.
 */
@IntegrationTest
class WaitlistIT {

    private static final String WAITLIST = "/api/v1/reservations/waitlist";
    private static final String MINE = "/api/v1/me/waitlist";

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstInLineIsOfferedTheFreedSlotAndTheNextWhenTheOfferRunsOut() {
        var room = LotteryRounds.room(http);
        var day = TestClock.today().plusDays(5);
        var slot = LotteryRounds.slot(day, 10);
        var taken = book(room, slot, "citizen1811");

        assertThat(ApiCalls.post(
                        http,
                        WAITLIST,
                        token(http, "citizen1812"),
                        join(room, LotteryRounds.slot(day, 11)),
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "SLOT_FREE");
        var halfPast = Map.<String, Object>of(
                "resourceId", room,
                "start",
                        day.atTime(10, 30).atZone(Seoul.ZONE).toOffsetDateTime().toString(),
                "end", day.atTime(11, 30).atZone(Seoul.ZONE).toOffsetDateTime().toString());
        assertThat(ApiCalls.post(
                        http, WAITLIST, token(http, "citizen1812"), halfPast, HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "NOT_A_SLOT");
        assertThat(ApiCalls.post(
                        http,
                        WAITLIST,
                        token(http, "citizen1812"),
                        join(room, LotteryRounds.slot(TestClock.today(), 0)),
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "SLOT_PAST");
        assertThat(ApiCalls.post(
                        http, WAITLIST, token(http, "citizen1812"), join("999999999", slot), HttpStatus.NOT_FOUND))
                .containsEntry("code", "NOT_FOUND");
        assertThat(ApiCalls.post(http, WAITLIST, token(http, "citizen1811"), join(room, slot), HttpStatus.CONFLICT))
                .as("the booker of the slot itself")
                .containsEntry("code", "ALREADY_BOOKED");
        assertThat(stored(room)).as("nothing stored for a refusal").isZero();

        assertThat(ApiCalls.post(http, WAITLIST, token(http, "citizen1812"), join(room, slot), HttpStatus.CREATED))
                .containsEntry("position", 1);
        assertThat(ApiCalls.post(http, WAITLIST, token(http, "citizen1813"), join(room, slot), HttpStatus.CREATED))
                .containsEntry("position", 2);
        var third = ApiCalls.post(http, WAITLIST, token(http, "citizen1814"), join(room, slot), HttpStatus.CREATED);
        assertThat(third).containsEntry("position", 3);
        assertThat(ApiCalls.post(http, WAITLIST, token(http, "citizen1812"), join(room, slot), HttpStatus.CONFLICT))
                .containsEntry("code", "ALREADY_ON_WAITLIST");
        ApiCalls.delete(http, MINE + "/" + third.get("id"), token(http, "citizen1814"));
        assertThat(ApiCalls.status(http, MINE, token(http, "citizen1814"))).isEqualTo(200);
        assertThat(mine("citizen1814")).isEmpty();
        assertThat(mine("citizen1813"))
                .singleElement()
                .satisfies(
                        entry -> assertThat(entry).containsEntry("position", 2).containsEntry("offer", null));

        // The booker cancels: the first in line holds the slot for a day.
        ApiCalls.post(
                http, "/api/v1/reservations/" + taken + "/cancel", token(http, "citizen1811"), Map.of(), HttpStatus.OK);
        var offered = offer("citizen1812");
        var expires = OffsetDateTime.parse((String) offered.get("expiresAt")).toInstant();
        assertThat(expires).isCloseTo(TestClock.now().plus(Duration.ofHours(24)), within());
        assertThat(status(offered)).isEqualTo("HELD");
        assertThat(offersTold("citizen1812")).isOne();
        assertThat(ApiCalls.post(
                        http,
                        "/api/v1/reservations",
                        token(http, "citizen1811"),
                        bookingOf(room, slot),
                        HttpStatus.CONFLICT))
                .as("held for the first in line, not free")
                .containsEntry("code", "SLOT_UNAVAILABLE");

        // Unclaimed for a day: the next is offered it, and the first has left the line.
        TestClock.advance(Duration.ofHours(25));
        var next = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> mine("citizen1813"),
                        entries -> entries.size() == 1 && entries.getFirst().get("offer") != null)
                .getFirst();
        assertThat(next).containsEntry("position", 1);
        assertThat(mine("citizen1812")).isEmpty();
        @SuppressWarnings("unchecked")
        var claim = (Map<String, Object>) next.get("offer");
        assertThat(ApiCalls.post(
                        http,
                        "/api/v1/reservations/" + claim.get("reservationId") + "/confirm",
                        token(http, "citizen1813"),
                        null,
                        HttpStatus.OK))
                .containsEntry("status", "CONFIRMED");
        assertThat(mine("citizen1813")).as("claimed: out of line").isEmpty();
        LotteryRounds.unpublish(http, room);
    }

    @Test
    void anOfferNeverRunsPastTheBookingClosingTime() {
        var room = (String) ApiCalls.post(
                        http,
                        "/api/v1/admin/resources",
                        token(http, LotteryRounds.STAFF),
                        ResourceBodies.openEveryHour("대기 시험 회의실 " + UUID.randomUUID()),
                        HttpStatus.CREATED)
                .get("id");
        var start =
                TestClock.now().atZone(Seoul.ZONE).truncatedTo(ChronoUnit.HOURS).plusHours(3);
        var slot = LotteryRounds.slot(start.toLocalDate(), start.getHour());
        assertThat(offerExpiry(room, slot, "citizen1821", "citizen1822"))
                .as("the room takes bookings up to the slot's start")
                .isEqualTo(start.toInstant());
        LotteryRounds.unpublish(http, room);
    }

    @Test
    void anOfferIsHeldForTheResourcesOwnClaimWindow() {
        var body = ResourceBodies.openEveryHour("대기 시험 회의실 " + UUID.randomUUID());
        body.put("cancellation", Map.of("refundPercentByDaysBefore", Map.of("0", 100), "waitlistClaimHours", 2));
        var created = ApiCalls.post(
                http, "/api/v1/admin/resources", token(http, LotteryRounds.STAFF), body, HttpStatus.CREATED);
        assertThat(created.get("cancellation"))
                .isEqualTo(Map.of(
                        "refundPercentByDaysBefore",
                        Map.of("0", 100),
                        "paymentDeadlineHours",
                        24,
                        "waitlistClaimHours",
                        2));
        var room = (String) created.get("id");
        var slot = LotteryRounds.slot(TestClock.today().plusDays(3), 10);
        assertThat(offerExpiry(room, slot, "citizen1826", "citizen1827"))
                .as("the room's two hours, not the default day")
                .isCloseTo(TestClock.now().plus(Duration.ofHours(2)), within());
        LotteryRounds.unpublish(http, room);
    }

    @Test
    void twoSlotsFreedAtOnceGoToTwoDifferentAccounts() throws Exception {
        var body = ResourceBodies.openEveryHour("대기 시험 주차장 " + UUID.randomUUID());
        body.put("category", "주차장");
        body.put("kind", "POOLED");
        body.put("quantity", 2);
        var lot = (String) ApiCalls.post(
                        http, "/api/v1/admin/resources", token(http, LotteryRounds.STAFF), body, HttpStatus.CREATED)
                .get("id");
        var slot = LotteryRounds.slot(TestClock.today().plusDays(6), 9);
        var bookings = List.of(book(lot, slot, "citizen1831"), book(lot, slot, "citizen1832"));
        var waiting = List.of("citizen1833", "citizen1834", "citizen1835");
        for (var username : waiting) {
            ApiCalls.post(http, WAITLIST, token(http, username), join(lot, slot), HttpStatus.CREATED);
        }
        var owners = List.of("citizen1831", "citizen1832");
        var tokens = owners.stream().map(owner -> token(http, owner)).toList();

        Race.run(
                2,
                index -> ApiCalls.post(
                        http,
                        "/api/v1/reservations/" + bookings.get(index) + "/cancel",
                        tokens.get(index),
                        Map.of(),
                        HttpStatus.OK));

        assertThat(offer("citizen1833")).isNotNull();
        assertThat(offer("citizen1834")).isNotNull();
        assertThat(mine("citizen1835"))
                .singleElement()
                .satisfies(
                        entry -> assertThat(entry).containsEntry("offer", null).containsEntry("position", 3));
        assertThat(jdbc.sql("""
                        select count(*) from reservation where resource_id = :lot and status = 'HELD'
                        """)
                        .param("lot", Long.parseLong(lot))
                        .query(Integer.class)
                        .single())
                .as("two units, two holds")
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(distinct account_id) from reservation where resource_id = :lot and status = 'HELD'
                        """)
                        .param("lot", Long.parseLong(lot))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        LotteryRounds.unpublish(http, lot);
    }

    /** When the offer ends that the waiting account receives once the booker's booking of the slot is cancelled. */
    private java.time.Instant offerExpiry(String room, Map<String, Object> slot, String booker, String waiting) {
        var taken = book(room, slot, booker);
        ApiCalls.post(http, WAITLIST, token(http, waiting), join(room, slot), HttpStatus.CREATED);
        ApiCalls.post(http, "/api/v1/reservations/" + taken + "/cancel", token(http, booker), Map.of(), HttpStatus.OK);
        return OffsetDateTime.parse((String) offer(waiting).get("expiresAt")).toInstant();
    }

    private String book(String resource, Map<String, Object> slot, String username) {
        return (String) ApiCalls.post(
                        http,
                        "/api/v1/reservations",
                        token(http, username),
                        bookingOf(resource, slot),
                        HttpStatus.CREATED)
                .get("id");
    }

    private static Map<String, Object> bookingOf(String resource, Map<String, Object> slot) {
        return ApiCalls.booking(resource, (String) slot.get("start"), (String) slot.get("end"), 1, null);
    }

    private static Map<String, Object> join(String resource, Map<String, Object> slot) {
        return Map.of("resourceId", resource, "start", slot.get("start"), "end", slot.get("end"));
    }

    private List<Map<String, Object>> mine(String username) {
        return http.get()
                .uri(MINE)
                .header("Authorization", token(http, username))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ApiCalls.JSON_LIST)
                .returnResult()
                .getResponseBody();
    }

    /** The account's only offer: its booking and expiry. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> offer(String username) {
        var entries = mine(username);
        assertThat(entries).hasSize(1);
        var offer = (Map<String, Object>) entries.getFirst().get("offer");
        assertThat(offer).as("offered to " + username).isNotNull();
        return offer;
    }

    private String status(Map<String, Object> offer) {
        return jdbc.sql("select status from reservation where id = :id")
                .param("id", Long.parseLong((String) offer.get("reservationId")))
                .query(String.class)
                .single();
    }

    private int stored(String room) {
        return jdbc.sql("select count(*) from waitlist_entry where resource_id = :room")
                .param("room", Long.parseLong(room))
                .query(Integer.class)
                .single();
    }

    private int offersTold(String username) {
        return jdbc.sql("""
                        select count(*) from notification n join account a on a.id = n.account_id
                        where a.username = :username and n.kind = 'SLOT_OFFERED'
                        """).param("username", username).query(Integer.class).single();
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return org.assertj.core.api.Assertions.within(5, ChronoUnit.SECONDS);
    }
}
