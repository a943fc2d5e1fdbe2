package kr.gongyu.web;

import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.TestClock;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.schedule.Interval;
import kr.gongyu.schedule.VolunteerRoster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The volunteer roster's refusals over HTTP, as a resident meets them on the volunteering page (the roster has
 * no JSON API): signing up twice for one shift, and for a shift that has started. The shifts are of a room the
 * test creates and are cancelled again, so the page's list is as other tests expect it.
 */
@IntegrationTest
class VolunteerRefusalsIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"");

    @Autowired
    RestTestClient http;

    @Autowired
    VolunteerRoster roster;

    private record Session(String cookie, String csrf) {}

    @Test
    void aResidentSigningUpTwiceIsToldSoAndCountsOnce() {
        var staff = token(http, "staff-eumseong");
        var room = room(staff);
        var start = TestClock.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        var shift = roster.offer(room, new Interval(start, start.plus(Duration.ofHours(3))), 2);
        try {
            var resident = logIn("citizen1230");
            assertThat(signUp(resident, shift.id())).contains("signedUp=" + shift.id());
            var again = signUp(resident, shift.id());
            assertThat(again).contains("refused=ALREADY_SIGNED_UP");
            assertThat(page(resident, again)).contains("이미 신청한 근무입니다.");
            assertThat(roster.shift(shift.id()).orElseThrow().volunteers()).hasSize(1);
        } finally {
            roster.cancel(room, shift.id());
            unpublish(staff, room);
        }
    }

    @Test
    void aShiftThatHasStartedTakesNoMoreVolunteers() {
        var staff = token(http, "staff-eumseong");
        var room = room(staff);
        var start = TestClock.now().plus(Duration.ofMinutes(5));
        var shift = roster.offer(room, new Interval(start, start.plus(Duration.ofHours(2))), 1);
        var resident = logIn("citizen1231");
        TestClock.advance(Duration.ofMinutes(10));
        try {
            var refused = signUp(resident, shift.id());
            assertThat(refused).contains("refused=STARTED");
            assertThat(page(resident, refused)).contains("이미 시작한 근무는 바꿀 수 없습니다.");
            assertThat(roster.shift(shift.id()).orElseThrow().volunteers()).isEmpty();
        } finally {
            roster.cancel(room, shift.id());
            unpublish(staff, room);
        }
    }

    private ResourceId room(String staff) {
        var id = (String) ApiCalls.post(
                        http,
                        "/api/v1/admin/resources",
                        staff,
                        ResourceBodies.openEveryHour("봉사 시험 회의실 " + UUID.randomUUID()),
                        HttpStatus.CREATED)
                .get("id");
        return new ResourceId(Long.parseLong(id));
    }

    private void unpublish(String staff, ResourceId room) {
        ApiCalls.post(http, "/api/v1/admin/resources/" + room + "/unpublish", staff, null, HttpStatus.OK);
    }

    /** Logs in with the page's form; the session's cookie, and a CSRF token of the logged-in session. */
    private Session logIn(String username) {
        var loggedIn = LogInForm.submit(http, LogInForm.open(http, null), username, ApiCalls.DEMO_PASSWORD, null);
        var cookie = loggedIn.sessionCookie();
        return new Session(cookie, csrf(page(new Session(cookie, ""), "/volunteer")));
    }

    /** Posts the sign-up form of the volunteering page; where it sends the resident back. */
    private String signUp(Session session, long shift) {
        var body = new LinkedMultiValueMap<String, String>();
        return submit(session, "/volunteer/" + shift + "/sign-up", body)
                .getResponseHeaders()
                .getLocation()
                .toString();
    }

    private EntityExchangeResult<String> submit(
            Session session, String path, LinkedMultiValueMap<String, String> body) {
        body.add("_csrf", session.csrf());
        return PageForms.submit(http, session.cookie(), path, body);
    }

    private String page(Session session, String location) {
        return http.get()
                .uri(location)
                .header(HttpHeaders.COOKIE, session.cookie())
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
    }

    private static String csrf(String page) {
        var matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
