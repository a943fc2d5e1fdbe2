package kr.gongyu.web;

import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.TestClock;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The calendar feeds, fetched as a calendar app does (no log-in, no cookie) and read back by ical4j: an account's
 * own bookings at the address its account page shows, which a new address or turning it off makes not found; and
 * a published resource's booked times, saying nothing of who booked.
 */
@IntegrationTest
class CalendarFeedsIT {

    private static final Pattern FEED = Pattern.compile("/calendar/([A-Za-z0-9_-]{43})\\.ics");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    RestTestClient http;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void unpublishTheTestsResources() {
        created.forEach(id -> ApiCalls.post(
                http,
                "/api/v1/admin/resources/" + id + "/unpublish",
                token(http, "staff-eumseong"),
                null,
                HttpStatus.OK));
    }

    @Test
    void anAccountsFeedListsItsBookingsUntilItsAddressIsReplacedOrTurnedOff() throws Exception {
        var citizen = "citizen1990";
        var room = room();
        var day = TestClock.today().plusDays(12);
        var first = book(citizen, room, day, 9);
        var second = book(citizen, room, day.plusDays(1), 9);
        var cancelled = book(citizen, room, day.plusDays(2), 9);
        ApiCalls.post(
                http,
                "/api/v1/reservations/" + cancelled + "/cancel",
                token(http, citizen),
                Map.of("reason", "일정 변경"),
                HttpStatus.OK);

        var session = LogInForm.submit(http, LogInForm.open(http, null), citizen, ApiCalls.DEMO_PASSWORD, null)
                .sessionCookie();
        var page = page(session, "/my/account");
        assertThat(FEED.matcher(page).find()).as("no feed yet").isFalse();
        post(session, page, "/my/account/calendar-feed");
        page = page(session, "/my/account?feedRenewed");
        var token = feedToken(page);
        assertThat(page).contains("내 예약 캘린더 구독").contains("data-copy-link");

        var feed = http.get()
                .uri("/calendar/" + token + ".ics")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.parseMediaType("text/calendar"))
                .expectHeader()
                .valueMatches(HttpHeaders.CONTENT_TYPE, "(?i)text/calendar;\\s*charset=utf-8")
                .expectHeader()
                .valueMatches(HttpHeaders.CACHE_CONTROL, "max-age=\\d+, private")
                .expectHeader()
                .doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(uids(calendar(feed)))
                .contains("reservation-" + first + "@gongyu.kr", "reservation-" + second + "@gongyu.kr")
                .doesNotContain("reservation-" + cancelled + "@gongyu.kr");

        post(session, page, "/my/account/calendar-feed");
        page = page(session, "/my/account?feedRenewed");
        var renewed = feedToken(page);
        assertThat(renewed).isNotEqualTo(token);
        http.get().uri("/calendar/" + token + ".ics").exchange().expectStatus().isNotFound();
        http.get()
                .uri("/calendar/" + renewed + ".ics")
                .exchange()
                .expectStatus()
                .isOk();

        post(session, page, "/my/account/calendar-feed/revoke");
        assertThat(page(session, "/my/account?feedRevoked")).contains("구독 주소를 없앴습니다.");
        http.get()
                .uri("/calendar/" + renewed + ".ics")
                .exchange()
                .expectStatus()
                .isNotFound();
        http.get().uri("/calendar/x.ics").exchange().expectStatus().isNotFound();
    }

    @Test
    void aResourcesFeedShowsBookedTimesAndNothingOfWhoBooked() throws Exception {
        var citizen = "citizen1991";
        var room = room();
        var day = TestClock.today().plusDays(13);
        var booking = book(citizen, room, day, 15);
        var me = ApiCalls.get(http, "/api/v1/me", token(http, citizen));

        var feed = http.get()
                .uri("/calendar/resources/" + room + ".ics")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches(HttpHeaders.CONTENT_TYPE, "(?i)text/calendar;\\s*charset=utf-8")
                .expectHeader()
                .valueMatches(HttpHeaders.CACHE_CONTROL, "max-age=\\d+, public")
                .expectHeader()
                .doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        var calendar = calendar(feed);
        assertThat(uids(calendar)).containsExactly("reservation-" + booking + "@gongyu.kr");
        var event = calendar.getComponent(Component.VEVENT).orElseThrow();
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("예약됨");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(day.toString().replace("-", "") + "T150000");
        var text = new String(feed, StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(text)
                .doesNotContain(citizen)
                .doesNotContain((String) me.get("name"))
                .doesNotContain("@gongyu.example")
                .doesNotContain("알림 시험")
                .doesNotContain("/my/reservations");
        if (me.get("phone") != null) {
            assertThat(text).doesNotContain((String) me.get("phone"));
        }

        http.get()
                .uri("/calendar/resources/999999999.ics")
                .exchange()
                .expectStatus()
                .isNotFound();
        http.get().uri("/calendar/resources/abc.ics").exchange().expectStatus().isNotFound();
        ApiCalls.post(
                http,
                "/api/v1/admin/resources/" + room + "/unpublish",
                token(http, "staff-eumseong"),
                null,
                HttpStatus.OK);
        created.remove(room);
        http.get()
                .uri("/calendar/resources/" + room + ".ics")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private String room() {
        var body = ResourceBodies.openEveryHour(
                "피드 시험실 " + UUID.randomUUID().toString().substring(0, 8));
        var id = (String)
                ApiCalls.post(http, "/api/v1/admin/resources", token(http, "staff-eumseong"), body, HttpStatus.CREATED)
                        .get("id");
        created.add(id);
        return id;
    }

    private String book(String citizen, String resource, java.time.LocalDate day, int hour) {
        var body = ApiCalls.booking(
                resource,
                day + "T%02d:00:00+09:00".formatted(hour),
                day + "T%02d:00:00+09:00".formatted(hour + 1),
                1,
                2);
        body.put("purpose", "알림 시험");
        return (String) ApiCalls.post(http, "/api/v1/reservations", token(http, citizen), body, HttpStatus.CREATED)
                .get("id");
    }

    private String page(String session, String path) {
        return http.get()
                .uri(path)
                .header(HttpHeaders.COOKIE, session)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
    }

    /** Posts one of the page's forms with the page's CSRF token. */
    private void post(String session, String page, String path) {
        var matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the page's forms carry a CSRF token").isTrue();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("_csrf", matcher.group(1));
        PageForms.submit(http, session, path, form);
    }

    private static String feedToken(String page) {
        var matcher = FEED.matcher(page);
        assertThat(matcher.find()).as("the page shows the feed's address").isTrue();
        return matcher.group(1);
    }

    private static Calendar calendar(byte[] ics) throws Exception {
        for (var line : new String(ics, StandardCharsets.UTF_8).split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT).stream()
                .map(event -> event.getProperty(Property.UID).orElseThrow().getValue())
                .toList();
    }
}
