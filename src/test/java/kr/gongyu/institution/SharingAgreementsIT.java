package kr.gongyu.institution;

import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Danyang and its private partners: a partner opens resources only at the sites an agreement in force covers,
 * and an agreement ended early closes its sites' later days and keeps or cancels their bookings as it says.
 */
@IntegrationTest
class SharingAgreementsIT {

    @Autowired
    RestTestClient http;

    @Autowired
    SharingAgreements agreements;

    @Autowired
    Institutions institutions;

    @Autowired
    ResourceManagement management;

    private final LocalDate today = TestClock.today();

    @Test
    void aPartnerOpensParkingOnlyUnderAnAgreementAndItsEarlyEndCancelsLaterBookings() {
        var partner = institution("소백산리조트");
        var danyang = institution("충청북도 단양군");
        var site = management.createSite(
                partner, "소백산리조트 협약시험 주차장", "충청북도 단양군 단양읍 삼봉로 190", new RegionCode("43800"), 36.98, 128.35);
        var resort = token(http, "partner-danyang-resort");
        var parking = parking(site.id().value(), "소백산리조트 협약시험 주차장 A");

        var refused = ApiCalls.post(http, "/api/v1/admin/resources", resort, parking, HttpStatus.CONFLICT);
        assertThat(refused).containsEntry("code", "SITE_NOT_SHARED");

        var agreement = agreements.record(
                danyang,
                partner,
                today,
                today.plusYears(1),
                "주차장 무료 개방",
                WhenAgreementEnds.CANCEL_BOOKINGS,
                Set.of(site.id().value()));
        var resource = (String) ApiCalls.post(http, "/api/v1/admin/resources", resort, parking, HttpStatus.CREATED)
                .get("id");
        try {
            bookAndEndEarly(agreement.id(), danyang, resource);
        } finally {
            hide(partner, resource);
        }
    }

    private void bookAndEndEarly(long agreement, InstitutionId danyang, String resource) {
        var citizen = token(http, "citizen1970");
        var early = book(citizen, resource, today.plusDays(2));
        var late = book(citizen, resource, today.plusDays(10));

        assertThat(freeInSearch(resource, today.plusDays(5))).isTrue();

        assertThat(agreements.endEarly(institution("경기도 수원시"), agreement, today.plusDays(3)))
                .isEmpty();
        agreements.endEarly(danyang, agreement, today.plusDays(3));

        assertThat(freeInSearch(resource, today.plusDays(5)))
                .as("search's availability filter forgot the day it knew")
                .isFalse();

        assertThat(status(citizen, late)).isEqualTo("CANCELLED");
        assertThat(status(citizen, early)).isEqualTo("CONFIRMED");
        assertThat(ApiCalls.day(http, resource, today.plusDays(3))).containsEntry("open", true);
        assertThat(ApiCalls.day(http, resource, today.plusDays(4)))
                .containsEntry("open", false)
                .containsEntry("reason", "OUTSIDE_WINDOW");
        ApiCalls.post(
                http,
                "/api/v1/reservations",
                citizen,
                ApiCalls.booking(resource, at(today.plusDays(5), 10), at(today.plusDays(5), 11), 1, null),
                HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void anAgreementThatKeepsBookingsHonoursThemAfterItsEarlyEnd() {
        var partner = institution("소백산리조트");
        var danyang = institution("충청북도 단양군");
        var site = management.createSite(
                partner, "소백산리조트 협약시험 주차장 2", "충청북도 단양군 단양읍 삼봉로 192", new RegionCode("43800"), 36.98, 128.35);
        var agreement = agreements.record(
                danyang,
                partner,
                today,
                today.plusYears(1),
                null,
                WhenAgreementEnds.KEEP_BOOKINGS,
                Set.of(site.id().value()));
        var resource = (String) ApiCalls.post(
                        http,
                        "/api/v1/admin/resources",
                        token(http, "partner-danyang-resort"),
                        parking(site.id().value(), "소백산리조트 협약시험 주차장 B"),
                        HttpStatus.CREATED)
                .get("id");
        try {
            var citizen = token(http, "citizen1971");
            var kept = book(citizen, resource, today.plusDays(10));

            agreements.endEarly(danyang, agreement.id(), today.plusDays(3));

            assertThat(status(citizen, kept)).isEqualTo("CONFIRMED");
            assertThat(ApiCalls.day(http, resource, today.plusDays(10))).containsEntry("open", false);
        } finally {
            hide(partner, resource);
        }
    }

    /** Takes the test's parking out of the public catalogue again, whose counts other tests assert. */
    private void hide(InstitutionId partner, String resource) {
        management.unpublish(partner, new ResourceId(Long.parseLong(resource)));
    }

    @Test
    void anAgreementIsRecordedOnlyBetweenALocalGovernmentAndAPartnerForAPossiblePeriod() {
        var partner = institution("구인사");
        var danyang = institution("충청북도 단양군");
        var sites = Set.of(1L);
        assertThatThrownBy(() -> agreements.record(
                        partner, danyang, today, today.plusYears(1), null, WhenAgreementEnds.KEEP_BOOKINGS, sites))
                .isInstanceOfSatisfying(
                        AgreementRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("localGovernment"));
        assertThatThrownBy(() -> agreements.record(
                        danyang, partner, today, today.minusDays(1), null, WhenAgreementEnds.KEEP_BOOKINGS, sites))
                .isInstanceOfSatisfying(
                        AgreementRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("endsOn"));
        assertThatThrownBy(() -> agreements.record(
                        danyang, partner, today, today.plusYears(1), null, WhenAgreementEnds.KEEP_BOOKINGS, Set.of()))
                .isInstanceOfSatisfying(
                        AgreementRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("sites"));
        var demo = agreements.of(partner).getFirst();
        assertThatThrownBy(() -> agreements.endEarly(danyang, demo.id(), demo.endsOn()))
                .isInstanceOfSatisfying(
                        AgreementRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("agreement.lastDayNotEarlier"));
        assertThatThrownBy(() -> agreements.endEarly(danyang, demo.id(), today.minusDays(1)))
                .isInstanceOfSatisfying(
                        AgreementRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("agreement.lastDayPast"));
    }

    private InstitutionId institution(String name) {
        return institutions.search(null, name, PageRequest.of(0, 10)).stream()
                .filter(found -> found.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A car park open every day of the year, so that the days the test books never fall on a closed one. */
    private static Map<String, Object> parking(long site, String name) {
        var body = ResourceBodies.meetingRoom(name);
        body.remove("site");
        body.put("siteId", String.valueOf(site));
        body.put("category", "주차장");
        body.put("kind", "POOLED");
        body.put("quantity", 20);
        body.put("free", true);
        body.remove("fee");
        var rules = ResourceBodies.rules(List.of(Map.of(
                "days", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), "open", "08:00", "close", "20:00")));
        rules.put("closedOnPublicHolidays", false);
        body.put("openingRules", rules);
        return body;
    }

    /** Whether a search for the day's 10:00–11:00 lists the resource. */
    private boolean freeInSearch(String resource, LocalDate date) {
        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) http.get()
                .uri("/api/v1/resources?q={q}&date={d}&from=10:00&to=11:00&size=100", "협약시험 주차장", date)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ApiCalls.JSON)
                .returnResult()
                .getResponseBody()
                .get("items");
        return items.stream().anyMatch(item -> item.get("id").equals(resource));
    }

    private String book(String citizen, String resource, LocalDate date) {
        return (String) ApiCalls.post(
                        http,
                        "/api/v1/reservations",
                        citizen,
                        ApiCalls.booking(resource, at(date, 10), at(date, 11), 1, null),
                        HttpStatus.CREATED)
                .get("id");
    }

    private String status(String citizen, String reservation) {
        return (String) ApiCalls.get(http, "/api/v1/reservations/" + reservation, citizen)
                .get("status");
    }

    private static String at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(Seoul.ZONE).toOffsetDateTime().toString();
    }
}
