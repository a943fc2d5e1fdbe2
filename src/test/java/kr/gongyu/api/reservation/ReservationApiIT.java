package kr.gongyu.api.reservation;

import static kr.gongyu.ApiCalls.JSON;
import static kr.gongyu.ApiCalls.resourceNamed;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.PoolExhausted;
import kr.gongyu.ResourceBodies;
import kr.gongyu.TestClock;
import kr.gongyu.TestDays;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.schedule.KoreanPublicHolidays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Booking through the API as the seed cases book, and every refusal with its code. */
@IntegrationTest
class ReservationApiIT {

    @Autowired
    RestTestClient http;

    private final LocalDate today = TestClock.today();

    @Test
    void chungnamsLobbyRoomIsConfirmedAtOnceAndThenTaken() {
        var citizen = token(http, "citizen0700");
        var room = resourceNamed(http, "도청 1층 로비 열린회의실 2");
        var date = today.plusDays(2);
        var booked = book(citizen, room, date + "T15:00:00+09:00", date + "T16:00:00+09:00", 4, HttpStatus.CREATED);
        assertThat(booked)
                .containsEntry("status", "CONFIRMED")
                .containsEntry("resourceId", room)
                .containsEntry("units", 1);
        assertThat((String) booked.get("start")).isEqualTo(date + "T15:00:00+09:00");

        var again = book(
                token(http, "citizen0701"),
                room,
                date + "T15:30:00+09:00",
                date + "T16:30:00+09:00",
                2,
                HttpStatus.CONFLICT);
        assertThat(again).containsEntry("code", "SLOT_UNAVAILABLE");
        var day = http.get()
                .uri("/api/v1/resources/{id}/availability?from={d}&to={d}", room, date, date)
                .exchange()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(String.valueOf(day))
                .contains("start=" + date + "T15:00:00+09:00, end=" + date + "T15:30:00+09:00, remaining=0")
                .contains("start=" + date + "T15:30:00+09:00, end=" + date + "T16:00:00+09:00, remaining=0")
                .contains("start=" + date + "T16:00:00+09:00, end=" + date + "T16:30:00+09:00, remaining=1");
    }

    /**
     * Once the booking has committed, the answer needs no connection: with the pool exhausted from that moment on
     * (every connection taken by others past the pool's timeout, as in a rush), the booker still gets the 201 with
     * the booking and its price as stored, rather than a 503 for a booking that was made.
     */
    @Test
    void aCommittedBookingIsAnswered201EvenWhenNoConnectionIsLeftAfterItsCommit() {
        var citizen = token(http, "citizen0790");
        var room = resourceNamed(http, "도청 1층 로비 열린회의실 4");
        var date = today.plusDays(3);
        Map<String, Object> booked;
        PoolExhausted.afterNextBookingOf(new ResourceId(Long.parseLong(room)));
        try {
            booked = book(citizen, room, date + "T10:00:00+09:00", date + "T11:00:00+09:00", 3, HttpStatus.CREATED);
        } finally {
            PoolExhausted.clear();
        }
        assertThat(PoolExhausted.exhaustedAfterCommit())
                .as("the answer was written while no connection could be had")
                .isTrue();
        assertThat(booked).containsEntry("status", "CONFIRMED").containsEntry("resourceId", room);
        var stored = read((String) booked.get("id"), citizen, HttpStatus.OK);
        assertThat(booked.get("price"))
                .as("the price answered is the one stored")
                .isEqualTo(stored.get("price"));
    }

    @Test
    void bonghwasGalleryIsRequestedForTenDaysAndWaitsForStaff() {
        var citizen = token(http, "citizen0702");
        var gallery = resourceNamed(http, "봉화군청 현관 갤러리");
        var first = today.plusDays(10);
        var last = first.plusDays(9);
        var booked =
                book(citizen, gallery, first + "T09:00:00+09:00", last + "T18:00:00+09:00", 20, HttpStatus.CREATED);
        assertThat(booked).containsEntry("status", "PENDING_APPROVAL");
        var staff = token(http, "staff-bonghwa");
        staffAction(booked.get("id") + "/reject", staff, Map.of(), HttpStatus.BAD_REQUEST);
        var rejected =
                staffAction(booked.get("id") + "/reject", staff, Map.of("reason", "같은 기간에 군 행사 전시"), HttpStatus.OK);
        assertThat(rejected).containsEntry("status", "REJECTED");
        assertThat(book(
                        token(http, "citizen0712"),
                        gallery,
                        first + "T09:00:00+09:00",
                        last + "T18:00:00+09:00",
                        20,
                        HttpStatus.CREATED))
                .as("a rejected request frees its days")
                .containsEntry("status", "PENDING_APPROVAL");
    }

    @Test
    void aSamcheokKindergartenBooksTheHallForAGraduationWhileAnotherSchoolIsRefused() {
        var hall = resourceNamed(http, "삼척문화예술회관 소공연장");
        var day = today.plusDays(9);
        while (day.getDayOfWeek() == DayOfWeek.MONDAY || KoreanPublicHolidays.isHoliday(day)) {
            day = day.plusDays(1);
        }
        var kindergarten = token(http, "org-samcheok-kinder01");
        var booked =
                book(kindergarten, hall, day + "T09:00:00+09:00", day + "T21:00:00+09:00", 120, HttpStatus.CREATED);
        assertThat(booked).containsEntry("status", "PENDING_APPROVAL");
        var staff = token(http, "staff-samcheok");
        var queue = http.get()
                .uri("/api/v1/admin/reservations?status=PENDING_APPROVAL&resourceId=" + hall)
                .header("Authorization", staff)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(String.valueOf(queue.get("items"))).contains("id=" + booked.get("id"));
        var approved = staffAction(booked.get("id") + "/approve", staff, null, HttpStatus.OK);
        assertThat(approved).as("the hall's fee is due once approved").containsEntry("status", "PAYMENT_DUE");
        assertThat(staffAction(booked.get("id") + "/approve", staff, null, HttpStatus.CONFLICT))
                .containsEntry("code", "INVALID_STATE");
        var other = day.plusDays(1);
        while (other.getDayOfWeek() == DayOfWeek.MONDAY || KoreanPublicHolidays.isHoliday(other)) {
            other = other.plusDays(1);
        }
        for (var refused : List.of("org-gangneung-school01", "citizen0709")) {
            assertThat(book(
                            token(http, refused),
                            hall,
                            other + "T09:00:00+09:00",
                            other + "T21:00:00+09:00",
                            50,
                            HttpStatus.UNPROCESSABLE_CONTENT))
                    .as(refused)
                    .containsEntry("code", "NOT_ELIGIBLE");
        }
    }

    @Test
    void aPerPersonQuotaRefusesTheBookingBeyondIt() {
        var staff = token(http, "staff-eumseong");
        var body = ResourceBodies.meetingRoom("한 사람 한 번 회의실");
        body.put("quota", Map.of("maxActivePerUser", 1));
        body.put(
                "openingRules",
                ResourceBodies.rules(List.of(Map.of(
                        "days",
                        List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"),
                        "open",
                        "09:00",
                        "close",
                        "18:00"))));
        var created = http.post()
                .uri("/api/v1/admin/resources")
                .header("Authorization", staff)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        var room = (String) created.get("id");
        var citizen = token(http, "citizen0710");
        var day = today.plusDays(2);
        while (KoreanPublicHolidays.isHoliday(day) || KoreanPublicHolidays.isHoliday(day.plusDays(1))) {
            day = day.plusDays(2);
        }
        book(citizen, room, day + "T10:00:00+09:00", day + "T11:00:00+09:00", 2, HttpStatus.CREATED);
        assertThat(book(
                        citizen,
                        room,
                        day.plusDays(1) + "T10:00:00+09:00",
                        day.plusDays(1) + "T11:00:00+09:00",
                        2,
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "QUOTA_EXCEEDED");
        book(
                token(http, "citizen0711"),
                room,
                day.plusDays(1) + "T10:00:00+09:00",
                day.plusDays(1) + "T11:00:00+09:00",
                2,
                HttpStatus.CREATED);
    }

    @Test
    void refusesTimesOutsideTheRulesWithTheirCodes() {
        var citizen = token(http, "citizen0703");
        var suwon = resourceNamed(http, "수원시청 시민회의실");
        var weekday = TestDays.workingDay(today.plusDays(2));
        assertThat(book(
                        citizen,
                        suwon,
                        weekday + "T10:00:00+09:00",
                        weekday + "T11:00:00+09:00",
                        5,
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "OUTSIDE_OPENING_HOURS");
        assertThat(book(
                        citizen,
                        suwon,
                        weekday + "T18:30:00+09:00",
                        weekday + "T19:30:00+09:00",
                        5,
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .as("not whole slots")
                .containsEntry("code", "OUTSIDE_OPENING_HOURS");
        var far = TestDays.workingDay(today.plusDays(45));
        assertThat(book(
                        citizen,
                        suwon,
                        far + "T18:00:00+09:00",
                        far + "T19:00:00+09:00",
                        5,
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "OUTSIDE_BOOKING_WINDOW");
        var garden = resourceNamed(http, "당산2동 주민센터 옥상 텃밭");
        var tuesday = today.plusDays(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        assertThat(book(
                        citizen,
                        garden,
                        tuesday + "T10:00:00+09:00",
                        tuesday + "T12:00:00+09:00",
                        40,
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "CAPACITY_EXCEEDED");
    }

    @Test
    void onlyTheOwnerAndTheInstitutionsStaffSeeABooking() {
        var owner = token(http, "citizen0704");
        var room = resourceNamed(http, "도청 1층 로비 열린회의실 3");
        var date = today.plusDays(3);
        var id = (String) book(owner, room, date + "T09:00:00+09:00", date + "T10:00:00+09:00", 3, HttpStatus.CREATED)
                .get("id");
        read(id, owner, HttpStatus.OK);
        read(id, token(http, "staff-chungnam"), HttpStatus.OK);
        read(id, token(http, "citizen0705"), HttpStatus.NOT_FOUND);
        read(id, token(http, "staff-suwon"), HttpStatus.NOT_FOUND);
        read(id, null, HttpStatus.UNAUTHORIZED);

        var mine = http.get()
                .uri("/api/v1/me/reservations")
                .header("Authorization", owner)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(mine).containsEntry("total", 1);
        assertThat(String.valueOf(mine.get("items"))).contains("id=" + id);
    }

    @Test
    void cancellingRefundsByThePolicyAndOnlyOnce() {
        var owner = token(http, "citizen0706");
        var lot = resourceNamed(http, "단양성당 주차장");
        var date = today.plusDays(8);
        var id = (String) book(owner, lot, date + "T10:00:00+09:00", date + "T12:00:00+09:00", null, HttpStatus.CREATED)
                .get("id");
        cancel(id, token(http, "citizen0707"), HttpStatus.NOT_FOUND);
        var cancelled = cancel(id, owner, HttpStatus.OK);
        assertThat(cancelled).containsEntry("status", "CANCELLED");
        assertThat(cancelled.get("refund")).isEqualTo(Map.of("amount", 0, "percent", 100));
        assertThat(cancel(id, owner, HttpStatus.CONFLICT)).containsEntry("code", "INVALID_STATE");
    }

    @Test
    void malformedRequestsAreInvalid() {
        var citizen = token(http, "citizen0708");
        var room = resourceNamed(http, "도청 1층 로비 열린회의실 4");
        var date = today.plusDays(2);
        var backwards =
                book(citizen, room, date + "T16:00:00+09:00", date + "T15:00:00+09:00", 1, HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(backwards.get("errors"))).contains("field=end");
        var body = new HashMap<String, Object>();
        body.put("start", "tomorrow");
        var answer = http.post()
                .uri("/api/v1/reservations")
                .header("Authorization", citizen)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(answer).containsEntry("code", "INVALID_REQUEST");
        assertThat(book(
                        citizen,
                        "99999999",
                        date + "T15:00:00+09:00",
                        date + "T16:00:00+09:00",
                        1,
                        HttpStatus.NOT_FOUND))
                .containsEntry("code", "NOT_FOUND");
    }

    private Map<String, Object> book(
            String auth, String resource, String start, String end, Integer headcount, HttpStatus expected) {
        var body = ApiCalls.booking(resource, start, end, 1, headcount);
        body.put("purpose", "시험 예약");
        return ApiCalls.post(http, "/api/v1/reservations", auth, body, expected);
    }

    private Map<String, Object> staffAction(String path, String auth, Object body, HttpStatus expected) {
        return ApiCalls.post(http, "/api/v1/admin/reservations/" + path, auth, body, expected);
    }

    private Map<String, Object> read(String id, String auth, HttpStatus expected) {
        return http.get()
                .uri("/api/v1/reservations/" + id)
                .headers(headers -> {
                    if (auth != null) {
                        headers.set("Authorization", auth);
                    }
                })
                .exchange()
                .expectStatus()
                .isEqualTo(expected)
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }

    private Map<String, Object> cancel(String id, String auth, HttpStatus expected) {
        return http.post()
                .uri("/api/v1/reservations/" + id + "/cancel")
                .header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "일정 변경"))
                .exchange()
                .expectStatus()
                .isEqualTo(expected)
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }
}
