package kr.gongyu.reservation;

import static kr.gongyu.ApiCalls.get;
import static kr.gongyu.ApiCalls.post;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A priced booking waits for its payment until the resource's deadline (never past its start), holding its time;
 * unpaid then, the housekeeping job cancels it, the booker is told, and the time is free again. Free bookings are
 * confirmed as before.
 */
@IntegrationTest
class PaymentDeadlineIT {

    @Autowired
    RestTestClient http;

    @Autowired
    ReservationHousekeeping housekeeping;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnpaidBookingIsCancelledAtTheResourcesDeadlineAndItsTimeIsFreeAgain() {
        var staff = token(http, "staff-eumseong");
        var body = priced(ResourceBodies.openEveryHour("시험 결제 기한 회의실"));
        body.put("cancellation", Map.of("refundPercentByDaysBefore", Map.of("0", 100), "paymentDeadlineHours", 6));
        var room = post(http, "/api/v1/admin/resources", staff, body, HttpStatus.CREATED);
        assertThat(room.get("cancellation"))
                .isEqualTo(Map.of(
                        "refundPercentByDaysBefore",
                        Map.of("0", 100),
                        "paymentDeadlineHours",
                        6,
                        "waitlistClaimHours",
                        24));
        var id = (String) room.get("id");
        var day = TestClock.today().plusDays(3);
        var slot = ApiCalls.booking(id, day + "T10:00:00+09:00", day + "T11:00:00+09:00", 1, 4);

        var before = TestClock.now();
        var booked = post(http, "/api/v1/reservations", token(http, "citizen0741"), slot, HttpStatus.CREATED);
        var after = TestClock.now();

        assertThat(booked).containsEntry("status", "PAYMENT_DUE");
        var due = OffsetDateTime.parse((String) booked.get("paymentDueAt")).toInstant();
        assertThat(due).isBetween(before.plus(Duration.ofHours(6)).minusSeconds(1), after.plus(Duration.ofHours(6)));
        var taken = post(http, "/api/v1/reservations", token(http, "citizen0742"), slot, HttpStatus.CONFLICT);
        assertThat(taken).as("the unpaid booking holds its time").containsEntry("code", "SLOT_UNAVAILABLE");

        TestClock.advance(Duration.ofHours(5));
        housekeeping.sweep();
        var path = "/api/v1/reservations/" + booked.get("id");
        assertThat(get(http, path, token(http, "citizen0741"))).containsEntry("status", "PAYMENT_DUE");

        TestClock.advance(Duration.ofHours(1));
        housekeeping.sweep();

        var lapsed = get(http, path, token(http, "citizen0741"));
        assertThat(lapsed)
                .containsEntry("status", "CANCELLED")
                .containsEntry("cancelledBy", "EXPIRY")
                .containsEntry("reason", Reservation.PAYMENT_OVERDUE)
                .containsEntry("paymentDueAt", null);
        assertThat(jdbc.sql("select count(*) from notification where reservation_id = :id and kind = 'PAYMENT_OVERDUE'")
                        .param("id", Long.parseLong((String) booked.get("id")))
                        .query(Long.class)
                        .single())
                .as("the booker is told")
                .isOne();
        assertThat(post(http, "/api/v1/reservations", token(http, "citizen0742"), slot, HttpStatus.CREATED))
                .as("the time is free again")
                .containsEntry("status", "PAYMENT_DUE");
    }

    @Test
    void theDeadlineNeverPassesTheStartAndAFreeBookingIsConfirmedAtOnce() {
        var staff = token(http, "staff-eumseong");
        var room = post(
                http,
                "/api/v1/admin/resources",
                staff,
                priced(ResourceBodies.openEveryHour("시험 곧 시작 회의실")),
                HttpStatus.CREATED);
        var soon = TestClock.now()
                .plus(Duration.ofHours(3))
                .atZone(Seoul.ZONE)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        var booked = post(
                http,
                "/api/v1/reservations",
                token(http, "citizen0743"),
                ApiCalls.booking(
                        (String) room.get("id"),
                        soon.toOffsetDateTime().toString(),
                        soon.plusHours(1).toOffsetDateTime().toString(),
                        1,
                        2),
                HttpStatus.CREATED);
        assertThat(booked).containsEntry("status", "PAYMENT_DUE");
        assertThat(OffsetDateTime.parse((String) booked.get("paymentDueAt")).toInstant())
                .as("due by the start, not 24 hours on")
                .isEqualTo(soon.toInstant());

        var free = ResourceBodies.openEveryHour("시험 무료 회의실");
        var freeRoom = post(http, "/api/v1/admin/resources", staff, free, HttpStatus.CREATED);
        var day = TestClock.today().plusDays(2);
        var confirmed = post(
                http,
                "/api/v1/reservations",
                token(http, "citizen0743"),
                ApiCalls.booking((String) freeRoom.get("id"), day + "T10:00:00+09:00", day + "T11:00:00+09:00", 1, 2),
                HttpStatus.CREATED);
        assertThat(confirmed).containsEntry("status", "CONFIRMED").containsEntry("paymentDueAt", null);
    }

    @Test
    void aPricedRequestWaitsForItsPaymentOnceApproved() {
        var staff = token(http, "staff-eumseong");
        var body = priced(ResourceBodies.openEveryHour("시험 승인 후 결제 회의실"));
        body.put("confirmation", "APPROVAL");
        var room = post(http, "/api/v1/admin/resources", staff, body, HttpStatus.CREATED);
        var day = TestClock.today().plusDays(5);
        var requested = post(
                http,
                "/api/v1/reservations",
                token(http, "citizen0744"),
                ApiCalls.booking((String) room.get("id"), day + "T10:00:00+09:00", day + "T11:00:00+09:00", 1, 2),
                HttpStatus.CREATED);
        assertThat(requested).containsEntry("status", "PENDING_APPROVAL").containsEntry("paymentDueAt", null);

        var approved = post(
                http, "/api/v1/admin/reservations/" + requested.get("id") + "/approve", staff, Map.of(), HttpStatus.OK);

        assertThat(approved).containsEntry("status", "PAYMENT_DUE");
        assertThat(approved.get("paymentDueAt")).isNotNull();
    }

    /** The body with a fee of 10,000 won an hour. */
    static Map<String, Object> priced(Map<String, Object> body) {
        body.put("free", false);
        body.put("fee", Map.of("amount", 10000, "per", "HOUR"));
        return body;
    }
}
