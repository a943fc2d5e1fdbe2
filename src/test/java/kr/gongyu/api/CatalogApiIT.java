package kr.gongyu.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The catalogue read API over real HTTP, on the demo platform. */
@IntegrationTest
class CatalogApiIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    @Autowired
    RestTestClient http;

    @Test
    void reportsHealthUp() {
        assertThat(get("/actuator/health")).containsEntry("status", "UP");
    }

    @Test
    void aRegionCodeSelectsThatLocalGovernmentsResources() {
        var suwon = get("/api/v1/resources?region=41110&size=100");
        assertThat(suwon).containsEntry("total", 205).containsEntry("size", 100).containsEntry("page", 0);
        assertThat(items(suwon)).hasSize(100).allSatisfy(item -> {
            assertThat(site(item)).containsEntry("regionCode", "41110");
            assertThat(institution(item)).containsEntry("name", "경기도 수원시").containsEntry("kind", "LOCAL");
        });
        var lastPage = get("/api/v1/resources?region=41110&size=100&page=2");
        assertThat(items(lastPage)).hasSize(5);
    }

    @Test
    void aRegionPrefixSelectsTheWholeProvince() {
        var gyeonggi = get("/api/v1/resources?region=41&size=5");
        assertThat((Integer) gyeonggi.get("total")).isGreaterThan(205);
        assertThat(facet(gyeonggi, "region")).containsOnlyKeys("41000");
        assertThat(items(gyeonggi))
                .allSatisfy(item ->
                        assertThat((String) site(item).get("regionCode")).startsWith("41"));
    }

    @Test
    void filtersCombineAndFacetsCountEveryMatch() {
        var rooms = get("/api/v1/resources?category=회의실&kind=SPACE&institutionKind=LOCAL&size=50");
        var total = (Integer) rooms.get("total");
        assertThat(total).isPositive();
        assertThat(items(rooms)).allSatisfy(item -> {
            assertThat(item).containsEntry("category", "회의실").containsEntry("kind", "SPACE");
            assertThat(institution(item)).containsEntry("kind", "LOCAL");
        });
        assertThat(facet(rooms, "category")).containsOnlyKeys("회의실");
        assertThat(facet(rooms, "institutionKind")).containsOnlyKeys("LOCAL");
        assertThat(facet(rooms, "region").values().stream()
                        .mapToInt(Integer.class::cast)
                        .sum())
                .isEqualTo(total);
    }

    @Test
    void aMajorClassSelectsAllItsCategories() {
        var sports = get("/api/v1/resources?category=체육시설&size=1");
        assertThat(facet(sports, "category")).containsKeys("체육관", "테니스장").doesNotContainKey("회의실");
    }

    @Test
    void otherFiltersNarrowTheCatalogue() {
        var all = (Integer) get("/api/v1/resources?size=1").get("total");
        assertThat(all).isGreaterThanOrEqualTo(15_600);
        var free = (Integer) get("/api/v1/resources?free=true&size=1").get("total");
        var paid = (Integer) get("/api/v1/resources?free=false&size=1").get("total");
        assertThat(free + paid).isEqualTo(all);
        assertThat(items(get("/api/v1/resources?minCapacity=500&confirmation=APPROVAL")))
                .isNotEmpty()
                .allSatisfy(item -> assertThat((Integer) item.get("capacity")).isGreaterThanOrEqualTo(500))
                .allSatisfy(item -> assertThat(item).containsEntry("confirmation", "APPROVAL"));
        var parking = get("/api/v1/resources?institutionKind=PARTNER&kind=POOLED");
        assertThat(items(parking))
                .hasSize(6)
                .allSatisfy(item -> assertThat(item).containsEntry("category", "주차장"));
    }

    @Test
    void wordsOfTheQueryMatchResourceSiteAndInstitutionNames() {
        var found = get("/api/v1/resources?q=삼척 공연장");
        assertThat(items(found))
                .extracting(item -> item.get("name"))
                .containsExactlyInAnyOrder("삼척문화예술회관 대공연장", "삼척문화예술회관 소공연장");
        assertThat(get("/api/v1/resources?q={q}", "100%_\\'\"(name:*")).containsEntry("total", 0);
        assertThat(get("/api/v1/resources?q={q}", "🏸".repeat(2_000))).containsEntry("total", 0);
        assertThat((Integer)
                        get("/api/v1/resources?q={q}", "회의실 ".repeat(1_250)).get("total"))
                .as("5,000 characters of words")
                .isPositive();
    }

    @Test
    void showsOneResourceInFull() {
        var samcheok = items(get("/api/v1/resources?q=삼척문화예술회관 대공연장")).getFirst();
        var details = get("/api/v1/resources/" + samcheok.get("id"));
        assertThat(details)
                .containsEntry("id", samcheok.get("id"))
                .containsEntry("name", "삼척문화예술회관 대공연장")
                .containsEntry("category", "공연장")
                .containsEntry("confirmation", "APPROVAL")
                .containsKeys("rules", "amenities", "accessibility", "fee", "site", "institution");
        @SuppressWarnings("unchecked")
        var eligibility = (Map<String, Object>) details.get("eligibility");
        assertThat(eligibility).containsEntry("type", "ORGANIZATIONS");
        assertThat((List<?>) eligibility.get("organizationIds")).hasSize(27);
    }

    @Test
    void listsInstitutionsByKindAndName() {
        var suwon = get("/api/v1/institutions?kind=LOCAL&q=수원&page=0&size=20");
        assertThat(suwon).containsEntry("total", 1);
        assertThat(items(suwon).getFirst())
                .containsEntry("name", "경기도 수원시")
                .containsEntry("kind", "LOCAL")
                .containsEntry("regionCode", "41110")
                .containsKey("id");
        assertThat(get("/api/v1/institutions?kind=CENTRAL&size=1")).containsEntry("total", 33);
        assertThat(get("/api/v1/institutions?kind=LOCAL&size=1")).containsEntry("total", 243);
        assertThat(get("/api/v1/institutions?kind=PUBLIC&size=1")).containsEntry("total", 168);
        assertThat(get("/api/v1/institutions?q={q}&size=1", "100%")).containsEntry("total", 0);
    }

    @Test
    void unknownIdsAreNotFound() {
        for (var path : List.of("/api/v1/resources/99999999", "/api/v1/resources/abc", "/api/v1/resources/1/nowhere")) {
            var problem = problem(path, HttpStatus.NOT_FOUND);
            assertThat(problem).containsEntry("code", "NOT_FOUND").containsEntry("status", 404);
        }
    }

    @Test
    void malformedParametersAreInvalidRequestsNamingTheField() {
        assertInvalid("/api/v1/resources?page=-1", "page");
        assertInvalid("/api/v1/resources?size=10000", "size");
        assertInvalid("/api/v1/resources?size=0", "size");
        assertInvalid("/api/v1/resources?kind=CASTLE", "kind");
        assertInvalid("/api/v1/resources?institutionKind=private", "institutionKind");
        assertInvalid("/api/v1/resources?confirmation=MAYBE", "confirmation");
        assertInvalid("/api/v1/resources?category=우주정거장", "category");
        assertInvalid("/api/v1/resources?region=seoul", "region");
        assertInvalid("/api/v1/resources?minCapacity=many", "minCapacity");
        assertInvalid("/api/v1/resources?free=perhaps", "free");
        assertInvalid("/api/v1/resources?page=99999999999", "page");
        assertInvalid("/api/v1/institutions?kind=KINGDOM", "kind");
        assertInvalid("/api/v1/institutions?size=101", "size");
    }

    @Test
    void answersInEnglishWhenAsked() {
        var problem = http.get()
                .uri("/api/v1/resources?size=10000")
                .header("Accept-Language", "en")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(problem).containsEntry("title", "Invalid request");
    }

    @Test
    void aWrongMethodIsAProblemToo() {
        http.delete()
                .uri("/api/v1/resources/1")
                .header("Authorization", ApiCalls.token(http, "citizen0300"))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JSON)
                .value(body -> assertThat(body).containsEntry("code", "METHOD_NOT_ALLOWED"));
    }

    private void assertInvalid(String path, String field) {
        var problem = problem(path, HttpStatus.BAD_REQUEST);
        assertThat(problem).as(path).containsEntry("code", "INVALID_REQUEST").doesNotContainKey("trace");
        assertThat((List<?>) problem.get("errors"))
                .as(path)
                .anySatisfy(
                        error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo(field));
    }

    private Map<String, Object> problem(String path, HttpStatus status) {
        return http.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }

    private Map<String, Object> get(String path, Object... variables) {
        return ApiCalls.get(http, Map.of(), path, variables);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> site(Map<String, Object> item) {
        return (Map<String, Object>) item.get("site");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> institution(Map<String, Object> item) {
        return (Map<String, Object>) item.get("institution");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> facet(Map<String, Object> page, String name) {
        return ((Map<String, Map<String, Object>>) page.get("facets")).get(name);
    }
}
