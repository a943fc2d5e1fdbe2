package kr.gongyu.api.search;

import static kr.gongyu.ApiCalls.JSON;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * {@code GET /api/v1/resources} over the index: Korean relevance over a fixed corpus that Eumseong's staff
 * create, then over the demo catalogue; distance; the index following catalogue changes and its rebuild; and
 * queries of any text.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiIT {

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private String eumseong;

    /** The corpus: each name once, at a site of Eumseong, with its category. */
    @BeforeAll
    void createCorpus() {
        var staff = token(http, "staff-eumseong");
        eumseong =
                (String) ApiCalls.get(http, "/api/v1/admin/institution", staff).get("id");
        for (var entry : Map.of(
                        "소회의실", "회의실",
                        "다목적회의실", "회의실",
                        "대공연장", "공연장",
                        "공영주차장", "주차장",
                        "Seminar Room 3", "강의실",
                        "Seminar Room 4", "강의실",
                        "청소년 수련관 강당", "강당")
                .entrySet()) {
            var body = ResourceBodies.meetingRoom(entry.getKey());
            body.put("category", entry.getValue());
            if (entry.getValue().equals("주차장")) {
                body.put("kind", "POOLED");
                body.put("quantity", 40);
            }
            ApiCalls.post(http, "/api/v1/admin/resources", staff, body, HttpStatus.CREATED);
        }
    }

    @Test
    void aWordFindsTheCompoundsItIsPartOf() {
        assertThat(names("회의실")).contains("소회의실", "다목적회의실").doesNotContain("대공연장", "공영주차장");
    }

    @Test
    void aPerformanceHallIsNotACarPark() {
        assertThat(names("공연장")).contains("대공연장").doesNotContain("공영주차장");
        assertThat(names("주차장")).contains("공영주차장").doesNotContain("대공연장");
    }

    /** Eumseong's demo basement room has a projector; Samcheok's great hall a stage curtain. */
    @Test
    void anAmenityFindsTheResourcesThatHaveIt() {
        assertThat(names("빔프로젝터")).contains("음성군청 지하 공유회의실");
        assertThat(names("빔프로젝터 회의실")).first().isEqualTo("음성군청 지하 공유회의실");
        assertThat(items("/api/v1/resources?size=5&q=" + "무대막 공연장"))
                .extracting(item -> item.get("name"))
                .containsExactly("삼척문화예술회관 대공연장");
        assertThat(names("무대막")).as("no Eumseong resource has a stage curtain").isEmpty();
    }

    @Test
    void theExactNameComesFirst() {
        assertThat(names("소회의실")).first().isEqualTo("소회의실");
        assertThat(names("다목적회의실")).first().isEqualTo("다목적회의실");
    }

    @Test
    void englishWordsNumbersAndCategoriesInEnglishMatch() {
        assertThat(names("seminar")).contains("Seminar Room 3", "Seminar Room 4");
        assertThat(names("SEMINAR room 3")).contains("Seminar Room 3").doesNotContain("Seminar Room 4");
        assertThat(names("meeting room")).contains("소회의실", "다목적회의실").doesNotContain("대공연장");
    }

    @Test
    void particlesAndEndingsDoNotStopAMatch() {
        assertThat(names("수련관의")).contains("청소년 수련관 강당");
        assertThat(names("수련관의 강당")).contains("청소년 수련관 강당");
    }

    @Test
    void theStemFindsTheCompound() {
        assertThat(names("회의")).contains("소회의실", "다목적회의실").doesNotContain("대공연장", "공영주차장");
        assertThat(names("주차")).contains("공영주차장").doesNotContain("대공연장", "소회의실");
        assertThat(names("공연")).contains("대공연장").doesNotContain("공영주차장");
    }

    @Test
    void whatPeopleWantToDoFindsWhatServesIt() {
        assertThat(names("세미나")).contains("소회의실", "다목적회의실", "Seminar Room 3").doesNotContain("공영주차장");
        assertThat(names("결혼식")).contains("청소년 수련관 강당", "대공연장").doesNotContain("소회의실");
        assertThat(items("/api/v1/resources?q=배드민턴&size=20"))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("category")).isIn("배드민턴장", "체육관"));
    }

    @Test
    void placeWordsAreARegionInKoreanAndEnglish() {
        var suwon = items("/api/v1/resources?q=Suwon meeting room&size=50");
        assertThat(suwon).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("category")).isEqualTo("회의실");
            assertThat(regionOf(item)).startsWith("41110");
        });
        // 수영 is swimming; 수영구 is the place.
        assertThat(items("/api/v1/resources?q=수영&size=5"))
                .hasSize(5)
                .allSatisfy(item -> assertThat(item.get("category")).isEqualTo("수영장"));
        assertThat(items("/api/v1/resources?q=수영구 회의실&size=50")).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("category")).isEqualTo("회의실");
            assertThat(regionOf(item)).isEqualTo("26500");
        });
        // Busan's 중구, not Seoul's or Daegu's.
        assertThat(items("/api/v1/resources?q=부산 중구 주차장&size=50"))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(regionOf(item)).isEqualTo("26110"));
    }

    @Test
    void sortedByNameCapacityDistanceOrRelevance() {
        var byName = items("/api/v1/resources?region=43770&sort=name&size=100").stream()
                .map(item -> ((String) item.get("name")).toLowerCase(java.util.Locale.ROOT))
                .toList();
        assertThat(byName).hasSizeGreaterThan(10).isSorted();
        var byCapacity = items("/api/v1/resources?region=43770&sort=capacity&size=100").stream()
                .map(item -> (Integer) item.get("capacity"))
                .toList();
        assertThat(byCapacity).hasSizeGreaterThan(10).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(byCapacity.getFirst()).isGreaterThan(byCapacity.getLast());

        var lat = 36.9845;
        var lng = 128.3655;
        var nearest =
                items("/api/v1/resources?q=회의실&lat=" + lat + "&lng=" + lng + "&radiusKm=50&sort=distance&size=50")
                        .stream()
                        .map(item -> {
                            @SuppressWarnings("unchecked")
                            var site = (Map<String, Object>) item.get("site");
                            return kilometres(lat, lng, (Double) site.get("lat"), (Double) site.get("lng"));
                        })
                        .toList();
        assertThat(nearest).hasSizeGreaterThan(1).isSorted();
        // Relevance near a point: the exact name first, wherever it is.
        assertThat(items("/api/v1/resources?q=소회의실&institutionId=" + eumseong + "&lat=" + lat + "&lng=" + lng
                        + "&radiusKm=500&sort=relevance"))
                .first()
                .extracting(item -> item.get("name"))
                .isEqualTo("소회의실");
    }

    @Test
    void anUnknownSortOrDistanceWithoutAPointIsInvalid() {
        for (var query : List.of("sort=price", "sort=Name", "sort=distance", "q=회의실&sort=distance")) {
            var problem = page400("/api/v1/resources?" + query);
            assertThat(problem).as(query).containsEntry("code", "INVALID_REQUEST");
            assertThat((List<?>) problem.get("errors"))
                    .as(query)
                    .singleElement()
                    .satisfies(error ->
                            assertThat(((Map<?, ?>) error).get("field")).isEqualTo("sort"));
        }
    }

    @Test
    void placeAndInstitutionNamesNarrowTheCatalogue() {
        var suwonGyms = items("/api/v1/resources?q=수원 체육관&size=100");
        assertThat(suwonGyms).isNotEmpty();
        assertThat(suwonGyms)
                .allSatisfy(item -> assertThat(String.valueOf(item.get("institution")) + item.get("site"))
                        .contains("수원"));
        assertThat(suwonGyms)
                .first()
                .extracting(item -> (String) item.get("name"))
                .asString()
                .contains("체육관");

        // Samcheok's arts centre opens three spaces: they come first.
        var samcheok = items("/api/v1/resources?q=삼척 문화예술회관&size=5");
        assertThat(samcheok.subList(0, 3))
                .extracting(item -> (String) item.get("name"))
                .allSatisfy(name -> assertThat(name).startsWith("삼척문화예술회관 "))
                .contains("삼척문화예술회관 대공연장", "삼척문화예술회관 소공연장");
    }

    @Test
    void nearAPointOnlyWhatIsWithinTheRadiusNearestFirst() {
        // 단양군청, thereabouts.
        var lat = 36.9845;
        var lng = 128.3655;
        var near = items("/api/v1/resources?lat=" + lat + "&lng=" + lng + "&radiusKm=8&size=100");
        assertThat(near).isNotEmpty();
        var distances = near.stream()
                .map(item -> {
                    @SuppressWarnings("unchecked")
                    var site = (Map<String, Object>) item.get("site");
                    return kilometres(lat, lng, (Double) site.get("lat"), (Double) site.get("lng"));
                })
                .toList();
        assertThat(distances).allSatisfy(km -> assertThat(km).isLessThanOrEqualTo(8.01));
        assertThat(distances).isSorted();
    }

    @Test
    void theIndexFollowsPublishingRevisingAndUnpublishing() {
        var staff = token(http, "staff-eumseong");
        var word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var body = ResourceBodies.meetingRoom("새 회의실 " + word);
        var id = (String) ApiCalls.post(http, "/api/v1/admin/resources", staff, body, HttpStatus.CREATED)
                .get("id");
        assertThat(names(word)).containsExactly("새 회의실 " + word);

        ApiCalls.post(http, "/api/v1/admin/resources/" + id + "/unpublish", staff, null, HttpStatus.OK);
        assertThat(names(word)).isEmpty();
        ApiCalls.post(http, "/api/v1/admin/resources/" + id + "/publish", staff, null, HttpStatus.OK);
        assertThat(names(word)).containsExactly("새 회의실 " + word);

        body.put("name", "고친 강의실 " + word);
        http.put()
                .uri("/api/v1/admin/resources/" + id)
                .header("Authorization", staff)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(names(word)).containsExactly("고친 강의실 " + word);
    }

    @Test
    void theAvailabilityFilterFollowsEachBookingAndCancellationAtOnce() {
        var word = uniqueWord();
        var room = openEveryDay("빈 시간 회의실 " + word);
        var date = TestClock.today().plusDays(3);
        var morning = "&date=" + date + "&from=10:00&to=12:00";
        assertThat(names(word + morning)).hasSize(1);
        assertThat(names(word + "&date=" + date.plusDays(40)))
                .as("beyond the booking window")
                .isEmpty();

        var citizen = token(http, "citizen0830");
        var booked = ApiCalls.post(
                http,
                "/api/v1/reservations",
                citizen,
                ApiCalls.booking(room, date + "T10:00:00+09:00", date + "T11:00:00+09:00", 1, null),
                HttpStatus.CREATED);
        assertThat(names(word + morning)).as("10:00–12:00 is no longer free").isEmpty();
        assertThat(names(word + "&date=" + date + "&from=12:00&to=14:00")).hasSize(1);
        assertThat(names(word + "&date=" + date))
                .as("the day still has free slots")
                .hasSize(1);

        ApiCalls.post(http, "/api/v1/reservations/" + booked.get("id") + "/cancel", citizen, Map.of(), HttpStatus.OK);
        assertThat(names(word + morning)).as("free again once cancelled").hasSize(1);

        for (var query : List.of(
                "from=10:00",
                "date=" + date + "&from=12:00&to=10:00",
                "date=2026-13-01",
                "date=" + date + "&from=9시")) {
            assertThat(page400("/api/v1/resources?" + query)).as(query).containsEntry("code", "INVALID_REQUEST");
        }
    }

    /**
     * Bookers take and give back their own hours of one day while searchers keep asking about every hour of
     * it, so that days are computed while bookings commit. Each booker's search right after its answer sees
     * its change, and at the end every hour is free in search exactly when the calendar says so.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theAvailabilityFilterStaysTrueWhileOthersBookCancelAndSearch() throws Exception {
        var word = uniqueWord();
        var room = openEveryDay("경합 회의실 " + word);
        var date = TestClock.today().plusDays(4);
        IntFunction<String> hour =
                start -> word + "&date=" + date + "&from=%02d:00&to=%02d:00".formatted(start, start + 1);
        var bookers = 4;
        var rounds = 6;
        var booking = new AtomicBoolean(true);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var searches = IntStream.range(0, 4)
                    .mapToObj(searcher -> threads.submit(() -> {
                        var asked = 0;
                        for (var random = new Random(searcher); booking.get() || asked == 0; asked++) {
                            names(hour.apply(9 + random.nextInt(9)));
                        }
                        return asked;
                    }))
                    .toList();
            var booked = IntStream.range(0, bookers)
                    .mapToObj(booker -> threads.submit(() -> {
                        var citizen = token(http, "citizen%04d".formatted(1700 + booker));
                        for (var round = 0; round < rounds; round++) {
                            var start = 9 + 2 * booker + round % 2;
                            var reservation = ApiCalls.post(
                                    http,
                                    "/api/v1/reservations",
                                    citizen,
                                    ApiCalls.booking(
                                            room,
                                            date + "T%02d:00:00+09:00".formatted(start),
                                            date + "T%02d:00:00+09:00".formatted(start + 1),
                                            1,
                                            null),
                                    HttpStatus.CREATED);
                            assertThat(names(hour.apply(start)))
                                    .as("taken at %d:00", start)
                                    .isEmpty();
                            ApiCalls.post(
                                    http,
                                    "/api/v1/reservations/" + reservation.get("id") + "/cancel",
                                    citizen,
                                    Map.of(),
                                    HttpStatus.OK);
                            assertThat(names(hour.apply(start)))
                                    .as("given back at %d:00", start)
                                    .hasSize(1);
                        }
                        return rounds;
                    }))
                    .toList();
            try {
                for (var future : booked) {
                    assertThat(future.get()).isEqualTo(rounds);
                }
            } finally {
                // A failed booker stops the searchers too, so that the failure is reported rather than awaited.
                booking.set(false);
            }
            for (var future : searches) {
                assertThat(future.get()).isPositive();
            }
        }
        var calendar = ApiCalls.get(
                http,
                "/api/v1/resources/" + room + "/availability?from=" + date + "&to=" + date,
                token(http, "citizen1700"));
        var slots = (List<Map<String, Object>>)
                ((List<Map<String, Object>>) calendar.get("days")).getFirst().get("slots");
        assertThat(slots).hasSize(9);
        for (var slot : slots) {
            var start = OffsetDateTime.parse((String) slot.get("start")).getHour();
            assertThat(names(hour.apply(start)))
                    .as("%d:00 after the race, as the calendar says", start)
                    .hasSize((Integer) slot.get("remaining"));
        }
    }

    @Test
    void anOperatorRebuildsTheIndexAndWatchesItsProgress() {
        var operator = token(http, "operator");
        var started = ApiCalls.post(http, "/api/v1/operator/search-index/rebuild", operator, null, HttpStatus.ACCEPTED);
        assertThat(started.get("status")).isIn("RUNNING", "DONE");
        var progress = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> ApiCalls.get(http, "/api/v1/operator/search-index", operator),
                        current -> "DONE".equals(current.get("status")));
        // Every published resource of the database, counted there, is indexed and found again; resources another
        // application wrote to the same database (a test of its own) are found too, once rebuilt.
        var total = jdbc.queryForObject("select count(*) from resource where published = true", Integer.class);
        assertThat(progress).containsEntry("status", "DONE").containsEntry("total", total);
        assertThat(progress.get("indexed")).isEqualTo(total);
        assertThat(total("/api/v1/resources")).isEqualTo(total);
        ApiCalls.post(
                http,
                "/api/v1/operator/search-index/rebuild",
                token(http, "staff-eumseong"),
                null,
                HttpStatus.FORBIDDEN);
    }

    @Test
    void anyTextIsSearchedAsTextAndNeverFails() {
        for (var text : List.of(
                "x".repeat(5000),
                "name:*",
                "\"(",
                "*:* OR 1=1",
                "'; drop table resource; --",
                "🏀 체육관 🏸",
                "회의실 -소회의실 +강당 ~2",
                "\\",
                "   ")) {
            http.get()
                    .uri(uri ->
                            uri.path("/api/v1/resources").queryParam("q", text).build())
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    @Test
    void aFormsEmptyParametersAreAsGoodAsNone() {
        assertThat(total("/api/v1/resources?q=&region=&category=&kind=&institutionKind=&institutionId=&minCapacity="
                        + "&free=&confirmation=&lat=&lng=&radiusKm=&date=&from=&to="))
                .isEqualTo(total("/api/v1/resources"));
    }

    @Test
    void aPathTheFirewallRefusesIsAProblemToo() throws Exception {
        // Sent raw: a client library would tidy the doubled slash away.
        try (var client = HttpClient.newHttpClient()) {
            var answer = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reservations//cancel"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).contains("\"code\":\"INVALID_REQUEST\"");
        }
    }

    @Test
    void badCoordinatesRadiiAndPagesAreInvalid() {
        for (var query : List.of(
                "lat=91&lng=127",
                "lat=37&lng=181",
                "lat=37",
                "lng=127",
                "radiusKm=5",
                "lat=37&lng=127&radiusKm=0",
                "lat=37&lng=127&radiusKm=-1",
                "lat=37&lng=127&radiusKm=500.1",
                "minCapacity=100001",
                "lat=north&lng=127",
                "size=101",
                "page=100&size=100")) {
            assertThat(page400("/api/v1/resources?" + query)).as(query).containsEntry("code", "INVALID_REQUEST");
        }
    }

    private static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A room of Eumseong's, open 09:00–18:00 every day of the year, in hourly slots, with no quota. */
    private String openEveryDay(String name) {
        var body = ResourceBodies.meetingRoom(name);
        var rules = ResourceBodies.rules(List.of(Map.of(
                "days", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), "open", "09:00", "close", "18:00")));
        rules.put("closedOnPublicHolidays", false);
        rules.put("closedDates", List.of());
        body.put("openingRules", rules);
        body.put("quota", Map.of());
        return (String)
                ApiCalls.post(http, "/api/v1/admin/resources", token(http, "staff-eumseong"), body, HttpStatus.CREATED)
                        .get("id");
    }

    /** The names found for the text among Eumseong's resources, in the order given. */
    private List<String> names(String text) {
        return items("/api/v1/resources?institutionId=" + eumseong + "&size=100&q=" + text).stream()
                .map(item -> (String) item.get("name"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(String uri) {
        return (List<Map<String, Object>>) page(uri).get("items");
    }

    private int total(String uri) {
        return (Integer) page(uri).get("total");
    }

    private Map<String, Object> page(String uri) {
        return http.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }

    private Map<String, Object> page400(String uri) {
        return http.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static String regionOf(Map<String, Object> item) {
        return (String) ((Map<String, Object>) item.get("site")).get("regionCode");
    }

    private static double kilometres(double lat1, double lng1, double lat2, double lng2) {
        var dLat = Math.toRadians(lat2 - lat1);
        var dLng = Math.toRadians(lng2 - lng1);
        var a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLng / 2), 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
