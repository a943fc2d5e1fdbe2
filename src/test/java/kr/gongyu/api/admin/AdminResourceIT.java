package kr.gongyu.api.admin;

import static kr.gongyu.ApiCalls.JSON;
import static kr.gongyu.ApiCalls.get;
import static kr.gongyu.ApiCalls.post;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.TestClock;
import kr.gongyu.TestDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Creating and revising resources with their opening rules, as API.md writes the body. */
@IntegrationTest
class AdminResourceIT {

    @Autowired
    RestTestClient http;

    @Test
    void staffCreateAResourceThatCitizensCanThenFindAndBook() {
        var staff = token(http, "staff-eumseong");
        var created = send(
                "POST", "/api/v1/admin/resources", staff, ResourceBodies.meetingRoom("시험 야간 회의실"), HttpStatus.CREATED);
        var id = (String) created.get("id");
        assertThat(created)
                .containsEntry("name", "시험 야간 회의실")
                .containsEntry("category", "회의실")
                .containsEntry("published", true)
                .containsEntry(
                        "fee",
                        Map.of(
                                "amount",
                                10000,
                                "per",
                                "HOUR",
                                "nightPercent",
                                0,
                                "weekendPercent",
                                0,
                                "holidayPercent",
                                0,
                                "deposit",
                                0))
                .containsEntry("quota", Map.of("maxActivePerUser", 2, "maxPerUserPerMonth", 4));
        @SuppressWarnings("unchecked")
        var rules = (Map<String, Object>) created.get("openingRules");
        assertThat(rules)
                .containsEntry("slotMinutes", 60)
                .containsEntry("closedDates", List.of(ResourceBodies.CLOSED_DATE));

        var page = get(http, Map.of(), "/api/v1/resources/{id}", id);
        assertThat(String.valueOf(page.get("openingHours"))).contains("월·화·수·목·금 18:00–22:00", "토·일 09:00–18:00");
        var inEnglish = get(http, Map.of("Accept-Language", "en"), "/api/v1/resources/{id}", id);
        assertThat(String.valueOf(inEnglish.get("openingHours")))
                .contains("Mon·Tue·Wed·Thu·Fri 18:00–22:00", "Sat·Sun 09:00–18:00", "Closed on public holidays");

        var found = get(http, Map.of(), "/api/v1/resources?q={q}&region=43770&size=100", "시험 야간 회의실");
        assertThat((List<?>) found.get("items"))
                .as("the new room is in the catalogue's search at once")
                .anySatisfy(item -> assertThat(((Map<?, ?>) item).get("id")).isEqualTo(id));
        var night = TestDays.workingDay(TestClock.today().plusDays(2));
        var booked = post(
                http,
                "/api/v1/reservations",
                token(http, "citizen0720"),
                ApiCalls.booking(id, night + "T19:00:00+09:00", night + "T21:00:00+09:00", 1, 12),
                HttpStatus.CREATED);
        assertThat(booked)
                .as("a room with a fee: the booking waits for its payment")
                .containsEntry("status", "PAYMENT_DUE")
                .containsEntry("resourceId", id);
    }

    @Test
    void staffReviseTheirResourceAndItReadsBackTheSame() {
        var staff = token(http, "staff-eumseong");
        var id = (String) send(
                        "POST",
                        "/api/v1/admin/resources",
                        staff,
                        ResourceBodies.meetingRoom("시험 회의실 2"),
                        HttpStatus.CREATED)
                .get("id");
        var revised = ResourceBodies.meetingRoom("시험 회의실 2 (개편)");
        revised.put("capacity", 30);
        revised.put("free", true);
        revised.remove("fee");
        var answer = send("PUT", "/api/v1/admin/resources/" + id, staff, revised, HttpStatus.OK);
        assertThat(answer)
                .containsEntry("name", "시험 회의실 2 (개편)")
                .containsEntry("capacity", 30)
                .containsEntry("free", true);
        assertThat(answer.get("fee")).isNull();
        var read = send("GET", "/api/v1/admin/resources/" + id, staff, null, HttpStatus.OK);
        assertThat(read).isEqualTo(answer);
    }

    @Test
    void badOpeningRulesAreRefusedNamingTheFieldAndNothingIsWritten() {
        var staff = token(http, "staff-eumseong");
        var before = count(staff);
        assertRefused(
                staff,
                Map.of("days", List.of("MON"), "open", "22:00", "close", "18:00"),
                "openingRules.weekly[0].close");
        assertRefused(
                staff,
                Map.of("days", List.of("FUNDAY"), "open", "09:00", "close", "18:00"),
                "openingRules.weekly[0].days");
        assertRefused(
                staff, Map.of("days", List.of("MON"), "open", "9시", "close", "18:00"), "openingRules.weekly[0].open");
        var overlapping = ResourceBodies.meetingRoom("겹치는 창");
        overlapping.put(
                "openingRules",
                ResourceBodies.rules(List.of(
                        Map.of("days", List.of("MON", "TUE"), "open", "09:00", "close", "13:00"),
                        Map.of("days", List.of("TUE"), "open", "12:00", "close", "18:00"))));
        assertField(
                send("POST", "/api/v1/admin/resources", staff, overlapping, HttpStatus.BAD_REQUEST),
                "openingRules.weekly[1]");
        var undivided = ResourceBodies.meetingRoom("나누어지지 않는 창");
        var rules = ResourceBodies.rules(List.of(Map.of("days", List.of("MON"), "open", "09:00", "close", "10:30")));
        rules.put("slotMinutes", 60);
        undivided.put("openingRules", rules);
        assertField(
                send("POST", "/api/v1/admin/resources", staff, undivided, HttpStatus.BAD_REQUEST),
                "openingRules.slotMinutes");
        var closedDays = ResourceBodies.meetingRoom("휴관일");
        var withClosedDays =
                ResourceBodies.rules(List.of(Map.of("days", List.of("MON"), "open", "09:00", "close", "18:00")));
        withClosedDays.put("closedDays", List.of("격주 화요일"));
        closedDays.put("openingRules", withClosedDays);
        assertField(
                send("POST", "/api/v1/admin/resources", staff, closedDays, HttpStatus.BAD_REQUEST),
                "openingRules.closedDays");
        var space = ResourceBodies.meetingRoom("두 개짜리 공간");
        space.put("quantity", 2);
        assertField(send("POST", "/api/v1/admin/resources", staff, space, HttpStatus.BAD_REQUEST), "quantity");
        var unknownCategory = ResourceBodies.meetingRoom("우주");
        unknownCategory.put("category", "우주정거장");
        assertField(
                send("POST", "/api/v1/admin/resources", staff, unknownCategory, HttpStatus.BAD_REQUEST), "category");
        for (var hours : List.of(0, 169)) {
            var claimWindow = ResourceBodies.meetingRoom("대기 확정 기한 " + hours);
            claimWindow.put(
                    "cancellation", Map.of("refundPercentByDaysBefore", Map.of("0", 100), "waitlistClaimHours", hours));
            assertField(
                    send("POST", "/api/v1/admin/resources", staff, claimWindow, HttpStatus.BAD_REQUEST),
                    "cancellation.waitlistClaimHours");
        }
        assertThat(count(staff)).as("nothing half-written").isEqualTo(before);
    }

    @Test
    void staffCannotPlaceAResourceAtAnotherInstitutionsSite() {
        var bonghwa = token(http, "staff-bonghwa");
        var suwonSite = ((List<?>) http.get()
                        .uri("/api/v1/admin/sites")
                        .header("Authorization", token(http, "staff-eumseong"))
                        .exchange()
                        .expectBody(kr.gongyu.ApiCalls.JSON_LIST)
                        .returnResult()
                        .getResponseBody())
                .getFirst();
        var body = ResourceBodies.meetingRoom("남의 터");
        body.remove("site");
        body.put("siteId", ((Map<?, ?>) suwonSite).get("id"));
        assertField(send("POST", "/api/v1/admin/resources", bonghwa, body, HttpStatus.BAD_REQUEST), "siteId");
    }

    @Test
    void aLocalGovernmentPlacesNewSitesOnlyWithinItsOwnArea() {
        var suwon = token(http, "staff-suwon");
        var before = count(suwon);
        var inEumseong = ResourceBodies.meetingRoom("수원의 음성 분실");
        var refused = send("POST", "/api/v1/admin/resources", suwon, inEumseong, HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(refused).containsEntry("code", "SITE_OUTSIDE_AREA");
        assertThat((String) refused.get("detail")).contains("관할 구역");
        assertThat(count(suwon)).as("nothing half-written").isEqualTo(before);
        assertThat(sites(suwon))
                .noneSatisfy(site -> assertThat(site.get("regionCode")).isEqualTo("43770"));

        var chungnam = token(http, "staff-chungnam");
        var inCheonan = ResourceBodies.meetingRoom("충남 천안 분실");
        inCheonan.put(
                "site",
                Map.of(
                        "name",
                        "천안 시험 회관",
                        "address",
                        "충청남도 천안시 동남구 시험로 1",
                        "regionCode",
                        "44130",
                        "lat",
                        36.81,
                        "lng",
                        127.15));
        send("POST", "/api/v1/admin/resources", chungnam, inCheonan, HttpStatus.CREATED);
        var inSeoul = ResourceBodies.meetingRoom("충남 서울 분실");
        inSeoul.put(
                "site",
                Map.of(
                        "name",
                        "서울 시험 회관",
                        "address",
                        "서울특별시 중구 세종대로 110",
                        "regionCode",
                        "11140",
                        "lat",
                        37.56,
                        "lng",
                        126.97));
        assertThat(send("POST", "/api/v1/admin/resources", chungnam, inSeoul, HttpStatus.UNPROCESSABLE_CONTENT))
                .as("a 시·도's area is its own 시·군·구")
                .containsEntry("code", "SITE_OUTSIDE_AREA");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> sites(String staff) {
        return (List<Map<String, Object>>) (List<?>) http.get()
                .uri("/api/v1/admin/sites")
                .header("Authorization", staff)
                .exchange()
                .expectBody(ApiCalls.JSON_LIST)
                .returnResult()
                .getResponseBody();
    }

    private void assertRefused(String staff, Map<String, Object> window, String field) {
        var body = ResourceBodies.meetingRoom("잘못된 창");
        body.put("openingRules", ResourceBodies.rules(List.of(window)));
        assertField(send("POST", "/api/v1/admin/resources", staff, body, HttpStatus.BAD_REQUEST), field);
    }

    private static void assertField(Map<String, Object> problem, String field) {
        assertThat(problem).containsEntry("code", "INVALID_REQUEST");
        assertThat((List<?>) problem.get("errors"))
                .as(problem.toString())
                .anySatisfy(
                        error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo(field));
    }

    private long count(String staff) {
        return ((Number) send("GET", "/api/v1/admin/resources?size=1", staff, null, HttpStatus.OK)
                        .get("total"))
                .longValue();
    }

    private Map<String, Object> send(String method, String path, String staff, Object body, HttpStatus expected) {
        var request = http.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path)
                .header("Authorization", staff);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange()
                .expectStatus()
                .isEqualTo(expected)
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }
}
