package kr.gongyu.api.admin;

import static kr.gongyu.ApiCalls.JSON;
import static kr.gongyu.ApiCalls.JSON_LIST;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.StandardFiles;
import kr.gongyu.TestClock;
import kr.gongyu.TestDays;
import kr.gongyu.schedule.KoreanPublicHolidays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The tenancy walk: staff of Bonghwa call every institution-console endpoint against Suwon's objects, and
 * get 403 or 404 and change nothing; list endpoints show them only their own. A console endpoint that this
 * walk does not know fails the test, so the walk grows with the console.
 */
@IntegrationTest
class TenancyIT {

    private static final String SUWON = "경기도 수원시";

    @Autowired
    RestTestClient http;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Set<String> walked = new HashSet<>();
    private String bonghwaStaff;
    private String suwonResource;

    @BeforeEach
    void suwonAndBonghwa() {
        bonghwaStaff = token(http, "staff-bonghwa");
        var suwon = http.get()
                .uri("/api/v1/resources?region=41110&size=1")
                .exchange()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) suwon.get("items");
        suwonResource = (String) items.getFirst().get("id");
    }

    @Test
    void staffOfAnotherInstitutionNeverSeeOrChangeSuwonsObjects() {
        var own = object(HttpMethod.GET, "/api/v1/admin/institution", HttpStatus.OK);
        assertThat(own.get("name")).isNotEqualTo(SUWON);

        assertThat(list(HttpMethod.GET, "/api/v1/admin/staff"))
                .isNotEmpty()
                .allSatisfy(staff -> assertThat((String) staff.get("username")).isNotEqualTo("staff-suwon"));
        var ownSiteNames = list(HttpMethod.GET, "/api/v1/admin/sites").stream()
                .map(site -> (String) site.get("name"))
                .toList();
        assertThat(ownSiteNames).isNotEmpty().doesNotContain("수원시청");
        @SuppressWarnings("unchecked")
        var ownResources = (List<Map<String, Object>>)
                object(HttpMethod.GET, "/api/v1/admin/resources", HttpStatus.OK).get("items");
        assertThat(ownResources).extracting(r -> r.get("id")).isNotEmpty().doesNotContain(suwonResource);

        // Suwon's own block and shift exist, so that a refusal to remove them is tenancy's and not a missing id's.
        var day = TestClock.today().plusDays(5);
        var suwonStaff = token(http, "staff-suwon");
        var entry = Map.of("start", day + "T09:00:00+09:00", "end", day + "T12:00:00+09:00", "note", "남의 일정");
        var suwonBlock = (String) ApiCalls.post(
                        http,
                        "/api/v1/admin/resources/" + suwonResource + "/blocks",
                        suwonStaff,
                        entry,
                        HttpStatus.CREATED)
                .get("id");
        var suwonShift = (String) ApiCalls.post(
                        http,
                        "/api/v1/admin/resources/" + suwonResource + "/volunteer-shifts",
                        suwonStaff,
                        entry,
                        HttpStatus.CREATED)
                .get("id");
        for (var refused : List.of(
                new Call(HttpMethod.GET, "/api/v1/admin/resources/{id}"),
                new Call(HttpMethod.POST, "/api/v1/admin/resources/{id}/publish"),
                new Call(HttpMethod.POST, "/api/v1/admin/resources/{id}/unpublish"),
                new Call(HttpMethod.GET, "/api/v1/admin/resources/{id}/blocks"),
                new Call(HttpMethod.POST, "/api/v1/admin/resources/{id}/blocks"),
                new Call(HttpMethod.DELETE, "/api/v1/admin/resources/{id}/blocks/{entryId}"),
                new Call(HttpMethod.GET, "/api/v1/admin/resources/{id}/volunteer-shifts"),
                new Call(HttpMethod.POST, "/api/v1/admin/resources/{id}/volunteer-shifts"),
                new Call(HttpMethod.DELETE, "/api/v1/admin/resources/{id}/volunteer-shifts/{entryId}"))) {
            var entryId = refused.pattern().contains("/blocks") ? suwonBlock : suwonShift;
            var request = http.method(refused.method())
                    .uri(
                            refused.pattern() + "?from={d}&to={d}",
                            Map.of("id", suwonResource, "entryId", entryId, "d", day))
                    .header("Authorization", bonghwaStaff);
            if (refused.method() == HttpMethod.POST && refused.pattern().endsWith("s")) {
                request.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .body(entry);
            }
            var status = request.exchange().returnResult().getStatus();
            assertThat(status.value()).as(refused.toString()).isIn(403, 404);
            walked.add(refused.toString());
        }
        assertThat(entryIds("/blocks", day, suwonStaff))
                .as("Suwon's block alone, still there")
                .containsExactly(suwonBlock);
        assertThat(entryIds("/volunteer-shifts", day, suwonStaff))
                .as("Suwon's shift alone, still there")
                .containsExactly(suwonShift);
        ApiCalls.delete(http, "/api/v1/admin/resources/" + suwonResource + "/blocks/" + suwonBlock, suwonStaff);
        ApiCalls.delete(
                http, "/api/v1/admin/resources/" + suwonResource + "/volunteer-shifts/" + suwonShift, suwonStaff);

        var revision = ResourceBodies.meetingRoom("남의 자원 고치기");
        var revised = http.put()
                .uri("/api/v1/admin/resources/{id}", suwonResource)
                .header("Authorization", bonghwaStaff)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(revision)
                .exchange()
                .returnResult()
                .getStatus();
        assertThat(revised.value()).as("PUT of Suwon's resource").isIn(403, 404);
        walked.add("PUT /api/v1/admin/resources/{id}");
        // Creating is scoped by the site: a new site is the caller's own, and a Suwon siteId is refused.
        var placed = ResourceBodies.meetingRoom("남의 터에");
        placed.remove("site");
        placed.put("siteId", suwonSite());
        var create = http.post()
                .uri("/api/v1/admin/resources")
                .header("Authorization", bonghwaStaff)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(placed)
                .exchange()
                .returnResult()
                .getStatus();
        assertThat(create.value()).as("POST at Suwon's site").isIn(400, 403, 404);
        walked.add("POST /api/v1/admin/resources");

        var samcheokRequest = samcheokPendingRequest();
        var listed = http.get()
                .uri("/api/v1/admin/reservations")
                .header("Authorization", bonghwaStaff)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(String.valueOf(listed.get("items"))).doesNotContain("id=" + samcheokRequest + ",");
        walked.add("GET /api/v1/admin/reservations");
        for (var action :
                List.of("approve", "reject", "cancel", "check-in", "no-show", "paid-on-site", "discount/refuse")) {
            var status = http.post()
                    .uri("/api/v1/admin/reservations/{id}/" + action, samcheokRequest)
                    .header("Authorization", bonghwaStaff)
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .body(Map.of("reason", "남의 신청"))
                    .exchange()
                    .returnResult()
                    .getStatus();
            assertThat(status.value()).as(action + " of Samcheok's request").isIn(403, 404);
            walked.add("POST /api/v1/admin/reservations/{id}/" + action);
        }
        var refund = http.post()
                .uri("/api/v1/admin/reservations/{id}/refunds", samcheokRequest)
                .header("Authorization", bonghwaStaff)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("amount", 1000, "reason", "남의 예약", "key", "tenancy"))
                .exchange()
                .returnResult()
                .getStatus();
        assertThat(refund.value()).as("refund of Samcheok's booking").isIn(403, 404);
        walked.add("POST /api/v1/admin/reservations/{id}/refunds");
        var today = TestClock.today();
        var books = http.get()
                .uri("/api/v1/admin/payments?from={from}&to={to}", today.minusDays(1), today.plusDays(60))
                .header("Authorization", bonghwaStaff)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(String.valueOf(books.get("total")))
                .as("Bonghwa's books: Bonghwa's galleries are free, so nothing of others' money")
                .contains("paid=0", "refunded=0", "outstanding=0");
        walked.add("GET /api/v1/admin/payments");
        var stillPending = http.get()
                .uri("/api/v1/reservations/{id}", samcheokRequest)
                .header("Authorization", token(http, "org-samcheok-kinder02"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(stillPending).containsEntry("status", "PENDING_APPROVAL");

        // Discounts: Suwon's resource's terms are not Bonghwa's to read, replace or drop; Bonghwa's own terms, written
        // as Bonghwa's, leave Suwon's alone. Suwon drops its resource's terms at the end, as other tests expect none.
        var suwonTerms = Map.of(
                "combine",
                false,
                "discounts",
                List.of(Map.of("category", "SUWON_ONLY", "name", "수원 시민", "percent", 10, "evidenceRequired", false)));
        ApiCalls.put(
                http, "/api/v1/admin/resources/" + suwonResource + "/discounts", suwonStaff, suwonTerms, HttpStatus.OK);
        for (var method : List.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE)) {
            var request = http.method(method)
                    .uri("/api/v1/admin/resources/{id}/discounts", suwonResource)
                    .header("Authorization", bonghwaStaff);
            if (method == HttpMethod.PUT) {
                request.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .body(Map.of("combine", true, "discounts", List.of()));
            }
            assertThat(request.exchange().returnResult().getStatus().value())
                    .as(method + " of Suwon's resource's discounts")
                    .isIn(403, 404);
            walked.add(method + " /api/v1/admin/resources/{id}/discounts");
        }
        assertThat(String.valueOf(object(HttpMethod.GET, "/api/v1/admin/discounts", HttpStatus.OK)))
                .doesNotContain("SUWON_ONLY");
        walked.add("GET /api/v1/admin/discounts");
        var suwonInstitutionTerms = ApiCalls.get(http, "/api/v1/admin/discounts", suwonStaff);
        ApiCalls.put(
                http,
                "/api/v1/admin/discounts",
                bonghwaStaff,
                Map.of("combine", false, "discounts", List.of()),
                HttpStatus.OK);
        walked.add("PUT /api/v1/admin/discounts");
        assertThat(ApiCalls.get(http, "/api/v1/admin/discounts", suwonStaff)).isEqualTo(suwonInstitutionTerms);
        assertThat(ApiCalls.get(http, "/api/v1/admin/resources/" + suwonResource + "/discounts", suwonStaff))
                .as("Suwon's resource keeps its own terms")
                .isEqualTo(Map.of("combine", false, "inherited", false, "discounts", suwonTerms.get("discounts")));
        http.delete()
                .uri("/api/v1/admin/resources/{id}/discounts", suwonResource)
                .header("Authorization", suwonStaff)
                .exchange()
                .expectStatus()
                .isOk();

        var suwonStillPublished = http.get()
                .uri("/api/v1/resources/{id}", suwonResource)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(suwonStillPublished).containsEntry("id", suwonResource).doesNotContainValue("남의 자원 고치기");
        assertThat(entryIds("/blocks", day, suwonStaff))
                .as("no block was added to Suwon's resource")
                .isEmpty();

        // Imports: Suwon's import is not Bonghwa's to read, and a row of Suwon's in Bonghwa's file is refused.
        var suwonImport = StandardFiles.imported(
                http,
                token(http, "staff-suwon"),
                StandardFiles.csv(
                        List.of(StandardFiles.row(Map.of("소재지도로명주소", "경기도 수원시 팔달구 효원로 241"))), StandardCharsets.UTF_8));
        var readOther = http.get()
                .uri("/api/v1/admin/imports/{id}", suwonImport.get("id"))
                .header("Authorization", bonghwaStaff)
                .exchange()
                .returnResult()
                .getStatus();
        assertThat(readOther.value()).as("GET of Suwon's import").isEqualTo(404);
        walked.add("GET /api/v1/admin/imports/{id}");
        var intoSuwon = StandardFiles.imported(
                http,
                bonghwaStaff,
                StandardFiles.csv(
                        List.of(StandardFiles.row(Map.of(
                                "개방시설명", "봉화가 넣은 수원 시설",
                                "소재지도로명주소", "경기도 수원시 팔달구 효원로 241",
                                "위도", "37.26",
                                "경도", "127.03",
                                "제공기관명", SUWON))),
                        StandardCharsets.UTF_8));
        assertThat(intoSuwon).containsEntry("imported", 0).containsEntry("rejected", 1);
        var placedInSuwon = http.get()
                .uri("/api/v1/resources?q={q}", "봉화가 넣은 수원 시설")
                .exchange()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(String.valueOf(placedInSuwon.get("items"))).doesNotContain("봉화가 넣은 수원 시설");
        walked.add("POST /api/v1/admin/imports");

        // Lotteries: Suwon's round is not Bonghwa's to read, cancel or draw, nor Suwon's resource Bonghwa's to put
        // one on. Suwon cancels it at the end, so that its slots are first-come again for other tests.
        var lotteryDay = TestDays.workingDay(TestClock.today().plusDays(10)).toString();
        var now = TestClock.now();
        var round = new java.util.HashMap<String, Object>(Map.of(
                "from", lotteryDay,
                "to", lotteryDay,
                "applicationsOpen", seoul(now.minusSeconds(60)),
                "applicationsClose", seoul(now.plus(java.time.Duration.ofDays(1))),
                "drawAt", seoul(now.plus(java.time.Duration.ofDays(1)).plusSeconds(3600)),
                "maxChoices", 1,
                "pools", List.of(),
                "claimHours", 48,
                "leftoverAt", seoul(now.plus(java.time.Duration.ofDays(4)))));
        var suwonRound = (String) ApiCalls.post(
                        http,
                        "/api/v1/admin/resources/" + suwonResource + "/lotteries",
                        suwonStaff,
                        round,
                        HttpStatus.CREATED)
                .get("id");
        for (var refused : List.of(
                new Call(HttpMethod.POST, "/api/v1/admin/resources/{id}/lotteries"),
                new Call(HttpMethod.GET, "/api/v1/admin/lotteries/{id}"),
                new Call(HttpMethod.POST, "/api/v1/admin/lotteries/{id}/cancel"),
                new Call(HttpMethod.POST, "/api/v1/admin/lotteries/{id}/draw"))) {
            var id = refused.pattern().contains("/resources/") ? suwonResource : suwonRound;
            var request = http.method(refused.method())
                    .uri(refused.pattern(), Map.of("id", id))
                    .header("Authorization", bonghwaStaff);
            if (refused.pattern().endsWith("/lotteries")) {
                request.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .body(round);
            }
            var status = request.exchange().returnResult().getStatus();
            assertThat(status.value()).as(refused.toString()).isIn(403, 404);
            walked.add(refused.toString());
        }
        assertThat(ApiCalls.post(
                        http, "/api/v1/admin/lotteries/" + suwonRound + "/cancel", suwonStaff, null, HttpStatus.OK))
                .as("Suwon's round, untouched by Bonghwa, is Suwon's to cancel")
                .containsEntry("status", "CANCELLED");

        assertThat(walked).as("every console endpoint is walked").containsAll(consoleEndpoints());
    }

    /** A kindergarten's pending request for Samcheok's large hall, on a day the hall is open. */
    private String samcheokPendingRequest() {
        var day = TestClock.today().plusDays(12);
        while (day.getDayOfWeek() == DayOfWeek.MONDAY || KoreanPublicHolidays.isHoliday(day)) {
            day = day.plusDays(1);
        }
        var booked = http.post()
                .uri("/api/v1/reservations")
                .header("Authorization", token(http, "org-samcheok-kinder02"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "resourceId",
                        ApiCalls.resourceNamed(http, "삼척문화예술회관 대공연장"),
                        "start",
                        day + "T09:00:00+09:00",
                        "end",
                        day + "T21:00:00+09:00",
                        "headcount",
                        300,
                        "purpose",
                        "졸업식"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        return (String) booked.get("id");
    }

    /** The ids of the blocks or volunteer shifts of Suwon's resource on the day, as Suwon's staff see them. */
    private List<Object> entryIds(String kind, LocalDate day, String suwonStaff) {
        return http
                .get()
                .uri("/api/v1/admin/resources/{id}" + kind + "?from={d}&to={d}", suwonResource, day, day)
                .header("Authorization", suwonStaff)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON_LIST)
                .returnResult()
                .getResponseBody()
                .stream()
                .map(entry -> entry.get("id"))
                .toList();
    }

    private String suwonSite() {
        var sites = http.get()
                .uri("/api/v1/admin/sites")
                .header("Authorization", token(http, "staff-suwon"))
                .exchange()
                .expectBody(JSON_LIST)
                .returnResult()
                .getResponseBody();
        return (String) sites.getFirst().get("id");
    }

    @Test
    void partnerStaffSeeOnlyTheirOwnPartnersResources() {
        @SuppressWarnings("unchecked")
        var resources = (List<Map<String, Object>>) http.get()
                .uri("/api/v1/admin/resources")
                .header("Authorization", token(http, "partner-danyang-resort"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody()
                .get("items");
        // Other tests add parking under the partner's agreements, always named after the partner.
        assertThat(resources).extracting(resource -> resource.get("name")).contains("소백산리조트 본관 주차장", "소백산리조트 별관 주차장");
        assertThat(resources)
                .allSatisfy(
                        resource -> assertThat((String) resource.get("name")).startsWith("소백산리조트"));
    }

    private Map<String, Object> object(HttpMethod method, String path, HttpStatus expected) {
        walked.add(new Call(method, path).toString());
        return http.method(method)
                .uri(path)
                .header("Authorization", bonghwaStaff)
                .exchange()
                .expectStatus()
                .isEqualTo(expected)
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }

    private List<Map<String, Object>> list(HttpMethod method, String path) {
        walked.add(new Call(method, path).toString());
        return http.method(method)
                .uri(path)
                .header("Authorization", bonghwaStaff)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON_LIST)
                .returnResult()
                .getResponseBody();
    }

    private Set<String> consoleEndpoints() {
        var endpoints = new ArrayList<String>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/v1/admin/"))
                        .forEach(pattern -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> endpoints.add(
                                        new Call(HttpMethod.valueOf(method.name()), pattern).toString()))));
        assertThat(endpoints).isNotEmpty();
        return endpoints.stream().collect(Collectors.toSet());
    }

    private record Call(HttpMethod method, String pattern) {
        @Override
        public String toString() {
            return method.name() + " " + pattern;
        }
    }

    private static String seoul(java.time.Instant instant) {
        return instant.atZone(kr.gongyu.Seoul.ZONE).toOffsetDateTime().toString();
    }
}
