package kr.gongyu.allocation;

import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Each refusal of the lottery API, provoked through it and asserted by its code, with nothing stored for a refused
 * application; and first-come booking refused while a round covers the slot. The citizens are ones {@link
 * LotteryDrawIT} puts in no pool.
 */
@IntegrationTest
class LotteryRefusalsIT {

    @Autowired
    RestTestClient http;

    private String room;
    private LocalDate day;

    @AfterEach
    void unpublish() {
        if (room != null) {
            LotteryRounds.unpublish(http, room);
        }
    }

    @Test
    void roundsAreCreatedOnlyByTheResourcesStaffWithValidSettings() {
        room = LotteryRounds.room(http);
        day = TestClock.today().plusDays(40);
        var round = LotteryRounds.round(day, day, 2, Map.of("DISABLED", 0.1));
        var path = "/api/v1/admin/resources/" + room + "/lotteries";

        assertThat(ApiCalls.post(http, path, token(http, "staff-danyang"), round, HttpStatus.NOT_FOUND))
                .containsEntry("code", "NOT_FOUND");
        assertThat(ApiCalls.post(http, path, staff(), with(round, "maxChoices", 6), HttpStatus.BAD_REQUEST))
                .containsEntry("code", "INVALID_REQUEST");
        var tooMuch = List.of(Map.of("name", "DISABLED", "share", 0.6), Map.of("name", "RESIDENT", "share", 0.5));
        assertThat(ApiCalls.post(http, path, staff(), with(round, "pools", tooMuch), HttpStatus.BAD_REQUEST))
                .containsEntry("code", "INVALID_REQUEST");
        var unknown = List.of(Map.of("name", "VIP", "share", 0.1));
        assertThat(ApiCalls.post(http, path, staff(), with(round, "pools", unknown), HttpStatus.BAD_REQUEST))
                .containsEntry("code", "INVALID_REQUEST");
        assertThat(ApiCalls.post(
                        http,
                        path,
                        staff(),
                        with(round, "drawAt", round.get("applicationsOpen")),
                        HttpStatus.BAD_REQUEST))
                .containsEntry("code", "INVALID_REQUEST");
        var pastTheWindow = TestClock.today().plusDays(400).toString();
        assertThat(ApiCalls.post(
                        http,
                        path,
                        staff(),
                        with(with(round, "from", pastTheWindow), "to", pastTheWindow),
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "NO_SLOTS");

        var created = LotteryRounds.create(http, room, round);
        assertThat((List<?>) created.get("slots")).hasSize(20);
        assertThat(ApiCalls.get(http, "/api/v1/admin/lotteries/" + created.get("id"), staff()))
                .containsEntry("status", "OPEN")
                .containsEntry("commitment", created.get("commitment"));
        assertThat(ApiCalls.status(http, "/api/v1/admin/lotteries/" + created.get("id"), token(http, "staff-danyang")))
                .isEqualTo(404);
    }

    @Test
    void applicationsAreRefusedWithTheirCodesAndNothingStored() {
        var id = openRound(2, Map.of("DISABLED", 0.1));
        var citizen = token(http, "citizen1806");
        var path = "/api/v1/lotteries/" + id + "/applications";

        refused(citizen, path, application(List.of(LotteryRounds.slot(day, 21)), null), "INVALID_CHOICES");
        refused(
                citizen,
                path,
                application(List.of(LotteryRounds.slot(day, 9), LotteryRounds.slot(day, 9)), null),
                "INVALID_CHOICES");
        var three = List.of(LotteryRounds.slot(day, 9), LotteryRounds.slot(day, 10), LotteryRounds.slot(day, 11));
        refused(citizen, path, application(three, null), "INVALID_CHOICES");
        refused(citizen, path, application(List.of(LotteryRounds.slot(day, 9)), "DISABLED"), "NOT_IN_POOL");
        refused(citizen, path, application(List.of(LotteryRounds.slot(day, 9)), "MULTI_CHILD"), "NOT_IN_POOL");
        assertThat(applications(id)).isZero();

        var first = ApiCalls.post(
                http, path, citizen, application(List.of(LotteryRounds.slot(day, 9)), null), HttpStatus.CREATED);
        assertThat(ApiCalls.post(
                        http,
                        path,
                        citizen,
                        application(List.of(LotteryRounds.slot(day, 10)), null),
                        HttpStatus.CONFLICT))
                .containsEntry("code", "ALREADY_APPLIED");
        ApiCalls.delete(http, path + "/" + first.get("id"), citizen);
        assertThat(applications(id)).isZero();
        var again = ApiCalls.post(
                http, path, citizen, application(List.of(LotteryRounds.slot(day, 10)), null), HttpStatus.CREATED);
        assertThat(applications(id)).isOne();

        TestClock.advance(LotteryRounds.WINDOW.plusMinutes(1));
        refused(
                token(http, "citizen1807"),
                path,
                application(List.of(LotteryRounds.slot(day, 9)), null),
                "OUTSIDE_APPLICATION_WINDOW");
        assertThat(http.delete()
                        .uri(path + "/" + again.get("id"))
                        .header("Authorization", token(http, "citizen1806"))
                        .exchange()
                        .expectStatus()
                        .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                        .expectBody(ApiCalls.JSON)
                        .returnResult()
                        .getResponseBody())
                .containsEntry("code", "OUTSIDE_APPLICATION_WINDOW");
        ApiCalls.post(http, "/api/v1/admin/lotteries/" + id + "/draw", staff(), null, HttpStatus.OK);
        assertThat(ApiCalls.post(http, "/api/v1/admin/lotteries/" + id + "/cancel", staff(), null, HttpStatus.CONFLICT))
                .containsEntry("code", "LOTTERY_DRAWN");
    }

    @Test
    void aCancelledRoundTakesNoApplicationsAndIsNotDrawn() {
        var id = openRound(1, Map.of());
        assertThat(ApiCalls.post(http, "/api/v1/admin/lotteries/" + id + "/cancel", staff(), null, HttpStatus.OK))
                .containsEntry("status", "CANCELLED");
        var path = "/api/v1/lotteries/" + id + "/applications";
        assertThat(ApiCalls.post(
                        http,
                        path,
                        token(http, "citizen1808"),
                        application(List.of(LotteryRounds.slot(day, 9)), null),
                        HttpStatus.CONFLICT))
                .containsEntry("code", "LOTTERY_CANCELLED");
        TestClock.advance(LotteryRounds.WINDOW.plusMinutes(1));
        assertThat(ApiCalls.post(http, "/api/v1/admin/lotteries/" + id + "/draw", staff(), null, HttpStatus.CONFLICT))
                .containsEntry("code", "LOTTERY_CANCELLED");
    }

    @Test
    void aSlotInARoundIsNotBookedFirstComeUntilTheRoundIsCancelled() {
        var id = openRound(1, Map.of());
        var citizen = token(http, "citizen1809");
        var nine = LotteryRounds.slot(day, 9);
        var booking = ApiCalls.booking(room, (String) nine.get("start"), (String) nine.get("end"), 1, null);
        assertThat(ApiCalls.post(http, "/api/v1/reservations", citizen, booking, HttpStatus.CONFLICT))
                .containsEntry("code", "IN_LOTTERY");
        var nextDay = day.plusDays(1).atStartOfDay(Seoul.ZONE).plusHours(9);
        var outside = ApiCalls.booking(
                room,
                nextDay.toOffsetDateTime().toString(),
                nextDay.plusHours(1).toOffsetDateTime().toString(),
                1,
                null);
        ApiCalls.post(http, "/api/v1/reservations", citizen, outside, HttpStatus.CREATED);

        ApiCalls.post(http, "/api/v1/admin/lotteries/" + id + "/cancel", staff(), null, HttpStatus.OK);
        ApiCalls.post(http, "/api/v1/reservations", citizen, booking, HttpStatus.CREATED);
    }

    /** A new room, and a round over one of its days (20 slots), open now; the round's id. */
    private String openRound(int maxChoices, Map<String, Object> pools) {
        room = LotteryRounds.room(http);
        day = TestClock.today().plusDays(40);
        return (String) LotteryRounds.create(http, room, LotteryRounds.round(day, day, maxChoices, pools))
                .get("id");
    }

    private String staff() {
        return token(http, LotteryRounds.STAFF);
    }

    private int applications(String id) {
        return (Integer)
                ApiCalls.get(http, "/api/v1/admin/lotteries/" + id, staff()).get("applications");
    }

    private void refused(String auth, String path, Map<String, Object> body, String code) {
        assertThat(ApiCalls.post(http, path, auth, body, HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", code);
    }

    private static Map<String, Object> application(List<Map<String, Object>> choices, String pool) {
        var body = new HashMap<String, Object>();
        body.put("choices", choices);
        body.put("pool", pool);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        var changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
