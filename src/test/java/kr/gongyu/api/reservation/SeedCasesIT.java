package kr.gongyu.api.reservation;

import static kr.gongyu.ApiCalls.JSON;
import static kr.gongyu.ApiCalls.resourceNamed;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import kr.gongyu.TestDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The six cases of the seed press release, each booked through the API as the seed tells it, and then read back.
 * The suite shares one database: these tests book days from three weeks ahead (other tests book the next two
 * weeks), except where a resource's booking window is shorter, and use citizens 1800–1849, whom no other test
 * uses.
 */
@IntegrationTest
class SeedCasesIT {

    @Autowired
    RestTestClient http;

    private final LocalDate today = TestClock.today();

    @Test
    void samcheoksKindergartenHoldsAGraduationInTheArtsCentreAfterStaffApproveAndAnOutsideSchoolIsRefused() {
        var hall = resourceNamed(http, "삼척문화예술회관 대공연장");
        // The hall is closed on Mondays and public holidays, and takes bookings up to 180 days ahead.
        var graduation = TestDays.firstFrom(today.plusDays(30), day -> day.getDayOfWeek() != DayOfWeek.MONDAY);
        var kindergarten = token(http, "org-samcheok-kinder01");
        var requested = book(
                kindergarten,
                hall,
                graduation + "T09:00:00+09:00",
                graduation + "T21:00:00+09:00",
                1,
                300,
                HttpStatus.CREATED);
        assertThat(requested)
                .containsEntry("status", "PENDING_APPROVAL")
                .containsEntry("resourceId", hall)
                .containsEntry("headcount", 300);
        assertThat(remaining(hall, graduation, "09:00"))
                .as("a request waiting for approval does not hold the day: staff choose among requests")
                .isEqualTo(1);

        var staff = token(http, "staff-samcheok");
        var id = (String) requested.get("id");
        assertThat(staffAction(id + "/approve", staff, HttpStatus.OK))
                .as("the hall's fee is due once approved")
                .containsEntry("status", "PAYMENT_DUE");
        assertThat(read(id, kindergarten))
                .containsEntry("status", "PAYMENT_DUE")
                .containsEntry("start", graduation + "T09:00:00+09:00")
                .containsEntry("end", graduation + "T21:00:00+09:00");
        assertThat(remaining(hall, graduation, "09:00"))
                .as("the approved day is taken")
                .isZero();

        // On a free day, so that only eligibility can refuse: a school of Gangneung is not one of Samcheok's.
        var freeDay = TestDays.firstFrom(graduation.plusDays(1), day -> day.getDayOfWeek() != DayOfWeek.MONDAY);
        assertThat(book(
                        token(http, "org-gangneung-school01"),
                        hall,
                        freeDay + "T09:00:00+09:00",
                        freeDay + "T21:00:00+09:00",
                        1,
                        200,
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "NOT_ELIGIBLE");
        assertThat(remaining(hall, freeDay, "09:00"))
                .as("the refusal took nothing")
                .isEqualTo(1);
    }

    @Test
    void suwonOpensOnWeekdayNightsAndWeekendDaysButNotOutsideThem() {
        var citizen = token(http, "citizen1800");
        var room = resourceNamed(http, "장안구청 대회의실");
        var gym = resourceNamed(http, "영통국민체육센터 체육관");
        // Suwon is closed on public holidays and takes bookings up to 30 days ahead.
        // Two weeks ahead, so that a holiday week still leaves the day inside the window.
        var weekday = TestDays.workingDay(today.plusDays(14));
        var saturday = TestDays.firstFrom(today.plusDays(14), day -> day.getDayOfWeek() == DayOfWeek.SATURDAY);

        var night = book(
                citizen, room, weekday + "T19:00:00+09:00", weekday + "T21:00:00+09:00", 1, 15, HttpStatus.CREATED);
        assertThat(night).containsEntry("status", "CONFIRMED");
        var weekend = book(
                token(http, "citizen1801"),
                gym,
                saturday + "T10:00:00+09:00",
                saturday + "T13:00:00+09:00",
                1,
                40,
                HttpStatus.CREATED);
        assertThat(weekend).containsEntry("status", "CONFIRMED");

        assertThat(book(
                        citizen,
                        room,
                        weekday + "T10:00:00+09:00",
                        weekday + "T12:00:00+09:00",
                        1,
                        15,
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .as("weekday office hours are not open")
                .containsEntry("code", "OUTSIDE_OPENING_HOURS");
        assertThat(book(
                        citizen,
                        gym,
                        saturday + "T18:00:00+09:00",
                        saturday + "T20:00:00+09:00",
                        1,
                        40,
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .as("weekends close at 18:00")
                .containsEntry("code", "OUTSIDE_OPENING_HOURS");

        assertThat(read((String) night.get("id"), citizen)).containsEntry("status", "CONFIRMED");
        assertThat(remainingBySlot(room, weekday))
                .containsExactly(
                        Map.entry("18:00", 1), Map.entry("19:00", 0), Map.entry("20:00", 0), Map.entry("21:00", 1));
        assertThat(remainingBySlot(gym, saturday))
                .containsEntry("09:00", 1)
                .containsEntry("10:00", 0)
                .containsEntry("11:00", 0)
                .containsEntry("12:00", 0)
                .containsEntry("13:00", 1)
                .containsEntry("17:00", 1)
                .doesNotContainKey("18:00");
    }

    @Test
    void danyangsPartnerCarParkFillsUpSpaceBySpace() {
        var lot = resourceNamed(http, "남한강리조트 주차장");
        var details = http.get()
                .uri("/api/v1/resources/{id}", lot)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(details).containsEntry("kind", "POOLED").containsEntry("quantity", 35);
        assertThat(details.get("institution")).asString().contains("kind=PARTNER");

        // Partner car parks take bookings only 14 days ahead.
        var date = today.plusDays(11);
        var start = date + "T13:00:00+09:00";
        var end = date + "T15:00:00+09:00";
        var units = List.of(20, 10, 5);
        for (int n = 0; n < units.size(); n++) {
            var booked = book(token(http, "citizen181" + n), lot, start, end, units.get(n), null, HttpStatus.CREATED);
            assertThat(booked).containsEntry("status", "CONFIRMED").containsEntry("units", units.get(n));
        }
        assertThat(book(token(http, "citizen1813"), lot, start, end, 1, null, HttpStatus.CONFLICT))
                .containsEntry("code", "SLOT_UNAVAILABLE");
        assertThat(remainingBySlot(lot, date))
                .containsEntry("12:00", 35)
                .containsEntry("13:00", 0)
                .containsEntry("14:00", 0)
                .containsEntry("15:00", 35);
    }

    @Test
    void chungnamsLobbyMeetingRoomIsConfirmedAtOnceForHalfAnHour() {
        var citizen = token(http, "citizen1820");
        var room = resourceNamed(http, "도청 1층 로비 열린회의실 5");
        // The lobby rooms take bookings up to 14 days ahead.
        var date = today.plusDays(6);
        var booked = book(citizen, room, date + "T12:00:00+09:00", date + "T12:30:00+09:00", 1, 8, HttpStatus.CREATED);
        assertThat(booked).containsEntry("status", "CONFIRMED").containsEntry("end", date + "T12:30:00+09:00");
        assertThat(read((String) booked.get("id"), citizen)).containsEntry("status", "CONFIRMED");
        assertThat(remainingBySlot(room, date))
                .as("the half hours either side stay free")
                .containsEntry("11:30", 1)
                .containsEntry("12:00", 0)
                .containsEntry("12:30", 1);
    }

    @Test
    void yeongdeungposRooftopGardenTakesAGroupUpToItsCapacity() {
        var garden = resourceNamed(http, "당산2동 주민센터 옥상 텃밭");
        // Visits run Tuesday to Saturday, except public holidays, up to 30 days ahead.
        var thursday = TestDays.firstFrom(today.plusDays(14), day -> day.getDayOfWeek() == DayOfWeek.THURSDAY);
        var citizen = token(http, "citizen1830");
        var visit = book(
                citizen, garden, thursday + "T14:00:00+09:00", thursday + "T16:00:00+09:00", 1, 25, HttpStatus.CREATED);
        assertThat(visit).containsEntry("status", "PENDING_APPROVAL").containsEntry("headcount", 25);

        // The morning visit is free, so only the headcount can refuse it.
        assertThat(book(
                        token(http, "citizen1831"),
                        garden,
                        thursday + "T10:00:00+09:00",
                        thursday + "T12:00:00+09:00",
                        1,
                        26,
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "CAPACITY_EXCEEDED");
        var id = (String) visit.get("id");
        assertThat(staffAction(id + "/approve", token(http, "staff-yeongdeungpo"), HttpStatus.OK))
                .containsEntry("status", "CONFIRMED");
        assertThat(remainingBySlot(garden, thursday)).containsExactly(Map.entry("10:00", 1), Map.entry("14:00", 0));
        assertThat(read(id, citizen)).containsEntry("status", "CONFIRMED").containsEntry("headcount", 25);
    }

    @Test
    void bonghwasFreeGalleryHostsATenDayExhibitionAfterStaffApprove() {
        var gallery = resourceNamed(http, "봉화군청 현관 갤러리");
        var details = http.get()
                .uri("/api/v1/resources/{id}", gallery)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(details).containsEntry("free", true).containsEntry("fee", null);

        // Open every day, holidays included, up to 90 days ahead; other tests book its next three weeks.
        var first = today.plusDays(40);
        var last = first.plusDays(9);
        var citizen = token(http, "citizen1840");
        var requested =
                book(citizen, gallery, first + "T09:00:00+09:00", last + "T18:00:00+09:00", 1, 30, HttpStatus.CREATED);
        assertThat(requested)
                .containsEntry("status", "PENDING_APPROVAL")
                .containsEntry("start", first + "T09:00:00+09:00")
                .containsEntry("end", last + "T18:00:00+09:00");
        var id = (String) requested.get("id");

        var staff = token(http, "staff-bonghwa");
        var queue = http.get()
                .uri("/api/v1/admin/reservations?status=PENDING_APPROVAL&resourceId=" + gallery)
                .header("Authorization", staff)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(String.valueOf(queue.get("items"))).contains("id=" + id);
        assertThat(staffAction(id + "/approve", staff, HttpStatus.OK)).containsEntry("status", "CONFIRMED");

        assertThat(read(id, citizen))
                .containsEntry("status", "CONFIRMED")
                .containsEntry("start", first + "T09:00:00+09:00")
                .containsEntry("end", last + "T18:00:00+09:00");
        var days = calendar(gallery, first.minusDays(1), last.plusDays(1));
        assertThat(days).hasSize(12);
        days.forEach((date, slots) -> {
            var taken = !date.isBefore(first) && !date.isAfter(last);
            assertThat(slots).as(date.toString()).containsExactly(Map.entry("09:00", taken ? 0 : 1));
        });
    }

    private Map<String, Object> book(
            String auth, String resource, String start, String end, int units, Integer headcount, HttpStatus expected) {
        var body = ApiCalls.booking(resource, start, end, units, headcount);
        body.put("purpose", "시범 사례 시험");
        return ApiCalls.post(http, "/api/v1/reservations", auth, body, expected);
    }

    private Map<String, Object> staffAction(String path, String auth, HttpStatus expected) {
        return ApiCalls.post(http, "/api/v1/admin/reservations/" + path, auth, null, expected);
    }

    private Map<String, Object> read(String id, String auth) {
        return ApiCalls.get(http, "/api/v1/reservations/" + id, auth);
    }

    /** The units still free in each slot of the day, by the slot's start time ("19:00"), in order. */
    private Map<String, Integer> remainingBySlot(String resource, LocalDate date) {
        return calendar(resource, date, date).get(date);
    }

    private Integer remaining(String resource, LocalDate date, String start) {
        var slots = remainingBySlot(resource, date);
        assertThat(slots).containsKey(start);
        return slots.get(start);
    }

    /** The availability of each open day from {@code from} to {@code to}, as {@link #remainingBySlot} gives it. */
    @SuppressWarnings("unchecked")
    private Map<LocalDate, Map<String, Integer>> calendar(String resource, LocalDate from, LocalDate to) {
        var answer = http.get()
                .uri("/api/v1/resources/{id}/availability?from={from}&to={to}", resource, from, to)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        var days = new LinkedHashMap<LocalDate, Map<String, Integer>>();
        for (var day : (List<Map<String, Object>>) answer.get("days")) {
            var date = LocalDate.parse((String) day.get("date"));
            assertThat(day).as(date.toString()).containsEntry("open", true);
            var slots = new LinkedHashMap<String, Integer>();
            for (var slot : (List<Map<String, Object>>) day.get("slots")) {
                var start = (String) slot.get("start");
                assertThat(start).startsWith(date + "T");
                slots.put(start.substring(11, 16), (Integer) slot.get("remaining"));
            }
            days.put(date, slots);
        }
        assertThat(days.keySet()).first().isEqualTo(from);
        assertThat(days.keySet()).last().isEqualTo(to);
        return days;
    }
}
