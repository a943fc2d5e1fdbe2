package kr.gongyu.api.reservation;

import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.Race;
import kr.gongyu.ResourceBodies;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The booking endpoint raced over HTTP, controller, security and JSON included: 32 citizens released together
 * ask for one slot of a room and one gets it; 16 retries of one request under one idempotency key all get the
 * same booking, stored once. The room is the test's own, so its rows are the test's alone to count.
 */
@IntegrationTest
class BookingEndpointRaceIT {

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    private record Answer(int status, Map<String, Object> body) {}

    @Test
    void thirtyTwoCitizensPostForOneSlotAndOneGetsIt() throws Exception {
        var staff = token(http, "staff-eumseong");
        var room = room(staff);
        try {
            var tokens = new ArrayList<String>();
            for (int n = 0; n < 32; n++) {
                tokens.add(token(http, "citizen%04d".formatted(1100 + n)));
            }
            var body = slot(room);

            var answers = Race.run(tokens.size(), index -> post(tokens.get(index), body, null));

            assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
            assertThat(answers.stream()
                            .filter(a -> a.status() == 409
                                    && "SLOT_UNAVAILABLE".equals(a.body().get("code"))))
                    .hasSize(31);
            assertThat(rows(room)).as("one booking stored").isEqualTo(1);
        } finally {
            unpublish(staff, room);
        }
    }

    @Test
    void sixteenRetriesWithOneIdempotencyKeyGetOneBooking() throws Exception {
        var staff = token(http, "staff-eumseong");
        var room = room(staff);
        try {
            var citizen = token(http, "citizen1140");
            var key = UUID.randomUUID().toString();
            var body = slot(room);

            var answers = Race.run(16, index -> post(citizen, body, key));

            assertThat(answers.stream().map(Answer::status)).containsOnly(200, 201);
            assertThat(answers.stream().filter(a -> a.status() == 201))
                    .as("created once, given back to the others")
                    .hasSize(1);
            assertThat(answers.stream().map(a -> a.body().get("id")).distinct())
                    .hasSize(1)
                    .doesNotContainNull();
            assertThat(rows(room)).as("one booking stored").isEqualTo(1);
        } finally {
            unpublish(staff, room);
        }
    }

    private String room(String staff) {
        return (String) ApiCalls.post(
                        http,
                        "/api/v1/admin/resources",
                        staff,
                        ResourceBodies.openEveryHour("경합 시험 회의실 " + UUID.randomUUID()),
                        HttpStatus.CREATED)
                .get("id");
    }

    private void unpublish(String staff, String room) {
        ApiCalls.post(http, "/api/v1/admin/resources/" + room + "/unpublish", staff, null, HttpStatus.OK);
    }

    private static Map<String, Object> slot(String room) {
        var date = TestClock.today().plusDays(2);
        return ApiCalls.booking(
                room,
                date.atTime(10, 0).atZone(Seoul.ZONE).toOffsetDateTime().toString(),
                date.atTime(11, 0).atZone(Seoul.ZONE).toOffsetDateTime().toString(),
                1,
                null);
    }

    private Answer post(String auth, Map<String, Object> body, @Nullable String key) {
        var request = http.post().uri("/api/v1/reservations").header("Authorization", auth);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        var result = request.contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectBody(ApiCalls.JSON)
                .returnResult();
        return new Answer(result.getStatus().value(), result.getResponseBody());
    }

    /** Every booking row of the test's own room, whatever its status. */
    private long rows(String room) {
        return jdbc.sql("select count(*) from reservation where resource_id = :room")
                .param("room", Long.parseLong(room))
                .query(Long.class)
                .single();
    }
}
