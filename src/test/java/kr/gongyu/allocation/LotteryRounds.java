package kr.gongyu.allocation;

import static kr.gongyu.ApiCalls.token;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.gongyu.ApiCalls;
import kr.gongyu.ResourceBodies;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Test fixture: a room of Eumseong open 00:00–20:00 every day (20 hour slots a day, a year's booking window), and
 * lottery rounds over it whose window opens now and closes in a day, drawn an hour later.
 */
final class LotteryRounds {

    static final String STAFF = "staff-eumseong";
    static final Duration WINDOW = Duration.ofDays(1);

    private LotteryRounds() {}

    /** A new room of the test's own; its id. */
    static String room(RestTestClient http) {
        var body = ResourceBodies.openEveryHour("추첨 시험 구장 " + UUID.randomUUID());
        var rules = ResourceBodies.rules(List.of(Map.of(
                "days", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), "open", "00:00", "close", "20:00")));
        rules.put("closedOnPublicHolidays", false);
        rules.put("closedDates", List.of());
        rules.put("bookingOpensDaysAhead", 365);
        rules.put("bookingClosesHoursBefore", 0);
        body.put("openingRules", rules);
        return (String) ApiCalls.post(http, "/api/v1/admin/resources", token(http, STAFF), body, HttpStatus.CREATED)
                .get("id");
    }

    /** The body of a round over the days from {@code from} to {@code to}, with the pools ({@code name → share}). */
    static Map<String, Object> round(LocalDate from, LocalDate to, int maxChoices, Map<String, Object> pools) {
        var now = TestClock.now();
        var body = new HashMap<String, Object>();
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("applicationsOpen", seoul(now.minusSeconds(60)));
        body.put("applicationsClose", seoul(now.plus(WINDOW)));
        body.put("drawAt", seoul(now.plus(WINDOW).plusSeconds(3600)));
        body.put("maxChoices", maxChoices);
        body.put(
                "pools",
                pools.entrySet().stream()
                        .map(pool -> Map.of("name", pool.getKey(), "share", pool.getValue()))
                        .toList());
        body.put("claimHours", 48);
        body.put("leftoverAt", seoul(now.plus(WINDOW).plus(Duration.ofDays(3))));
        return body;
    }

    /** Creates the round on the room; the answer (201). */
    static Map<String, Object> create(RestTestClient http, String room, Map<String, Object> round) {
        return ApiCalls.post(
                http, "/api/v1/admin/resources/" + room + "/lotteries", token(http, STAFF), round, HttpStatus.CREATED);
    }

    /** A choice: the hour of the day starting at {@code hour}. */
    static Map<String, Object> slot(LocalDate date, int hour) {
        var start = date.atStartOfDay(Seoul.ZONE).plusHours(hour);
        return Map.of(
                "start", start.toOffsetDateTime().toString(),
                "end", start.plusHours(1).toOffsetDateTime().toString());
    }

    static void unpublish(RestTestClient http, String room) {
        ApiCalls.post(http, "/api/v1/admin/resources/" + room + "/unpublish", token(http, STAFF), null, HttpStatus.OK);
    }

    private static String seoul(java.time.Instant instant) {
        return instant.atZone(Seoul.ZONE).toOffsetDateTime().toString();
    }
}
