package kr.gongyu.api.reservation;

import static kr.gongyu.ApiCalls.get;
import static kr.gongyu.ApiCalls.post;
import static kr.gongyu.ApiCalls.status;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.Race;
import kr.gongyu.ResourceBodies;
import kr.gongyu.TestClock;
import kr.gongyu.TestDays;
import kr.gongyu.TestMail;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Fee exemptions (감면): staff set them for the institution and a resource; the booker claims one, priced by the
 * server; an unknown claim stores nothing; staff refuse a claim, and the price is full again and the booker told.
 */
@IntegrationTest
class DiscountsIT {

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    private static final Map<String, Object> DISABLED = discount("DISABLED", null, 50, true);
    private static final Map<String, Object> MULTI_CHILD = discount("MULTI_CHILD", null, 30, false);

    @Test
    void staffSetTheInstitutionsTermsAndAResourceReplacesThemWithItsOwn() {
        var staff = token(http, "staff-eumseong");
        var institution = ApiCalls.put(
                http,
                "/api/v1/admin/discounts",
                staff,
                terms(false, DISABLED, discount("VOLUNTEER", "자원봉사자", 20, true)),
                HttpStatus.OK);
        assertThat(institution)
                .isEqualTo(Map.of(
                        "combine",
                        false,
                        "inherited",
                        false,
                        "discounts",
                        List.of(
                                Map.of("category", "DISABLED", "name", "장애인", "percent", 50, "evidenceRequired", true),
                                Map.of(
                                        "category",
                                        "VOLUNTEER",
                                        "name",
                                        "자원봉사자",
                                        "percent",
                                        20,
                                        "evidenceRequired",
                                        true))));
        assertThat(get(http, "/api/v1/admin/discounts", staff)).isEqualTo(institution);
        var room = room("시험 감면 기본 회의실", null);
        var details = "/api/v1/resources/" + room;

        assertThat(get(http, Map.of(), details).get("discounts"))
                .as("a resource without terms of its own offers the institution's")
                .isEqualTo(withInherited(institution, true));

        var own = ApiCalls.put(
                http,
                "/api/v1/admin/resources/" + room + "/discounts",
                staff,
                terms(true, discount("SENIOR", null, 40, true)),
                HttpStatus.OK);
        assertThat(own).containsEntry("combine", true).containsEntry("inherited", false);
        assertThat(get(http, Map.of("Accept-Language", "en"), details).get("discounts"))
                .isEqualTo(Map.of(
                        "combine",
                        true,
                        "inherited",
                        false,
                        "discounts",
                        List.of(Map.of(
                                "category",
                                "SENIOR",
                                "name",
                                "Aged 65 or over",
                                "percent",
                                40,
                                "evidenceRequired",
                                true))));

        var inherited = http.delete()
                .uri("/api/v1/admin/resources/" + room + "/discounts")
                .header("Authorization", staff)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ApiCalls.JSON)
                .returnResult()
                .getResponseBody();
        assertThat(inherited).isEqualTo(withInherited(institution, true));
        assertThat(status(http, "/api/v1/admin/resources/" + room + "/discounts", token(http, "staff-bonghwa")))
                .as("another institution's resource is as good as unknown")
                .isEqualTo(404);
    }

    @Test
    void termsWithMistakesAreRefusedNamingEachFieldAndNothingChanges() {
        var staff = token(http, "staff-eumseong");
        var room = room("시험 감면 실수 회의실", terms(false, DISABLED));

        var problem = ApiCalls.put(
                http,
                "/api/v1/admin/resources/" + room + "/discounts",
                staff,
                terms(
                        false,
                        discount("DISABLED", null, 0, true),
                        discount("OWN_KIND", null, 10, false),
                        discount("DISABLED", null, 10, false),
                        discount("장애인", null, 10, false)),
                HttpStatus.BAD_REQUEST);

        assertThat(problem).containsEntry("code", "INVALID_REQUEST");
        assertThat(fields(problem))
                .containsExactlyInAnyOrder(
                        "discounts[0].percent", "discounts[1].name", "discounts[2].category", "discounts[3].category");
        assertThat(get(http, "/api/v1/admin/resources/" + room + "/discounts", staff))
                .containsEntry("discounts", List.of(withName(DISABLED, "장애인")));
    }

    @Test
    void aClaimIsPricedByTheServerAndRefusedByStaffThePriceIsFullAgainAndTheBookerTold() {
        var room = room("시험 감면 청구 회의실", terms(false, DISABLED, MULTI_CHILD));
        var day = TestDays.workingDay(TestClock.today().plusDays(6));
        var citizen = "citizen0461";
        var auth = token(http, citizen);

        var quote = get(
                http,
                Map.of(),
                "/api/v1/resources/{id}/price?start={start}&end={end}&discount=DISABLED",
                room,
                day + "T19:00:00+09:00",
                day + "T21:00:00+09:00");
        assertThat(quote).containsEntry("amount", 10000);

        var booked = book(auth, room, day, "19:00", "21:00", "DISABLED", HttpStatus.CREATED);

        var claimed = Map.of(
                "amount",
                10000,
                "currency",
                "KRW",
                "deposit",
                0,
                "breakdown",
                List.of(Map.of("label", "사용료 2시간", "amount", 20000), Map.of("label", "장애인 감면 50%", "amount", -10000)),
                "discount",
                Map.of(
                        "category",
                        "DISABLED",
                        "name",
                        "장애인",
                        "percent",
                        50,
                        "amount",
                        10000,
                        "evidenceRequired",
                        true,
                        "status",
                        "CLAIMED"));
        assertThat(booked.get("price")).isEqualTo(claimed);
        assertThat(quote).isEqualTo(claimed);
        var id = (String) booked.get("id");
        var staff = token(http, "staff-eumseong");
        assertThat(get(http, "/api/v1/admin/reservations?resourceId=" + room, staff)
                        .get("items"))
                .as("staff see the claim")
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .anySatisfy(item -> assertThat(((Map<?, ?>) item).get("price")).isEqualTo(claimed));

        var refused = post(
                http,
                "/api/v1/admin/reservations/" + id + "/discount/refuse",
                staff,
                Map.of("reason", "복지카드 미제시"),
                HttpStatus.OK);

        var full = Map.of(
                "amount",
                20000,
                "currency",
                "KRW",
                "deposit",
                0,
                "breakdown",
                List.of(Map.of("label", "사용료 2시간", "amount", 20000)),
                "discount",
                Map.of(
                        "category",
                        "DISABLED",
                        "name",
                        "장애인",
                        "percent",
                        50,
                        "amount",
                        0,
                        "evidenceRequired",
                        true,
                        "status",
                        "REFUSED"));
        assertThat(refused.get("price")).isEqualTo(full);
        assertThat(get(http, "/api/v1/reservations/" + id + "/price", auth)).isEqualTo(full);
        assertThat(jdbc.sql("select price_amount from reservation where id = :id")
                        .param("id", Long.parseLong(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(20000L);
        assertThat(post(
                        http,
                        "/api/v1/admin/reservations/" + id + "/discount/refuse",
                        staff,
                        Map.of("reason", "다시"),
                        HttpStatus.CONFLICT))
                .containsEntry("code", "NO_DISCOUNT_CLAIMED");

        var told = ApiCalls.get(http, "/api/v1/me/notifications", auth);
        assertThat(items(told))
                .anySatisfy(message -> assertThat(message)
                        .containsEntry("kind", "DISCOUNT_REFUSED")
                        .containsEntry("link", "/my/reservations/" + id)
                        .satisfies(m -> assertThat((String) m.get("body")).contains("복지카드 미제시")));
        var mail = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> TestMail.receivedBy(citizen + "@gongyu.example").stream()
                                .filter(message -> subject(message).contains("감면"))
                                .toList(),
                        list -> !list.isEmpty())
                .getFirst();
        assertThat(subject(mail)).contains("시험 감면 청구 회의실");
    }

    @Test
    void anUnknownOrUnofferedClaimIsRefusedAndNothingIsStored() {
        var room = room("시험 감면 없는 항목 회의실", terms(false, DISABLED));
        var day = TestDays.workingDay(TestClock.today().plusDays(7));
        var auth = token(http, "citizen0462");
        var before = count(room);

        for (var claim : List.of("SENIOR", "NO_SUCH_THING", "장애인")) {
            var problem = book(auth, room, day, "19:00", "20:00", claim, HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(problem).containsEntry("code", "DISCOUNT_NOT_OFFERED");
        }
        assertThat(http.get()
                        .uri(
                                "/api/v1/resources/{id}/price?start={start}&end={end}&discount=SENIOR",
                                room,
                                day + "T19:00:00+09:00",
                                day + "T20:00:00+09:00")
                        .exchange()
                        .returnResult()
                        .getStatus()
                        .value())
                .isEqualTo(422);

        assertThat(count(room)).isEqualTo(before);
        var free = book(auth, room, day, "19:00", "20:00", null, HttpStatus.CREATED);
        assertThat(free.get("price"))
                .asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
                .containsEntry("amount", 10000)
                .containsEntry("discount", null);
        assertThat(post(
                        http,
                        "/api/v1/admin/reservations/" + free.get("id") + "/discount/refuse",
                        token(http, "staff-eumseong"),
                        Map.of("reason", "없음"),
                        HttpStatus.CONFLICT))
                .as("nothing claimed, nothing to refuse")
                .containsEntry("code", "NO_DISCOUNT_CLAIMED");
    }

    @Test
    void combiningDiscountsAreTakenOffOneAfterAnotherAndOtherwiseTheLargestAlone() {
        var combining = room("시험 감면 중복 회의실", terms(true, DISABLED, MULTI_CHILD));
        var largest = room("시험 감면 최대 회의실", terms(false, DISABLED, MULTI_CHILD));
        var day = TestDays.workingDay(TestClock.today().plusDays(8));
        var auth = token(http, "citizen0463");

        var both = (Map<?, ?>)
                book(auth, combining, day, "19:00", "21:00", List.of("DISABLED", "MULTI_CHILD"), HttpStatus.CREATED)
                        .get("price");
        var one = (Map<?, ?>)
                book(auth, largest, day, "19:00", "21:00", List.of("MULTI_CHILD", "DISABLED"), HttpStatus.CREATED)
                        .get("price");

        assertThat(both.get("amount")).isEqualTo(7000);
        assertThat(both.get("breakdown"))
                .isEqualTo(List.of(
                        Map.of("label", "사용료 2시간", "amount", 20000),
                        Map.of("label", "장애인 감면 50%", "amount", -10000),
                        Map.of("label", "다자녀 감면 30%", "amount", -3000)));
        assertThat(both.get("discount"))
                .asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
                .containsEntry("category", "DISABLED+MULTI_CHILD")
                .containsEntry("name", "장애인 + 다자녀")
                .containsEntry("percent", 65)
                .containsEntry("amount", 13000);
        assertThat(one.get("amount")).isEqualTo(10000);
        assertThat(one.get("discount"))
                .asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
                .containsEntry("category", "DISABLED");
    }

    @Test
    void aHoldIsPricedAgainWithTheDiscountClaimedWhileItIsHeldOnly() {
        var room = room("시험 감면 보류 회의실", terms(false, DISABLED, MULTI_CHILD));
        var day = TestDays.workingDay(TestClock.today().plusDays(10));
        var auth = token(http, "citizen0465");
        var body = new HashMap<>(ApiCalls.booking(room, day + "T19:00:00+09:00", day + "T21:00:00+09:00", 1, null));
        body.put("hold", true);
        var id = (String) post(http, "/api/v1/reservations", auth, body, HttpStatus.CREATED)
                .get("id");
        var path = "/api/v1/reservations/" + id + "/discount";

        var claimed = post(http, path, auth, Map.of("discount", "MULTI_CHILD"), HttpStatus.OK);
        assertThat(claimed.get("price"))
                .asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
                .containsEntry("amount", 14000);
        assertThat(post(http, path, auth, Map.of("discount", "SENIOR"), HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "DISCOUNT_NOT_OFFERED");
        assertThat(get(http, "/api/v1/reservations/" + id + "/price", auth))
                .as("a refused claim changed nothing")
                .containsEntry("amount", 14000);
        var none = new HashMap<String, Object>();
        none.put("discount", null);
        assertThat(post(http, path, auth, none, HttpStatus.OK).get("price"))
                .asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
                .containsEntry("amount", 20000)
                .containsEntry("discount", null);
        assertThat(post(http, path, token(http, "citizen0466"), Map.of("discount", "DISABLED"), HttpStatus.NOT_FOUND))
                .containsEntry("code", "NOT_FOUND");

        post(
                http,
                "/api/v1/reservations/" + id + "/confirm",
                auth,
                Map.of("headcount", 2, "purpose", "모임"),
                HttpStatus.OK);
        assertThat(post(http, path, auth, Map.of("discount", "DISABLED"), HttpStatus.CONFLICT))
                .containsEntry("code", "INVALID_STATE");
    }

    @Test
    void staffRefusingAtOnceRefuseOnceAndTheBookerIsToldOnce() throws Exception {
        var room = room("시험 감면 동시 거절 회의실", terms(false, DISABLED));
        var day = TestDays.workingDay(TestClock.today().plusDays(9));
        var auth = token(http, "citizen0464");
        var id = (String) book(auth, room, day, "19:00", "20:00", "DISABLED", HttpStatus.CREATED)
                .get("id");
        var staff = token(http, "staff-eumseong");

        var statuses = Race.run(
                6,
                index -> http.post()
                        .uri("/api/v1/admin/reservations/" + id + "/discount/refuse")
                        .header("Authorization", staff)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("reason", "증빙 없음 " + index))
                        .exchange()
                        .returnResult()
                        .getStatus()
                        .value());

        assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(jdbc.sql(
                                "select count(*) from notification where reservation_id = :id and kind = 'DISCOUNT_REFUSED'")
                        .param("id", Long.parseLong(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(get(http, "/api/v1/reservations/" + id + "/price", auth)).containsEntry("amount", 10000);
    }

    /** A paid room of Eumseong (10,000 won an hour, 18:00–22:00 on weekdays), with terms of its own if given. */
    private String room(String name, @Nullable Map<String, Object> terms) {
        var staff = token(http, "staff-eumseong");
        var id = (String)
                post(http, "/api/v1/admin/resources", staff, ResourceBodies.meetingRoom(name), HttpStatus.CREATED)
                        .get("id");
        if (terms != null) {
            ApiCalls.put(http, "/api/v1/admin/resources/" + id + "/discounts", staff, terms, HttpStatus.OK);
        }
        return id;
    }

    private Map<String, Object> book(
            String auth,
            String room,
            LocalDate day,
            String from,
            String to,
            @Nullable Object discount,
            HttpStatus expected) {
        var body = new HashMap<>(
                ApiCalls.booking(room, day + "T" + from + ":00+09:00", day + "T" + to + ":00+09:00", 1, 4));
        if (discount != null) {
            body.put("discount", discount);
        }
        return post(http, "/api/v1/reservations", auth, body, expected);
    }

    private long count(String room) {
        return jdbc.sql("select count(*) from reservation where resource_id = :id")
                .param("id", Long.parseLong(room))
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> discount(String category, @Nullable String name, int percent, boolean evidence) {
        var discount = new HashMap<String, Object>();
        discount.put("category", category);
        if (name != null) {
            discount.put("name", name);
        }
        discount.put("percent", percent);
        discount.put("evidenceRequired", evidence);
        return discount;
    }

    @SafeVarargs
    private static Map<String, Object> terms(boolean combine, Map<String, Object>... discounts) {
        return Map.of("combine", combine, "discounts", List.of(discounts));
    }

    private static Map<String, Object> withName(Map<String, Object> discount, String name) {
        var named = new HashMap<>(discount);
        named.put("name", name);
        return named;
    }

    private static Map<String, Object> withInherited(Map<String, Object> terms, boolean inherited) {
        var copy = new HashMap<>(terms);
        copy.put("inherited", inherited);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<String> fields(Map<String, Object> problem) {
        var fields = new ArrayList<String>();
        for (var error : (List<?>) problem.get("errors")) {
            fields.add((String) ((Map<?, ?>) error).get("field"));
        }
        return fields;
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
