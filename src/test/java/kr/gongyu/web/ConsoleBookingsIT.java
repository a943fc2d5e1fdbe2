package kr.gongyu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import kr.gongyu.identity.PersonName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Staff in a real browser: Suwon's approval queue with each request's collisions, approving (and the
 * competing request rejected with it), rejecting with a reason; the day and week calendar with check-in (on a
 * room of Eumseong's open all day, since check-in needs a booking about to start); and another institution's
 * staff kept out. Each test books a room or a time of its own, with citizens 1950–1959 whom no other test
 * uses. Every page passes axe-core and is photographed, and every
 * staff action is in the audit log.
 */
@IntegrationTest
class ConsoleBookingsIT extends BrowserTest {

    private static final DateTimeFormatter API_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    private final LocalDate day = TestClock.today().plusDays(3);

    @Test
    void suwonsStaffSeeTheCollisionAndApproveAPendingRequest() {
        var slot = suwonApprovalSlot(0);
        var room = slot.resource();
        var first = book("citizen1950", room, slot.start(), slot.end(), 3, "주민 독서 모임");
        var competing = book("citizen1951", room, slot.start(), slot.end(), 2, "동아리 회의");
        assertThat(first).containsEntry("status", "PENDING_APPROVAL");
        assertThat(competing).containsEntry("status", "PENDING_APPROVAL");

        logIn("staff-suwon");
        page.navigate(url("/console/approvals?resource=" + room));
        var card = page.locator("#request-" + first.get("id"));
        assertThat(card).containsText(masked("citizen1950"));
        assertThat(card.locator(".gongyu-purpose")).hasText("주민 독서 모임");
        assertThat(card.locator(".gongyu-headcount")).hasText("3명");
        assertThat(card.locator(".gongyu-collisions")).containsText(masked("citizen1951"));
        assertThat(card.locator(".gongyu-collisions")).containsText("승인 대기");
        check("console-approvals-ko");

        card.locator("form[action$=approve] button").click();
        assertThat(page.locator("#approved")).containsText(masked("citizen1950"));
        assertThat(page.locator("#approved .gongyu-auto-rejected")).containsText(masked("citizen1951"));
        assertThat(page.locator("#request-" + first.get("id"))).hasCount(0);
        assertThat(page.locator("#request-" + competing.get("id"))).hasCount(0);
        check("console-approved-ko");

        // Confirmed, or waiting for its payment where the room has a fee.
        var free = (Boolean)
                ApiCalls.get(http, Map.of(), "/api/v1/resources/{id}", room).get("free");
        assertThat(ApiCalls.get(http, "/api/v1/reservations/" + first.get("id"), token("citizen1950")))
                .containsEntry("status", free ? "CONFIRMED" : "PAYMENT_DUE");
        assertThat(ApiCalls.get(http, "/api/v1/reservations/" + competing.get("id"), token("citizen1951")))
                .containsEntry("status", "REJECTED");

        await().untilAsserted(() -> assertThat(audited("staff-suwon", "POST /console/approvals/{id}/approve", first))
                .isEqualTo(1));

        // Approved meanwhile (here, by this very page a moment ago): said so, not a failure.
        var again = postForm("/console/approvals/" + first.get("id") + "/approve?resource=" + room);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).contains("그사이 이 신청의 상태가 바뀌었습니다");
    }

    @Test
    void aRejectionNeedsAReasonAndTheQueueReadsInEnglish() {
        var slot = suwonApprovalSlot(1);
        var room = slot.resource();
        var request = book("citizen1952", room, slot.start(), slot.end(), 3, "요가");

        logIn("staff-suwon");
        page.navigate(url("/console/approvals?resource=" + room));
        var field = page.locator("#reason-" + request.get("id"));
        field.fill("   ");
        page.locator("#request-" + request.get("id") + " form[action$=reject] button")
                .click();
        assertThat(field).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#reason-" + request.get("id") + "-error")).containsText("반려 사유");
        assertThat(page.locator("#error-summary")).isVisible();
        check("console-reject-error-ko");

        page.navigate(url("/console/approvals?resource=" + room + "&lang=en"));
        assertThat(page.locator("h1")).hasText("Requests waiting for approval");
        check("console-approvals-en");

        page.locator("#reason-" + request.get("id")).fill("시설 점검 일정과 겹칩니다.");
        page.locator("#request-" + request.get("id") + " form[action$=reject] button")
                .click();
        assertThat(page.locator("#rejected")).containsText(masked("citizen1952"));
        assertThat(ApiCalls.get(http, "/api/v1/reservations/" + request.get("id"), token("citizen1952")))
                .containsEntry("status", "REJECTED")
                .containsEntry("reason", "시설 점검 일정과 겹칩니다.");
    }

    @Test
    void theDayViewChecksInWhenItIsTimeAndSaysWhenItIsTooEarly() {
        var room = roomOpenAllDay();
        // The first quarter-hour slot at least a minute away is at most sixteen minutes away: check-in is open.
        var now = ZonedDateTime.now(TestClock.clock()).plusMinutes(1);
        var soon = now.truncatedTo(ChronoUnit.HOURS).plusMinutes(15L * (now.getMinute() / 15 + 1));
        var arriving = book(
                "citizen1953", room, soon.format(API_TIME), soon.plusMinutes(15).format(API_TIME), 2, "회의");
        var later = book("citizen1954", room, at(day, 9, 0), at(day, 10, 0), 5, "강연");
        assertThat(arriving).containsEntry("status", "CONFIRMED");

        logIn("staff-eumseong");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/console$"));
        page.navigate(url("/console/calendar?view=day&date=" + soon.toLocalDate() + "&resource=" + room));
        var booking = page.locator("#booking-" + arriving.get("id"));
        assertThat(booking).containsText(masked("citizen1953"));
        check("console-calendar-day-ko");
        booking.locator("form[action$=check-in] button").click();
        assertThat(page.locator("#done")).containsText("입실을 확인했습니다");
        assertThat(page.locator("#booking-" + arriving.get("id"))).containsText("입실");
        assertThat(ApiCalls.get(http, "/api/v1/reservations/" + arriving.get("id"), token("citizen1953")))
                .containsEntry("status", "CHECKED_IN");

        // A booking days away offers neither check-in nor no-show.
        page.navigate(url("/console/calendar?view=day&date=" + day + "&resource=" + room));
        assertThat(page.locator("#booking-" + later.get("id"))).containsText(masked("citizen1954"));
        assertThat(page.locator("#booking-" + later.get("id") + " form")).hasCount(0);
        assertThat(ApiCalls.get(http, "/api/v1/reservations/" + later.get("id"), token("citizen1954")))
                .containsEntry("status", "CONFIRMED");

        page.navigate(url("/console/calendar?date=" + day + "&resource=" + room));
        assertThat(page.locator(".gongyu-week-grid")).containsText(masked("citizen1954"));
        check("console-calendar-week-ko");
        page.navigate(url("/console/calendar"));
        assertThat(page.locator("#period")).isVisible();
        check("console-calendar-today-ko");
    }

    @Test
    void anotherInstitutionsStaffCannotActOnSuwonsBookings() {
        var slot = suwonApprovalSlot(2);
        var room = slot.resource();
        var pending = book("citizen1955", room, slot.start(), slot.end(), 2, "회의");

        logIn("staff-sejong");
        page.navigate(url("/console/approvals?resource=" + room));
        assertThat(page.locator("#request-" + pending.get("id"))).hasCount(0);
        for (var action : List.of("/console/approvals/%s/approve", "/console/calendar/%s/check-in")) {
            assertThat(postForm(action.formatted(pending.get("id"))).status())
                    .as(action)
                    .isEqualTo(404);
        }
        assertThat(postForm("/console/approvals/" + pending.get("id") + "/reject", Map.of("reason", "남의 신청"))
                        .status())
                .isEqualTo(404);
        assertThat(ApiCalls.get(http, "/api/v1/reservations/" + pending.get("id"), token("citizen1955")))
                .containsEntry("status", "PENDING_APPROVAL");
        await().untilAsserted(() -> assertThat(audited("staff-sejong", "POST /console/calendar/{id}/check-in", pending))
                .isEqualTo(1));
    }

    /** How often the audit log has the staff member's action on the booking. */
    private long audited(String username, String action, Map<String, Object> booking) {
        return jdbc.sql("""
                        select count(*) from audit_event
                         where actor_username = :username and action = :action and target = :target
                        """)
                .param("username", username)
                .param("action", action)
                .param("target", "{id=" + booking.get("id") + "}")
                .query(Long.class)
                .single();
    }

    /** A form posted from the current page's session, with its CSRF token, following the redirect. */
    private com.microsoft.playwright.APIResponse postForm(String path) {
        return postForm(path, Map.of());
    }

    private com.microsoft.playwright.APIResponse postForm(String path, Map<String, String> fields) {
        var form =
                FormData.create().set("_csrf", page.locator("meta[name=_csrf]").getAttribute("content"));
        fields.forEach(form::set);
        return page.request().post(url(path), RequestOptions.create().setForm(form));
    }

    /** A free hour of a room of Suwon's demo catalogue. */
    private record Slot(String resource, String start, String end) {}

    /**
     * The first free hour, a week or more ahead, of the n-th from last of Suwon's demo spaces that need approval
     * and are open to everyone: other tests book only resources confirmed at once, so each test here has a
     * room and a time no other test asks for; and no test's count of Suwon's catalogue changes.
     */
    @SuppressWarnings("unchecked")
    private Slot suwonApprovalSlot(int n) {
        var found = getJson("/api/v1/resources?region=41110&confirmation=APPROVAL&kind=SPACE&size=100");
        var ids = ((List<Map<String, Object>>) found.get("items"))
                .stream()
                        .map(item -> (String) item.get("id"))
                        .sorted(Comparator.comparing(Long::valueOf, Comparator.reverseOrder()))
                        .filter(id -> ((Map<String, Object>)
                                        getJson("/api/v1/resources/" + id).get("eligibility"))
                                .get("type")
                                .equals("EVERYONE"))
                        .toList();
        var resource = ids.get(n);
        var from = TestClock.today().plusDays(7);
        var calendar =
                getJson("/api/v1/resources/%s/availability?from=%s&to=%s".formatted(resource, from, from.plusDays(20)));
        for (var date : (List<Map<String, Object>>) calendar.get("days")) {
            for (var slot : (List<Map<String, Object>>) date.get("slots")) {
                if ((Integer) slot.get("remaining") > 0) {
                    return new Slot(resource, (String) slot.get("start"), (String) slot.get("end"));
                }
            }
        }
        throw new AssertionError("No free hour of Suwon's resource " + resource);
    }

    private Map<String, Object> getJson(String path) {
        return http.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ApiCalls.JSON)
                .returnResult()
                .getResponseBody();
    }

    /**
     * A room of Eumseong's (whose counts no test asserts), open all day every day in quarter-hours, that only
     * this test books: check-in needs a booking about to start, whatever the time the test runs.
     */
    private String roomOpenAllDay() {
        var body = ResourceBodies.meetingRoom("콘솔 시험 회의실 " + UUID.randomUUID());
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
        return (String)
                ApiCalls.post(http, "/api/v1/admin/resources", token("staff-eumseong"), body, HttpStatus.CREATED)
                        .get("id");
    }

    private Map<String, Object> book(
            String username, String room, String start, String end, int headcount, String purpose) {
        var body = new HashMap<>(ApiCalls.booking(room, start, end, 1, headcount));
        body.put("purpose", purpose);
        return ApiCalls.post(http, "/api/v1/reservations", token(username), body, HttpStatus.CREATED);
    }

    private static String at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(Seoul.ZONE).format(API_TIME);
    }

    private String token(String username) {
        return ApiCalls.token(http, username);
    }

    /** The account's name as lists show it. */
    private String masked(String username) {
        return new PersonName(jdbc.sql("select display_name from account where username = :username")
                        .param("username", username)
                        .query(String.class)
                        .single())
                .masked();
    }
}
