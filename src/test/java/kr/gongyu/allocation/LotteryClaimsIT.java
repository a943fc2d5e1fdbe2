package kr.gongyu.allocation;

import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Issue 23, item 4: after the draw each winner holds the slot won until the round's claim deadline and confirms it
 * as any hold; a slot not confirmed in time goes to the next applicant in rank order who chose it, with a fresh claim
 * window; the fairness figures count what was claimed and passed on; at the leftover instant what is left opens
 * first-come.
 */
@IntegrationTest
class LotteryClaimsIT {

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    record Booking(
            long id,
            String username,
            String status,
            @Nullable Instant holdExpiresAt) {}

    @Test
    void aSlotNotConfirmedInTimeGoesToTheNextApplicantInRankOrder() {
        var room = LotteryRounds.room(http);
        var day = TestClock.today().plusDays(20);
        var round = LotteryRounds.create(http, room, LotteryRounds.round(day, day, 1, Map.of()));
        var id = (String) round.get("id");
        var wanted = LotteryRounds.slot(day, 10);
        var other = LotteryRounds.slot(day, 11);
        var applicants = new HashMap<String, String>(); // public id → username
        for (var username : List.of("citizen1801", "citizen1802", "citizen1803")) {
            applicants.put(apply(id, username, wanted), username);
        }
        applicants.put(apply(id, "citizen1804", other), "citizen1804");
        // Offers told before this round (the suite's 2,000-applicant draw includes these citizens): counted from here.
        var toldBefore = new HashMap<String, Integer>();
        applicants.values().forEach(username -> toldBefore.put(username, offersTold(username)));

        TestClock.advance(LotteryRounds.WINDOW.plusMinutes(1));
        ApiCalls.post(
                http, "/api/v1/admin/lotteries/" + id + "/draw", token(http, LotteryRounds.STAFF), null, HttpStatus.OK);
        @SuppressWarnings("unchecked")
        var ranked = ((List<Map<String, Object>>)
                        ApiCalls.get(http, Map.of(), "/api/v1/lotteries/" + id).get("applications"))
                .stream()
                        .filter(one -> ((List<Map<String, Object>>) one.get("choices"))
                                .stream().anyMatch(choice -> start(choice).equals(start(wanted))))
                        .map(one -> applicants.get((String) one.get("publicId")))
                        .toList();
        assertThat(ranked).hasSize(3);

        // The winner holds the slot until the draw instant plus the claim hours (the draw ran before its instant).
        var deadline =
                OffsetDateTime.parse((String) round.get("drawAt")).toInstant().plus(Duration.ofHours(48));
        var first = booking(room, wanted, ranked.get(0)).orElseThrow();
        assertThat(first.status()).isEqualTo("HELD");
        assertThat(first.holdExpiresAt()).isEqualTo(deadline);
        assertThat(booking(room, wanted, ranked.get(1))).isEmpty();
        assertThat(offersTold(ranked.get(0)) - toldBefore.get(ranked.get(0))).isOne();
        var mine = http.get()
                .uri("/api/v1/me/lotteries")
                .header("Authorization", token(http, ranked.get(0)))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ApiCalls.JSON_LIST)
                .returnResult()
                .getResponseBody();
        assertThat(mine)
                .filteredOn(application -> id.equals(application.get("lotteryId")))
                .singleElement()
                .satisfies(application -> assertThat(application)
                        .containsEntry("status", "DRAWN")
                        .containsEntry(
                                "offer",
                                Map.of(
                                        "slot",
                                        application.get("won"),
                                        "reservationId",
                                        String.valueOf(first.id()),
                                        "status",
                                        "HELD")));
        assertThat(ApiCalls.post(
                        http,
                        "/api/v1/reservations",
                        token(http, "citizen1805"),
                        ApiCalls.booking(room, (String) wanted.get("start"), (String) wanted.get("end"), 1, null),
                        HttpStatus.CONFLICT))
                .as("nobody books a won slot first-come")
                .containsEntry("code", "SLOT_UNAVAILABLE");

        // The other slot's winner confirms as with any hold.
        var otherWinner = booking(room, other, "citizen1804").orElseThrow();
        assertThat(ApiCalls.post(
                        http,
                        "/api/v1/reservations/" + otherWinner.id() + "/confirm",
                        token(http, "citizen1804"),
                        null,
                        HttpStatus.OK))
                .containsEntry("status", "CONFIRMED");
        assertThat(figures(id)).containsEntry("claimed", 1).containsEntry("passedOn", 0);

        // The first lets the deadline pass: the second in rank order is offered the slot, for 48 hours from then.
        TestClock.advance(Duration.ofHours(49));
        var second = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> booking(room, wanted, ranked.get(1)), Optional::isPresent)
                .orElseThrow();
        assertThat(booking(room, wanted, ranked.get(0)).orElseThrow().status()).isEqualTo("CANCELLED");
        assertThat(second.status()).isEqualTo("HELD");
        assertThat(second.holdExpiresAt())
                .isAfter(deadline)
                .isBeforeOrEqualTo(TestClock.now().plus(Duration.ofHours(48)));
        assertThat(offersTold(ranked.get(1)) - toldBefore.get(ranked.get(1))).isOne();
        assertThat(figures(id)).containsEntry("claimed", 1).containsEntry("passedOn", 1);

        assertThat(ApiCalls.post(
                        http,
                        "/api/v1/reservations/" + second.id() + "/confirm",
                        token(http, ranked.get(1)),
                        null,
                        HttpStatus.OK))
                .containsEntry("status", "CONFIRMED");
        assertThat(figures(id)).containsEntry("claimed", 2).containsEntry("passedOn", 1);
        assertThat(booking(room, wanted, ranked.get(2)))
                .as("the slot is taken: nothing for the third")
                .isEmpty();

        // A slot nobody won opens first-come at the leftover instant, not before.
        var unwanted = LotteryRounds.slot(day, 12);
        var body = ApiCalls.booking(room, (String) unwanted.get("start"), (String) unwanted.get("end"), 1, null);
        assertThat(ApiCalls.post(http, "/api/v1/reservations", token(http, "citizen1805"), body, HttpStatus.CONFLICT))
                .containsEntry("code", "IN_LOTTERY");
        TestClock.advance(Duration.ofDays(2));
        assertThat(ApiCalls.post(http, "/api/v1/reservations", token(http, "citizen1805"), body, HttpStatus.CREATED))
                .containsEntry("status", "CONFIRMED");
        LotteryRounds.unpublish(http, room);
    }

    private static Instant start(Map<String, Object> slot) {
        return OffsetDateTime.parse((String) slot.get("start")).toInstant();
    }

    private String apply(String lottery, String username, Map<String, Object> choice) {
        return (String) ApiCalls.post(
                        http,
                        "/api/v1/lotteries/" + lottery + "/applications",
                        token(http, username),
                        Map.of("choices", List.of(choice)),
                        HttpStatus.CREATED)
                .get("publicId");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> figures(String lottery) {
        return (Map<String, Object>)
                ApiCalls.get(http, Map.of(), "/api/v1/lotteries/" + lottery).get("figures");
    }

    /** The account's booking of the room at the slot, the latest if several. */
    private Optional<Booking> booking(String room, Map<String, Object> slot, String username) {
        return jdbc
                .sql("""
                        select r.id, a.username, r.status, r.hold_expires_at from reservation r
                        join account a on a.id = r.account_id
                        where r.resource_id = :room and r.starts_at = :start and a.username = :username
                        order by r.id desc
                        """)
                .param("room", Long.parseLong(room))
                .param("start", OffsetDateTime.parse((String) slot.get("start")))
                .param("username", username)
                .query((rs, row) -> new Booking(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list()
                .stream()
                .findFirst();
    }

    private int offersTold(String username) {
        return jdbc.sql("""
                        select count(*) from notification n join account a on a.id = n.account_id
                        where a.username = :username and n.kind = 'SLOT_OFFERED'
                        """).param("username", username).query(Integer.class).single();
    }
}
