package kr.gongyu.api.reservation;

import static kr.gongyu.ApiCalls.get;
import static kr.gongyu.ApiCalls.post;
import static kr.gongyu.ApiCalls.status;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
import org.springframework.test.web.servlet.client.RestTestClient;

/** A paid resource's booking is priced by the server from the fee, kept with the booking, and read back. */
@IntegrationTest
class BookingPriceIT {

    @Autowired
    RestTestClient http;

    @Test
    void anEveningBookingPaysTheHoursTheNightSurchargeAndTheDepositWhateverTheClientSays() {
        var staff = token(http, "staff-eumseong");
        var room = ResourceBodies.meetingRoom("시험 할증 회의실");
        room.put(
                "fee",
                Map.of("amount", 10000, "per", "HOUR", "nightPercent", 20, "weekendPercent", 50, "deposit", 30000));
        var created = post(http, "/api/v1/admin/resources", staff, room, HttpStatus.CREATED);
        assertThat(created.get("fee"))
                .isEqualTo(Map.of(
                        "amount", 10000,
                        "per", "HOUR",
                        "nightPercent", 20,
                        "weekendPercent", 50,
                        "holidayPercent", 0,
                        "deposit", 30000));
        assertThat(get(http, Map.of(), "/api/v1/resources/{id}", created.get("id"))
                        .get("fee"))
                .as("the public resource shows the whole fee")
                .isEqualTo(created.get("fee"));
        var day = TestDays.workingDay(TestClock.today().plusDays(3));
        var request = new HashMap<>(
                ApiCalls.booking((String) created.get("id"), day + "T19:00:00+09:00", day + "T21:00:00+09:00", 1, 5));
        request.put("price", Map.of("amount", 1, "currency", "KRW"));
        var citizen = token(http, "citizen0731");

        var booked = post(http, "/api/v1/reservations", citizen, request, HttpStatus.CREATED);

        var expected = Map.of(
                "amount",
                24000,
                "currency",
                "KRW",
                "deposit",
                30000,
                "breakdown",
                List.of(Map.of("label", "사용료 2시간", "amount", 20000), Map.of("label", "야간 할증 20%", "amount", 4000)));
        assertThat(booked.get("price")).as("the client's price is ignored").isEqualTo(withNoDiscount(expected));
        var path = "/api/v1/reservations/" + booked.get("id") + "/price";
        assertThat(get(http, Map.of("Authorization", citizen, "Accept-Language", "ko"), path))
                .isEqualTo(withNoDiscount(expected));
        var inEnglish = get(http, Map.of("Authorization", citizen, "Accept-Language", "en"), path);
        assertThat(inEnglish.get("breakdown"))
                .isEqualTo(List.of(
                        Map.of("label", "Fee, 2 hour(s)", "amount", 20000),
                        Map.of("label", "Night surcharge 20%", "amount", 4000)));
        assertThat(get(http, path, staff)).containsEntry("amount", 24000);

        var revised = ResourceBodies.meetingRoom("시험 할증 회의실");
        revised.put("fee", Map.of("amount", 50000, "per", "HOUR"));
        http.put()
                .uri("/api/v1/admin/resources/" + created.get("id"))
                .header("Authorization", staff)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(revised)
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(get(http, path, citizen))
                .as("the price was fixed when booked")
                .containsEntry("amount", 24000);
    }

    @Test
    void anotherCitizensBookingHasNoPriceToShow() {
        var room = ResourceBodies.meetingRoom("시험 남의 회의실");
        var created = post(http, "/api/v1/admin/resources", token(http, "staff-eumseong"), room, HttpStatus.CREATED);
        var day = TestDays.workingDay(TestClock.today().plusDays(4));
        var booked = post(
                http,
                "/api/v1/reservations",
                token(http, "citizen0732"),
                ApiCalls.booking((String) created.get("id"), day + "T18:00:00+09:00", day + "T19:00:00+09:00", 1, 3),
                HttpStatus.CREATED);
        var path = "/api/v1/reservations/" + booked.get("id") + "/price";

        assertThat(status(http, path, token(http, "citizen0733"))).isEqualTo(404);
        assertThat(status(http, path, token(http, "staff-bonghwa"))).isEqualTo(404);
        assertThat(status(http, "/api/v1/reservations/999999999/price", token(http, "citizen0732")))
                .isEqualTo(404);
    }

    @Test
    void aSurchargeAboveThreeHundredPercentIsRefusedNamingTheField() {
        var room = ResourceBodies.meetingRoom("시험 과한 할증");
        room.put("fee", Map.of("amount", 10000, "per", "HOUR", "holidayPercent", 301));

        var problem =
                post(http, "/api/v1/admin/resources", token(http, "staff-eumseong"), room, HttpStatus.BAD_REQUEST);

        assertThat(problem).containsEntry("code", "INVALID_REQUEST");
        assertThat((List<?>) problem.get("errors"))
                .anySatisfy(
                        error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo("fee.holidayPercent"));
    }

    private static Map<String, Object> withNoDiscount(Map<String, Object> price) {
        var full = new HashMap<>(price);
        full.put("discount", null);
        return full;
    }
}
