package kr.gongyu.api;

import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.Seoul;
import kr.gongyu.StandardFiles;
import kr.gongyu.TestClock;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.imports.CatalogImports;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.institution.SharingAgreements;
import kr.gongyu.institution.WhenAgreementEnds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Each refusal the API promises, provoked through the API and asserted by its code: an expired hold, a hold
 * extended once too often, a non-resident, the monthly quota, the monthly release and the closing hours of the
 * booking window, a closure, a partner's day past its agreement, a client asking for too many tokens, and an
 * import just over 30 MB. The rooms are the tests' own (Eumseong's staff create them, open around the clock on
 * every day, so that only the rule under test refuses), taken out of the catalogue again after each test.
 */
@IntegrationTest
class RefusalCodesIT {

    @Autowired
    RestTestClient http;

    @Autowired
    SharingAgreements agreements;

    @Autowired
    ResourceManagement management;

    private final LocalDate today = TestClock.today();

    /** The resources a test created, with the token of the staff who may unpublish them. */
    private final Map<String, String> created = new HashMap<>();

    @AfterEach
    void unpublishTheTestsResources() {
        created.forEach((id, staff) ->
                ApiCalls.post(http, "/api/v1/admin/resources/" + id + "/unpublish", staff, null, HttpStatus.OK));
    }

    @Test
    void confirmingAHoldAfterItsTenMinutesIsRefusedAsExpired() {
        var citizen = token(http, "citizen1200");
        var id = hold(citizen, 10);
        TestClock.advance(Duration.ofMinutes(11));
        var confirm = "/api/v1/reservations/" + id + "/confirm";
        var completion = Map.of("headcount", 5, "purpose", "늦은 확정");
        assertThat(ApiCalls.post(http, confirm, citizen, completion, HttpStatus.CONFLICT))
                .as("before the job has ended the hold")
                .containsEntry("code", "HOLD_EXPIRED");
        var ended = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> ApiCalls.get(http, "/api/v1/reservations/" + id, citizen),
                        found -> "CANCELLED".equals(found.get("status")));
        assertThat(ended).containsEntry("cancelledBy", "EXPIRY");
        assertThat(ApiCalls.post(http, confirm, citizen, completion, HttpStatus.CONFLICT))
                .as("after the job has ended it: still the booker's expired hold (README)")
                .containsEntry("code", "HOLD_EXPIRED");
    }

    @Test
    void aHoldIsExtendedTenTimesAndNotAnEleventh() {
        var citizen = token(http, "citizen1201");
        var id = hold(citizen, 12);
        var extend = "/api/v1/reservations/" + id + "/extend";
        for (int left = 9; left >= 0; left--) {
            assertThat(ApiCalls.post(http, extend, citizen, null, HttpStatus.OK))
                    .containsEntry("status", "HELD")
                    .containsEntry("holdExtensionsLeft", left);
        }
        assertThat(ApiCalls.post(http, extend, citizen, null, HttpStatus.CONFLICT))
                .containsEntry("code", "HOLD_EXTENSIONS_EXHAUSTED");
        assertThat(ApiCalls.post(
                        http,
                        "/api/v1/reservations/" + id + "/confirm",
                        citizen,
                        Map.of("headcount", 3, "purpose", "열 번 연장"),
                        HttpStatus.OK))
                .as("the hold itself still stands")
                .containsEntry("status", "CONFIRMED");
    }

    @Test
    void aResidentsOnlyRoomAdmitsResidentsOfItsRegionAndRefusesOthers() {
        var resident = token(http, "citizen1210");
        var region = residence(resident);
        String outsider = null;
        for (int n = 1211; outsider == null; n++) {
            var candidate = token(http, "citizen%04d".formatted(n));
            if (!region.equals(residence(candidate))) {
                outsider = candidate;
            }
        }
        var room = room(body -> body.put(
                "eligibility", Map.of("type", "RESIDENTS", "regionCode", region, "organizationIds", List.of())));
        var day = today.plusDays(3);
        refused(outsider, request(room, day, 10, 11), "NOT_ELIGIBLE");
        confirmed(resident, request(room, day, 10, 11));
    }

    @Test
    void theMonthlyQuotaRefusesTheBookingBeyondItInThatMonthOnly() {
        var room = room(body -> body.put("quota", Map.of("maxPerUserPerMonth", 2)));
        var citizen = token(http, "citizen1220");
        // Next month's first days are ahead whatever today is, and the room takes bookings a year ahead.
        var month = today.withDayOfMonth(1).plusMonths(1);
        var first = (String)
                book(citizen, request(room, month, 10, 11), HttpStatus.CREATED).get("id");
        book(citizen, request(room, month.plusDays(1), 10, 11), HttpStatus.CREATED);
        refused(citizen, request(room, month.plusDays(2), 10, 11), "QUOTA_EXCEEDED");
        book(token(http, "citizen1221"), request(room, month.plusDays(2), 10, 11), HttpStatus.CREATED);
        book(citizen, request(room, month.plusMonths(1), 10, 11), HttpStatus.CREATED);
        ApiCalls.post(
                http, "/api/v1/reservations/" + first + "/cancel", citizen, Map.of("reason", "일정 변경"), HttpStatus.OK);
        assertThat(book(citizen, request(room, month.plusDays(2), 12, 13), HttpStatus.CREATED))
                .as("a cancelled booking no longer counts")
                .containsEntry("status", "CONFIRMED");
    }

    @Test
    void aMonthlyReleaseKeepsTheMonthAfterNextClosedUntilItsDay() {
        var room = room(body ->
                openingRules(body).put("bookingRelease", Map.of("dayOfMonth", 1, "at", "10:00", "monthsAhead", 1)));
        var citizen = token(http, "citizen1222");
        // Released on the 1st of next month at 10:00, though well within the 365 days ahead the room allows.
        var unreleased = today.withDayOfMonth(15).plusMonths(2);
        refused(citizen, request(room, unreleased, 10, 11), "OUTSIDE_BOOKING_WINDOW");
        assertThat(ApiCalls.day(http, room, unreleased))
                .containsEntry("open", false)
                .containsEntry("reason", "OUTSIDE_WINDOW");
        // Tomorrow's month was released on the 1st of this month at the latest, and that is past.
        confirmed(citizen, request(room, today.plusDays(1), 10, 11));
    }

    @Test
    void bookingClosesTheHoursBeforeASlotThatTheRulesSay() {
        var room = room(body -> openingRules(body).put("bookingClosesHoursBefore", 48));
        var citizen = token(http, "citizen1223");
        // Every slot of tomorrow starts within 48 hours; every slot of the day after next after them.
        var tomorrow = today.plusDays(1);
        refused(citizen, request(room, tomorrow, 20, 21), "OUTSIDE_BOOKING_WINDOW");
        assertThat(ApiCalls.day(http, room, tomorrow))
                .containsEntry("open", false)
                .containsEntry("reason", "OUTSIDE_WINDOW");
        // The last slot to start within the 48 hours (on a day whose later slots are open, unless it is late).
        var closing = TestClock.now().atZone(Seoul.ZONE).plusHours(47).truncatedTo(ChronoUnit.HOURS);
        refused(
                citizen,
                request(room, closing.toLocalDate(), closing.getHour(), closing.getHour() + 1),
                "OUTSIDE_BOOKING_WINDOW");
        confirmed(citizen, request(room, today.plusDays(3), 10, 11));
    }

    @Test
    void aClosedDateAndADayLongBlockAreClosuresAndAShorterBlockClosesOnlyItsHours() {
        var closedDate = today.plusDays(3);
        var room = room(body -> openingRules(body).put("closedDates", List.of(closedDate.toString())));
        var staff = token(http, "staff-eumseong");
        var blocked = today.plusDays(4);
        var partly = today.plusDays(5);
        block(staff, room, blocked, 0, blocked.plusDays(1), 0);
        block(staff, room, partly, 9, partly, 12);
        var citizen = token(http, "citizen1224");
        for (var closed : List.of(closedDate, blocked)) {
            assertThat(ApiCalls.day(http, room, closed))
                    .as(closed.toString())
                    .containsEntry("open", false)
                    .containsEntry("reason", "CLOSURE");
            assertThat(book(citizen, request(room, closed, 10, 11), HttpStatus.UNPROCESSABLE_CONTENT))
                    .as(closed.toString())
                    .containsEntry("code", "OUTSIDE_OPENING_HOURS");
        }
        assertThat(ApiCalls.day(http, room, partly)).containsEntry("open", true);
        assertThat(ApiCalls.hours(http, room, partly)).doesNotContain(9, 10, 11).contains(8, 12);
        refused(citizen, request(room, partly, 10, 11), "OUTSIDE_OPENING_HOURS");
        confirmed(citizen, request(room, partly, 12, 13));
    }

    @Test
    void aPartnersParkingIsClosedPastItsAgreementsEnd() {
        var resort = token(http, "partner-danyang-resort");
        var partner = institutionOf(resort);
        var site = management.createSite(
                partner, "소백산리조트 거절시험 주차장", "충청북도 단양군 단양읍 삼봉로 196", new RegionCode("43800"), 36.98, 128.35);
        var lastDay = today.plusDays(3);
        agreements.record(
                institutionOf(token(http, "staff-danyang")),
                partner,
                today,
                lastDay,
                "거절 시험",
                WhenAgreementEnds.KEEP_BOOKINGS,
                Set.of(site.id().value()));
        var parking = ResourceBodies.openEveryHour("소백산리조트 거절시험 주차장 A");
        parking.remove("site");
        parking.put("siteId", site.id().toString());
        parking.put("category", "주차장");
        parking.put("kind", "POOLED");
        parking.put("quantity", 20);
        var lot = create(resort, parking);
        var citizen = token(http, "citizen1225");

        confirmed(citizen, request(lot, lastDay, 10, 11));
        var after = lastDay.plusDays(2);
        refused(citizen, request(lot, after, 10, 11), "OUTSIDE_OPENING_HOURS");
        assertThat(ApiCalls.day(http, lot, after))
                .as("the API's four reasons are a contract: OUTSIDE_AGREEMENT is OUTSIDE_WINDOW there")
                .containsEntry("open", false)
                .containsEntry("reason", "OUTSIDE_WINDOW");
        var page = http.get()
                .uri(
                        "/resources/{id}?month={month}&day={day}",
                        lot,
                        after.toString().substring(0, 7),
                        after)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(page).as("the page names the reason").contains("공유협약 기간 아님");
    }

    @Test
    void aClientAskingForMoreThanSixtyTokensAMinuteIsToldTooManyRequests() {
        var codes = new ArrayList<String>();
        for (int n = 0; n <= 60; n++) {
            var answer = http.post()
                    .uri("/api/v1/auth/token")
                    .header("X-Forwarded-For", "203.0.113.91")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("username", "refusal-spray-" + n, "password", "x"))
                    .exchange()
                    .expectBody(ApiCalls.JSON)
                    .returnResult();
            codes.add(
                    answer.getStatus().value() + " " + answer.getResponseBody().get("code"));
        }
        assertThat(codes.subList(0, 60)).containsOnly("401 BAD_CREDENTIALS");
        assertThat(codes.getLast()).isEqualTo("429 TOO_MANY_REQUESTS");
    }

    @Test
    void anImportOfThirtyMegabytesIsReadAndOneByteMoreIsTooLarge() {
        var staff = token(http, "staff-yeongdeungpo");
        var bytes = new byte[CatalogImports.MAX_BYTES + 1];
        new Random(30).nextBytes(bytes);
        assertThat(imported(staff, bytes, HttpStatus.CONTENT_TOO_LARGE))
                .as("one byte over 30 MB, under the server's 31 MB request limit")
                .containsEntry("code", "FILE_TOO_LARGE");
        assertThat(imported(staff, Arrays.copyOf(bytes, CatalogImports.MAX_BYTES), HttpStatus.BAD_REQUEST))
                .as("30 MB exactly passes the size check and is read")
                .containsEntry("code", "NOT_A_CSV");
    }

    private Map<String, Object> imported(String staff, byte[] content, HttpStatus expected) {
        return StandardFiles.upload(http, staff, content, "big.csv")
                .expectStatus()
                .isEqualTo(expected)
                .expectBody(ApiCalls.JSON)
                .returnResult()
                .getResponseBody();
    }

    /** A room of the test's own (see {@link ResourceBodies#openEveryHour}), with the test's changes. */
    private String room(Consumer<Map<String, Object>> change) {
        var body = ResourceBodies.openEveryHour("거절 시험 회의실 " + UUID.randomUUID());
        change.accept(body);
        return create(token(http, "staff-eumseong"), body);
    }

    private String create(String staff, Map<String, Object> body) {
        var id = (String) ApiCalls.post(http, "/api/v1/admin/resources", staff, body, HttpStatus.CREATED)
                .get("id");
        created.put(id, staff);
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> openingRules(Map<String, Object> body) {
        return (Map<String, Object>) body.get("openingRules");
    }

    private void block(String staff, String room, LocalDate from, int fromHour, LocalDate to, int toHour) {
        ApiCalls.post(
                http,
                "/api/v1/admin/resources/" + room + "/blocks",
                staff,
                Map.of("start", at(from, fromHour), "end", at(to, toHour), "note", "내부 행사"),
                HttpStatus.CREATED);
    }

    private String residence(String citizen) {
        return (String) ApiCalls.get(http, "/api/v1/me", citizen).get("residenceRegionCode");
    }

    /** The institution of the staff account, as the console API shows it. */
    private InstitutionId institutionOf(String staff) {
        return new InstitutionId(Long.parseLong(
                (String) ApiCalls.get(http, "/api/v1/admin/institution", staff).get("id")));
    }

    private static Map<String, Object> request(String resource, LocalDate date, int from, int to) {
        return ApiCalls.booking(resource, at(date, from), at(date, to), 1, null);
    }

    /** Holds an hour of the day after tomorrow in a room of the test's own; the hold's id. */
    private String hold(String citizen, int hour) {
        var hold = request(room(body -> {}), today.plusDays(2), hour, hour + 1);
        hold.put("hold", true);
        return (String) book(citizen, hold, HttpStatus.CREATED).get("id");
    }

    /** Books and expects the refusal with its code (422). */
    private void refused(String auth, Map<String, Object> body, String code) {
        assertThat(book(auth, body, HttpStatus.UNPROCESSABLE_CONTENT)).containsEntry("code", code);
    }

    private void confirmed(String auth, Map<String, Object> body) {
        assertThat(book(auth, body, HttpStatus.CREATED)).containsEntry("status", "CONFIRMED");
    }

    private Map<String, Object> book(String auth, Map<String, Object> body, HttpStatus expected) {
        return ApiCalls.post(http, "/api/v1/reservations", auth, body, expected);
    }

    private static String at(LocalDate date, int hour) {
        return date.atStartOfDay(Seoul.ZONE).plusHours(hour).toOffsetDateTime().toString();
    }
}
