package kr.gongyu.api.reservation;

import static kr.gongyu.ApiCalls.JSON;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The booking lifecycle beyond book-and-cancel, through the API: holds that are extended, completed or expire,
 * idempotent retries, weekly series, approval that rejects colliding requests, cancellation by the
 * institution, check-in, and eligibility by organisation type. Each test books a room of its own, which
 * Eumseong's staff create for it, open every day around the clock.
 */
@IntegrationTest
class ReservationLifecycleApiIT {

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    private static final DateTimeFormatter API_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final LocalDate day = TestClock.today().plusDays(2);

    @Test
    void aHoldKeepsTheSlotIsExtendedAndIsCompletedWithTheHeadcount() {
        var room = newRoom(body -> {});
        var citizen = token(http, "citizen0800");
        var hold = request(room, at(10), at(11));
        hold.put("hold", true);
        var held = book(citizen, hold, null, HttpStatus.CREATED);
        assertThat(held).containsEntry("status", "HELD").containsEntry("holdExtensionsLeft", 10);
        var expires = OffsetDateTime.parse((String) held.get("holdExpiresAt"));
        assertThat(Duration.between(TestClock.now(), expires)).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
        assertThat(remaining(room, day, "T10:00")).as("a held slot is taken").isZero();
        assertThat(book(token(http, "citizen0801"), request(room, at(10), at(11)), null, HttpStatus.CONFLICT))
                .containsEntry("code", "SLOT_UNAVAILABLE");

        var id = (String) held.get("id");
        post("/api/v1/reservations/" + id + "/extend", token(http, "citizen0801"), null, HttpStatus.NOT_FOUND);
        var extended = post("/api/v1/reservations/" + id + "/extend", citizen, null, HttpStatus.OK);
        assertThat(extended).containsEntry("holdExtensionsLeft", 9).containsEntry("status", "HELD");
        assertThat(post(
                        "/api/v1/reservations/" + id + "/confirm",
                        citizen,
                        Map.of("headcount", 50),
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "CAPACITY_EXCEEDED");
        var confirmed = post(
                "/api/v1/reservations/" + id + "/confirm",
                citizen,
                Map.of("headcount", 8, "purpose", "주민 모임"),
                HttpStatus.OK);
        assertThat(confirmed)
                .containsEntry("status", "CONFIRMED")
                .containsEntry("headcount", 8)
                .containsEntry("purpose", "주민 모임")
                .containsEntry("holdExpiresAt", null);
        assertThat(post("/api/v1/reservations/" + id + "/confirm", citizen, null, HttpStatus.CONFLICT))
                .containsEntry("code", "INVALID_STATE");
        assertThat(post("/api/v1/reservations/" + id + "/extend", citizen, null, HttpStatus.CONFLICT))
                .containsEntry("code", "INVALID_STATE");
    }

    @Test
    void anExpiredHoldFreesItsSlotAtOnceAndTheJobEndsIt() {
        var room = newRoom(body -> {});
        var citizen = token(http, "citizen0802");
        var hold = request(room, at(12), at(13));
        hold.put("hold", true);
        var id = (String) book(citizen, hold, null, HttpStatus.CREATED).get("id");
        // Move the hold's expiry into the past rather than let ten minutes pass for every test.
        jdbc.sql("update reservation set hold_expires_at = :past where id = :id")
                .param("past", java.sql.Timestamp.from(TestClock.now().minusSeconds(1)))
                .param("id", Long.parseLong(id))
                .update();
        assertThat(remaining(room, day, "T12:00"))
                .as("availability ignores an expired hold")
                .isEqualTo(1);

        var reservation = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> get("/api/v1/reservations/" + id, citizen),
                        found -> "CANCELLED".equals(found.get("status")));
        assertThat(reservation)
                .as("the db-scheduler job ends the hold")
                .containsEntry("status", "CANCELLED")
                .containsEntry("cancelledBy", "EXPIRY");
        assertThat(post("/api/v1/reservations/" + id + "/confirm", citizen, null, HttpStatus.CONFLICT))
                .as("the README's contract: a hold that ran out, whether or not the job has ended it yet")
                .containsEntry("code", "HOLD_EXPIRED");
        assertThat(book(token(http, "citizen0803"), request(room, at(12), at(13)), null, HttpStatus.CREATED))
                .containsEntry("status", "CONFIRMED");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameBookingAndADifferentBodyIsRefused() {
        var room = newRoom(body -> {});
        var citizen = token(http, "citizen0804");
        var key = UUID.randomUUID().toString();
        var first = book(citizen, request(room, at(14), at(15)), key, HttpStatus.CREATED);
        var again = book(citizen, request(room, at(14), at(15)), key, HttpStatus.OK);
        assertThat(again.get("id")).isEqualTo(first.get("id"));
        assertThat(book(citizen, request(room, at(15), at(16)), key, HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "IDEMPOTENCY_KEY_REUSED");
        assertThat(String.valueOf(book(citizen, request(room, at(15), at(16)), "two words", HttpStatus.BAD_REQUEST)
                        .get("errors")))
                .contains("field=Idempotency-Key");
        var mine = get("/api/v1/me/reservations", citizen);
        assertThat(mine).as("one booking, not two").containsEntry("total", 1);
        // Another account's key is its own.
        assertThat(book(token(http, "citizen0805"), request(room, at(15), at(16)), key, HttpStatus.CREATED))
                .containsEntry("status", "CONFIRMED");
    }

    @Test
    void aWeeklySeriesBooksEveryFreeWeekAndReportsTheTakenOne() {
        var room = newRoom(body -> {});
        var taken = request(room, at(19, 7), at(21, 7));
        book(token(http, "citizen0806"), taken, null, HttpStatus.CREATED);

        var series = request(room, at(19), at(21));
        series.put("weeks", 4);
        var key = UUID.randomUUID().toString();
        var citizen = token(http, "citizen0807");
        var made = post("/api/v1/reservations/series", citizen, series, HttpStatus.CREATED, key);
        assertThat((List<?>) made.get("booked")).hasSize(3);
        assertThat(String.valueOf(made.get("booked"))).contains("seriesId=" + made.get("seriesId"));
        assertThat(made.get("skipped"))
                .isEqualTo(List.of(Map.of("start", at(19, 7), "end", at(21, 7), "code", "SLOT_UNAVAILABLE")));
        var retried = post("/api/v1/reservations/series", citizen, series, HttpStatus.CREATED, key);
        assertThat(retried.get("booked"))
                .as("a retried series books nothing twice")
                .isEqualTo(made.get("booked"));
        assertThat(get("/api/v1/me/reservations", citizen)).containsEntry("total", 3);

        series.put("weeks", 0);
        assertThat(String.valueOf(post("/api/v1/reservations/series", citizen, series, HttpStatus.BAD_REQUEST, null)
                        .get("errors")))
                .contains("field=weeks");
        series.put("weeks", 27);
        post("/api/v1/reservations/series", citizen, series, HttpStatus.BAD_REQUEST, null);
    }

    @Test
    void approvingOneRequestRejectsTheCompetingOnesThatNoLongerFit() {
        var room = newRoom(body -> body.put("confirmation", "APPROVAL"));
        var first = book(token(http, "citizen0808"), request(room, at(9), at(11)), null, HttpStatus.CREATED);
        var overlapping = book(token(http, "citizen0809"), request(room, at(10), at(12)), null, HttpStatus.CREATED);
        var apart = book(token(http, "citizen0810"), request(room, at(12), at(13)), null, HttpStatus.CREATED);
        assertThat(List.of(first, overlapping, apart))
                .allMatch(r -> r.get("status").equals("PENDING_APPROVAL"));

        var staff = token(http, "staff-eumseong");
        var approval = post("/api/v1/admin/reservations/" + first.get("id") + "/approve", staff, null, HttpStatus.OK);
        assertThat(approval).containsEntry("status", "CONFIRMED").containsEntry("id", first.get("id"));
        assertThat(String.valueOf(approval.get("rejected")))
                .contains("id=" + overlapping.get("id"))
                .doesNotContain("id=" + apart.get("id"));
        assertThat(get("/api/v1/reservations/" + overlapping.get("id"), token(http, "citizen0809")))
                .containsEntry("status", "REJECTED")
                .containsEntry("reason", "같은 시간에 다른 신청이 승인되었습니다. (Another request for this time was approved.)");
        assertThat(get("/api/v1/reservations/" + apart.get("id"), token(http, "citizen0810")))
                .containsEntry("status", "PENDING_APPROVAL");
        assertThat(book(token(http, "citizen0811"), request(room, at(10), at(11)), null, HttpStatus.CONFLICT))
                .containsEntry("code", "SLOT_UNAVAILABLE");
    }

    @Test
    void theInstitutionCancelsForPublicNeedWithAFullRefund() {
        var room = newRoom(body -> {
            body.put("free", false);
            body.put("fee", Map.of("amount", 10000, "per", "HOUR"));
        });
        var citizen = token(http, "citizen0812");
        var booked = book(citizen, request(room, at(16), at(17)), null, HttpStatus.CREATED);
        var staff = token(http, "staff-eumseong");
        var path = "/api/v1/admin/reservations/" + booked.get("id") + "/cancel";
        post(path, staff, Map.of(), HttpStatus.BAD_REQUEST);
        post(path, token(http, "staff-suwon"), Map.of("reason", "남의 예약"), HttpStatus.NOT_FOUND);
        var cancelled = post(path, staff, Map.of("reason", "긴급 방역 소독"), HttpStatus.OK);
        assertThat(cancelled)
                .containsEntry("status", "CANCELLED")
                .containsEntry("cancelledBy", "INSTITUTION")
                .containsEntry("reason", "긴급 방역 소독")
                .containsEntry("refund", Map.of("amount", 10000, "percent", 100));
        assertThat(post(path, staff, Map.of("reason", "두 번"), HttpStatus.CONFLICT))
                .containsEntry("code", "INVALID_STATE");
    }

    @Test
    void staffCheckInFromHalfAnHourBeforeTheStartAndNotBefore() {
        var room = newRoom(body -> {});
        var citizen = token(http, "citizen0813");
        // The first quarter-hour slot at least a minute away is at most sixteen minutes away: check-in is open.
        var now = ZonedDateTime.now(TestClock.clock()).plusMinutes(1);
        var soon = now.truncatedTo(ChronoUnit.HOURS).plusMinutes(15L * (now.getMinute() / 15 + 1));
        var booked = book(
                citizen,
                request(room, soon.format(API_TIME), soon.plusMinutes(15).format(API_TIME)),
                null,
                HttpStatus.CREATED);
        var later = book(citizen, request(room, at(9), at(10)), null, HttpStatus.CREATED);
        var staff = token(http, "staff-eumseong");
        assertThat(post(
                        "/api/v1/admin/reservations/" + later.get("id") + "/check-in",
                        staff,
                        null,
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "NOT_CHECK_IN_TIME");
        assertThat(post(
                        "/api/v1/admin/reservations/" + later.get("id") + "/no-show",
                        staff,
                        null,
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "NOT_CHECK_IN_TIME");
        var checkedIn =
                post("/api/v1/admin/reservations/" + booked.get("id") + "/check-in", staff, null, HttpStatus.OK);
        assertThat(checkedIn).containsEntry("status", "CHECKED_IN");
        assertThat(checkedIn.get("checkedInAt")).isNotNull();
        assertThat(post("/api/v1/reservations/" + booked.get("id") + "/cancel", citizen, Map.of(), HttpStatus.CONFLICT))
                .as("a booking under way is not cancelled")
                .containsEntry("code", "INVALID_STATE");
    }

    @Test
    void aResourceOpenToKindergartensAdmitsEveryKindergartenAndNoSchool() {
        var room = newRoom(body -> body.put(
                "eligibility",
                Map.of(
                        "type",
                        "ORGANIZATIONS",
                        "organizationIds",
                        List.of(),
                        "organizationTypes",
                        List.of("KINDERGARTEN"))));
        var details = get("/api/v1/admin/resources/" + room, token(http, "staff-eumseong"));
        assertThat(String.valueOf(details.get("eligibility"))).contains("organizationTypes=[KINDERGARTEN]");
        assertThat(book(token(http, "org-samcheok-kinder01"), request(room, at(9), at(10)), null, HttpStatus.CREATED))
                .containsEntry("status", "CONFIRMED");
        for (var refused : List.of("org-gangneung-school01", "citizen0814")) {
            assertThat(book(
                            token(http, refused),
                            request(room, at(10), at(11)),
                            null,
                            HttpStatus.UNPROCESSABLE_CONTENT))
                    .as(refused)
                    .containsEntry("code", "NOT_ELIGIBLE");
        }
        var forAnother = request(room, at(11), at(12));
        forAnother.put("organizationId", "999999999");
        assertThat(book(token(http, "org-samcheok-kinder01"), forAnother, null, HttpStatus.UNPROCESSABLE_CONTENT))
                .as("an account books only for its own organisation")
                .containsEntry("code", "NOT_ELIGIBLE");
    }

    /** A free room of Eumseong open every day around the clock in quarter hours, with the test's changes. */
    private String newRoom(Consumer<Map<String, Object>> change) {
        var body = ResourceBodies.meetingRoom("시험 회의실 " + UUID.randomUUID());
        body.put("free", true);
        body.remove("fee");
        var rules = ResourceBodies.rules(List.of(Map.of(
                "days", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), "open", "00:00", "close", "24:00")));
        rules.put("closedOnPublicHolidays", false);
        rules.put("closedDates", List.of());
        rules.put("slotMinutes", 15);
        rules.put("maxSlots", 16);
        rules.put("bookingClosesHoursBefore", 0);
        body.put("openingRules", rules);
        body.put("quota", Map.of());
        change.accept(body);
        return (String) post("/api/v1/admin/resources", token(http, "staff-eumseong"), body, HttpStatus.CREATED)
                .get("id");
    }

    private String at(int hour) {
        return at(hour, 0);
    }

    /** The hour of the test's day, so many days later, as the API writes times. */
    private String at(int hour, int daysLater) {
        return day.plusDays(daysLater).atTime(hour, 0).atZone(Seoul.ZONE).format(API_TIME);
    }

    private static Map<String, Object> request(String resource, String start, String end) {
        return ApiCalls.booking(resource, start, end, 1, null);
    }

    private Map<String, Object> book(String auth, Map<String, Object> body, @Nullable String key, HttpStatus expected) {
        return post("/api/v1/reservations", auth, body, expected, key);
    }

    private Map<String, Object> post(String path, String auth, @Nullable Object body, HttpStatus expected) {
        return ApiCalls.post(http, path, auth, body, expected);
    }

    private Map<String, Object> post(
            String path, String auth, @Nullable Object body, HttpStatus expected, @Nullable String key) {
        return ApiCalls.post(http, path, auth, body, expected, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    private Map<String, Object> get(String path, String auth) {
        return ApiCalls.get(http, path, auth);
    }

    private int remaining(String resource, LocalDate date, String time) {
        var calendar = http.get()
                .uri("/api/v1/resources/{id}/availability?from={d}&to={d}", resource, date, date)
                .exchange()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        @SuppressWarnings("unchecked")
        var days = (List<Map<String, Object>>) calendar.get("days");
        @SuppressWarnings("unchecked")
        var slots = (List<Map<String, Object>>) days.getFirst().get("slots");
        return slots.stream()
                .filter(slot -> ((String) slot.get("start")).startsWith(date + time))
                .map(slot -> (Integer) slot.get("remaining"))
                .findFirst()
                .orElseThrow();
    }
}
