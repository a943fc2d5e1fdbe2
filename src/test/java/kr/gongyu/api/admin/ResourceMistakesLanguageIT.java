package kr.gongyu.api.admin;

import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The editing's mistakes reach an API caller in the caller's language: a Korean answer is never English. */
@IntegrationTest
class ResourceMistakesLanguageIT {

    @Autowired
    RestTestClient http;

    @Test
    void saysEachMistakeInKorean() {
        var messages = mistakes("ko");
        assertThat(messages.keySet())
                .contains(
                        "siteId",
                        "quantity",
                        "fee",
                        "openingRules.weekly[1]",
                        "openingRules.weekly[2].close",
                        "openingRules.closedDates[0]",
                        "openingRules.slotMinutes");
        assertThat(messages.get("siteId")).isEqualTo("우리 기관의 장소가 아닙니다.");
        assertThat(messages.get("openingRules.slotMinutes")).contains("18:00–22:00(240분)");
        assertThat(messages)
                .allSatisfy((field, message) ->
                        assertThat(message).as(field).containsPattern("[가-힣]").doesNotContainPattern("[A-Za-z]"));
    }

    @Test
    void saysEachMistakeInEnglishToWhoeverAsksForIt() {
        var messages = mistakes("en");
        assertThat(messages.get("siteId")).isEqualTo("This is not a site of your institution.");
        assertThat(messages.get("openingRules.weekly[1]")).isEqualTo("Overlaps another window on the same day.");
        assertThat(messages.get("openingRules.slotMinutes")).contains("18:00–22:00 (240 minutes)");
        assertThat(messages)
                .allSatisfy((field, message) -> assertThat(message).as(field).doesNotContainPattern("[가-힣]"));
    }

    /** A new resource with seven mistakes, each message by its field. */
    private Map<String, String> mistakes(String language) {
        var body = ResourceBodies.meetingRoom("틀린 곳투성이");
        body.remove("site");
        body.put("siteId", anotherInstitutionsSite());
        body.put("quantity", 2);
        body.put("free", true);
        var rules = new HashMap<>(ResourceBodies.rules(List.of(
                Map.of("days", List.of("MON"), "open", "18:00", "close", "22:00"),
                Map.of("days", List.of("MON"), "open", "19:00", "close", "21:00"),
                Map.of("days", List.of("TUE"), "open", "22:00", "close", "18:00"))));
        rules.put("closedDates", List.of("2027-13-45"));
        rules.put("slotMinutes", 50);
        body.put("openingRules", rules);
        var problem = http.post()
                .uri("/api/v1/admin/resources")
                .header("Authorization", token(http, "staff-bonghwa"))
                .header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(ApiCalls.JSON)
                .returnResult()
                .getResponseBody();
        assertThat(problem).containsEntry("code", "INVALID_REQUEST");
        return ((List<?>) problem.get("errors"))
                .stream()
                        .map(error -> (Map<?, ?>) error)
                        .collect(Collectors.toMap(
                                error -> (String) error.get("field"),
                                error -> (String) error.get("message"),
                                (first, second) -> first + " " + second));
    }

    private Object anotherInstitutionsSite() {
        var sites = http.get()
                .uri("/api/v1/admin/sites")
                .header("Authorization", token(http, "staff-eumseong"))
                .exchange()
                .expectBody(ApiCalls.JSON_LIST)
                .returnResult()
                .getResponseBody();
        return ((Map<?, ?>) sites.getFirst()).get("id");
    }
}
