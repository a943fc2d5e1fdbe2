package kr.gongyu.api.admin;

import static kr.gongyu.ApiCalls.JSON;
import static kr.gongyu.ApiCalls.JSON_LIST;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import kr.gongyu.TestDays;
import kr.gongyu.schedule.KoreanPublicHolidays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Staff block time for internal use and roster volunteers; operators add holidays; the calendar follows. */
@IntegrationTest
class ScheduleAdminIT {

    @Autowired
    RestTestClient http;

    private final LocalDate today = TestClock.today();

    @Test
    void anInternalUseBlockTakesItsSlotsOutOfTheCalendarUntilRemoved() {
        var staff = token(http, "staff-suwon");
        var room = resource("수원시청 중회의실");
        var saturday = nextOrdinary(today.plusDays(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)));
        var block = send(
                "POST",
                "/api/v1/admin/resources/" + room + "/blocks",
                staff,
                Map.of("start", saturday + "T13:00:00+09:00", "end", saturday + "T18:00:00+09:00", "note", "시 자체 행사"),
                HttpStatus.CREATED);
        assertThat(hours(room, saturday)).containsExactly(9, 10, 11, 12);

        var listed = http.get()
                .uri("/api/v1/admin/resources/{id}/blocks?from={d}&to={d}", room, saturday, saturday)
                .header("Authorization", staff)
                .exchange()
                .expectBody(JSON_LIST)
                .returnResult()
                .getResponseBody();
        assertThat(listed).extracting(b -> b.get("note")).containsExactly("시 자체 행사");

        send(
                "DELETE",
                "/api/v1/admin/resources/" + room + "/blocks/" + block.get("id"),
                staff,
                null,
                HttpStatus.NO_CONTENT);
        assertThat(hours(room, saturday)).hasSize(9);
        send(
                "POST",
                "/api/v1/admin/resources/" + room + "/blocks",
                staff,
                Map.of("start", saturday + "T18:00:00+09:00", "end", saturday + "T13:00:00+09:00", "note", "거꾸로"),
                HttpStatus.BAD_REQUEST);
    }

    @Test
    void aVolunteerSignedUpOpensAnUnstaffedWeekend() {
        var staff = token(http, "staff-sejong");
        var gym = resource("도담동 복합커뮤니티센터 체육관");
        var unstaffed = TestDays.demoWeekendDay(false, today.plusDays(1));
        assertThat(hours(gym, unstaffed)).isEmpty();
        var shift = send(
                "POST",
                "/api/v1/admin/resources/" + gym + "/volunteer-shifts",
                staff,
                Map.of("start", unstaffed + "T09:00:00+09:00", "end", unstaffed + "T13:00:00+09:00", "note", "김*자"),
                HttpStatus.CREATED);
        assertThat(hours(gym, unstaffed)).containsExactly(9, 10, 11, 12);
        send(
                "DELETE",
                "/api/v1/admin/resources/" + gym + "/volunteer-shifts/" + shift.get("id"),
                staff,
                null,
                HttpStatus.NO_CONTENT);
        assertThat(hours(gym, unstaffed)).isEmpty();
    }

    @Test
    void anElectionDayAddedByAnOperatorClosesResourcesClosedOnHolidays() {
        var operator = token(http, "operator");
        var room = resource("수원시청 소회의실");
        var election = nextOrdinary(today.plusDays(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)));
        assertThat(day(room, election)).containsEntry("open", true);

        send(
                "POST",
                "/api/v1/operator/holidays",
                operator,
                Map.of("date", election.toString(), "name", "선거일"),
                HttpStatus.CREATED);
        assertThat(day(room, election)).containsEntry("open", false).containsEntry("reason", "HOLIDAY");
        var year = http.get()
                .uri("/api/v1/operator/holidays?year=" + election.getYear())
                .header("Authorization", operator)
                .exchange()
                .expectBody(JSON_LIST)
                .returnResult()
                .getResponseBody();
        assertThat(year)
                .anySatisfy(h ->
                        assertThat(h).containsEntry("date", election.toString()).containsEntry("name", "선거일"));

        send("DELETE", "/api/v1/operator/holidays/" + election, operator, null, HttpStatus.NO_CONTENT);
        assertThat(day(room, election)).containsEntry("open", true);
        http.post()
                .uri("/api/v1/operator/holidays")
                .header("Authorization", token(http, "staff-suwon"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("date", election.toString(), "name", "몰래"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private String resource(String name) {
        return ApiCalls.resourceNamed(http, name);
    }

    private Map<String, Object> day(String resource, LocalDate date) {
        return ApiCalls.day(http, resource, date);
    }

    private List<Integer> hours(String resource, LocalDate date) {
        return ApiCalls.hours(http, resource, date);
    }

    private Map<String, Object> send(String method, String path, String auth, Object body, HttpStatus expected) {
        var request = http.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path)
                .header("Authorization", auth);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        var result = request.exchange().expectStatus().isEqualTo(expected);
        return expected == HttpStatus.NO_CONTENT
                ? Map.of()
                : result.expectBody(JSON).returnResult().getResponseBody();
    }

    private static LocalDate nextOrdinary(LocalDate date) {
        var day = date;
        while (KoreanPublicHolidays.isHoliday(day) || KoreanPublicHolidays.isHoliday(day.plusDays(1))) {
            day = day.plusWeeks(1);
        }
        return day;
    }
}
