package kr.gongyu.api.catalog;

import static kr.gongyu.ApiCalls.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import kr.gongyu.TestDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The availability calendar of the seed cases, over real HTTP, as the demo platform sets them up. */
@IntegrationTest
class AvailabilityApiIT {

    @Autowired
    RestTestClient http;

    private final LocalDate today = TestClock.today();

    @Test
    void suwonOpensOnWeekdayNightsAndAtWeekends() {
        var room = resource("수원시청 대회의실");
        var weekday = TestDays.workingDay(today.plusDays(2));
        var saturday = TestDays.firstFrom(today.plusDays(2), day -> day.getDayOfWeek() == DayOfWeek.SATURDAY);
        assertThat(hours(day(room, weekday))).containsExactly(18, 19, 20, 21);
        assertThat(hours(day(room, saturday))).containsExactly(9, 10, 11, 12, 13, 14, 15, 16, 17);
        assertThat(slots(day(room, saturday))).allSatisfy(slot -> {
            assertThat((String) slot.get("start")).endsWith("+09:00");
            assertThat(slot).containsEntry("remaining", 1);
        });
    }

    @Test
    void sejongsWeekendsOpenOnlyWhenAVolunteerIsOnDuty() {
        var gym = resource("한솔동 복합커뮤니티센터 체육관");
        var staffed = TestDays.demoWeekendDay(true, today.plusDays(1));
        var unstaffed = TestDays.demoWeekendDay(false, today.plusDays(1));
        var staffedDay = day(gym, staffed);
        assertThat(staffedDay).containsEntry("open", true);
        assertThat(hours(staffedDay)).startsWith(9).endsWith(17);
        assertThat(day(gym, unstaffed)).containsEntry("open", false).containsEntry("reason", "CLOSED_DAY");
    }

    @Test
    void chungnamsLobbyRoomsOfferHalfHoursFromSevenToTen() {
        var room = resource("도청 1층 로비 열린회의실 1");
        assertThat(slots(day(room, today.plusDays(3)))).hasSize(30);
    }

    @Test
    void danyangsPartnerParkingCountsItsSpaces() {
        var lot = resource("구인사 공유주차장");
        assertThat(slots(day(lot, today.plusDays(1))))
                .hasSize(24)
                .allSatisfy(slot -> assertThat(slot).containsEntry("remaining", 40));
    }

    @Test
    void bonghwasGalleryIsBookedInWholeDays() {
        var gallery = resource("봉화군청 현관 갤러리");
        var days = calendar(gallery, today.plusDays(3), today.plusDays(12));
        assertThat(days)
                .hasSize(10)
                .allSatisfy(day -> assertThat(slots(day))
                        .singleElement()
                        .satisfies(
                                slot -> assertThat((String) slot.get("start")).contains("T09:00:00+09:00")));
    }

    @Test
    void yeongdeungposGardenHasTwoGroupVisitsADay() {
        var garden = resource("당산2동 주민센터 옥상 텃밭");
        var tuesday = TestDays.firstFrom(today.plusDays(3), day -> day.getDayOfWeek() == DayOfWeek.TUESDAY);
        assertThat(hours(day(garden, tuesday))).containsExactly(10, 14);
    }

    @Test
    void refusesBadPeriodsAndUnknownResources() {
        var room = resource("수원시청 대회의실");
        badRequest("/api/v1/resources/" + room + "/availability?from=" + today + "&to=" + today.plusDays(62), "to");
        badRequest("/api/v1/resources/" + room + "/availability?from=" + today + "&to=" + today.minusDays(1), "to");
        badRequest("/api/v1/resources/" + room + "/availability?from=soon&to=" + today, "from");
        badRequest("/api/v1/resources/" + room + "/availability?to=" + today, "from");
        http.get()
                .uri("/api/v1/resources/99999999/availability?from=" + today + "&to=" + today)
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(calendar(room, today, today.plusDays(61))).hasSize(62);
    }

    private String resource(String name) {
        return ApiCalls.resourceNamed(http, name);
    }

    private Map<String, Object> day(String resource, LocalDate date) {
        return calendar(resource, date, date).getFirst();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> calendar(String resource, LocalDate from, LocalDate to) {
        var answer = http.get()
                .uri("/api/v1/resources/{id}/availability?from={from}&to={to}", resource, from, to)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(answer).containsEntry("resourceId", resource);
        return (List<Map<String, Object>>) answer.get("days");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> slots(Map<String, Object> day) {
        return (List<Map<String, Object>>) day.get("slots");
    }

    private static List<Integer> hours(Map<String, Object> day) {
        return slots(day).stream()
                .map(slot -> Integer.parseInt(((String) slot.get("start")).substring(11, 13)))
                .toList();
    }

    private void badRequest(String path, String field) {
        var problem = http.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(problem).containsEntry("code", "INVALID_REQUEST");
        assertThat((List<?>) problem.get("errors"))
                .anySatisfy(
                        error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo(field));
    }
}
