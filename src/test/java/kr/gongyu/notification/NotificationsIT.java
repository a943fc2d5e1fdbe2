package kr.gongyu.notification;

import static kr.gongyu.ApiCalls.JSON;
import static kr.gongyu.ApiCalls.resourceNamed;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import kr.gongyu.TestDays;
import kr.gongyu.TestMail;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Bookings tell their bookers: in-app at once (in the booking's transaction), and by email through a real SMTP
 * server (GreenMail) with an .ics invitation that a real iCalendar library reads back; a mail server that is down
 * leaves the booking alone, and its messages are retried, then FAILED for operators to resend.
 */
@IntegrationTest
class NotificationsIT {

    private static final String ROOM = "도청 1층 로비 열린회의실 6";

    @Autowired
    RestTestClient http;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final LocalDate today = TestClock.today();

    @Test
    void aConfirmedBookingIsInAppAndMailedWithAnInvitationThatACancellationCancels() throws Exception {
        var citizen = "citizen1981";
        var auth = token(http, citizen);
        var room = resourceNamed(http, ROOM);
        var date = TestDays.workingDay(today.plusDays(5));
        var booked = book(auth, room, date, "15:00", "16:00", HttpStatus.CREATED);
        var id = (String) booked.get("id");

        // In-app at once: the row was written with the booking.
        var mine = ApiCalls.get(http, "/api/v1/me/notifications", auth);
        var first = items(mine).getFirst();
        assertThat(first)
                .containsEntry("kind", "BOOKING_CONFIRMED")
                .containsEntry("read", false)
                .containsEntry("link", "/my/reservations/" + id);
        assertThat((String) first.get("title")).contains(ROOM).contains("확정");
        assertThat((String) first.get("body")).contains("15:00–16:00").contains(String.valueOf(date.getYear()) + "년");
        var unread = ((Number) mine.get("unread")).longValue();
        assertThat(unread).isPositive();

        // By email, in Korean, with the invitation.
        var address = citizen + "@gongyu.example";
        var mail = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.receivedBy(address), list -> !list.isEmpty())
                .getFirst();
        assertThat(mail.getSubject()).contains(ROOM).contains("확정");
        assertThat(mail.getMessageID()).startsWith("<reservation-" + id + "-BOOKING_CONFIRMED-v");
        assertThat(text(mail, "text/plain")).contains("15:00–16:00").contains("/my/reservations/" + id);
        assertThat(text(mail, "text/html")).contains("<html lang=\"ko\"").contains(ROOM);
        var invitation = calendar(mail);
        assertThat(invitation.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("REQUEST");
        assertThat(invitation
                        .getComponent(Component.VTIMEZONE)
                        .orElseThrow()
                        .getProperty(Property.TZID)
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Asia/Seoul");
        var event = (VEvent) invitation.getComponent(Component.VEVENT).orElseThrow();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("reservation-" + id + "@gongyu.kr");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(date.toString().replace("-", "") + "T150000");
        assertThat(event.getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Asia/Seoul");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(ROOM);
        var firstSequence = Integer.parseInt(
                event.getProperty(Property.SEQUENCE).orElseThrow().getValue());

        // Marked read: once, by its owner only.
        var notificationId = (String) first.get("id");
        http.post()
                .uri("/api/v1/me/notifications/" + notificationId + "/read")
                .header("Authorization", token(http, "citizen1982"))
                .exchange()
                .expectStatus()
                .isNotFound();
        http.post()
                .uri("/api/v1/me/notifications/" + notificationId + "/read")
                .header("Authorization", auth)
                .exchange()
                .expectStatus()
                .isNoContent();
        http.post()
                .uri("/api/v1/me/notifications/x'1/read")
                .header("Authorization", auth)
                .exchange()
                .expectStatus()
                .isNotFound();
        var after = ApiCalls.get(http, "/api/v1/me/notifications", auth);
        assertThat(items(after).getFirst()).containsEntry("read", true);
        assertThat(((Number) after.get("unread")).longValue()).isEqualTo(unread - 1);

        // The institution cancels: told with the reason and the refund, and the invitation cancels the event.
        ApiCalls.post(
                http,
                "/api/v1/admin/reservations/" + id + "/cancel",
                token(http, "staff-chungnam"),
                Map.of("reason", "청사 정전 점검"),
                HttpStatus.OK);
        var mails = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.receivedBy(address), list -> list.size() >= 2);
        var cancelled = mails.get(1);
        assertThat(text(cancelled, "text/plain")).contains("청사 정전 점검").contains("100%");
        var cancellation = calendar(cancelled);
        assertThat(cancellation.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("CANCEL");
        var cancelledEvent =
                (VEvent) cancellation.getComponent(Component.VEVENT).orElseThrow();
        assertThat(cancelledEvent.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("reservation-" + id + "@gongyu.kr");
        assertThat(cancelledEvent.getProperty(Property.STATUS).orElseThrow().getValue())
                .isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(cancelledEvent
                        .getProperty(Property.SEQUENCE)
                        .orElseThrow()
                        .getValue()))
                .isGreaterThan(firstSequence);
    }

    @Test
    void aRequestIsAcknowledgedThenApprovedOrRejectedWithTheReason() throws Exception {
        // Bonghwa's gallery takes requests up to 90 days ahead; other tests use its next seven weeks.
        var gallery = resourceNamed(http, "봉화군청 현관 갤러리");
        var staff = token(http, "staff-bonghwa");
        var approvedCitizen = "citizen1987";
        var approved = request(approvedCitizen, gallery, today.plusDays(70), today.plusDays(71));
        var rejectedCitizen = "citizen1988";
        var rejected = request(rejectedCitizen, gallery, today.plusDays(75), today.plusDays(76));
        assertThat(kinds(approvedCitizen)).containsExactly("REQUEST_RECEIVED");

        ApiCalls.post(http, "/api/v1/admin/reservations/" + approved + "/approve", staff, null, HttpStatus.OK);
        ApiCalls.post(
                http,
                "/api/v1/admin/reservations/" + rejected + "/reject",
                staff,
                Map.of("reason", "같은 기간에 군 행사 전시"),
                HttpStatus.OK);
        assertThat(kinds(approvedCitizen)).containsExactly("REQUEST_APPROVED", "REQUEST_RECEIVED");
        assertThat(kinds(rejectedCitizen)).containsExactly("REQUEST_REJECTED", "REQUEST_RECEIVED");

        var approval = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.receivedBy(approvedCitizen + "@gongyu.example"), list -> list.size() == 2);
        assertThat(approval.get(0).getSubject()).contains("접수");
        assertThat(parts(approval.get(0)).stream().noneMatch(part -> isType(part, "text/calendar")))
                .as("a request waiting has no invitation")
                .isTrue();
        assertThat(approval.get(1).getSubject()).contains("승인");
        var event = (VEvent)
                calendar(approval.get(1)).getComponent(Component.VEVENT).orElseThrow();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("reservation-" + approved + "@gongyu.kr");
        var refusal = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.receivedBy(rejectedCitizen + "@gongyu.example"), list -> list.size() == 2);
        assertThat(refusal.get(1).getSubject()).contains("반려");
        assertThat(text(refusal.get(1), "text/plain")).contains("같은 기간에 군 행사 전시");
    }

    private String request(String citizen, String resource, LocalDate first, LocalDate last) {
        var body = ApiCalls.booking(resource, first + "T09:00:00+09:00", last + "T18:00:00+09:00", 1, 10);
        body.put("purpose", "알림 시험 전시");
        var answer = ApiCalls.post(http, "/api/v1/reservations", token(http, citizen), body, HttpStatus.CREATED);
        assertThat(answer).containsEntry("status", "PENDING_APPROVAL");
        return (String) answer.get("id");
    }

    private List<Object> kinds(String citizen) {
        return items(ApiCalls.get(http, "/api/v1/me/notifications", token(http, citizen))).stream()
                .map(item -> item.get("kind"))
                .toList();
    }

    @Test
    void aBookingNoticeRecordedByTheReservationModuleIsDelivered() throws Exception {
        var citizen = "citizen1989";
        var auth = token(http, citizen);
        var date = TestDays.workingDay(today.plusDays(10));
        var id = (String) book(auth, resourceNamed(http, ROOM), date, "15:00", "16:00", HttpStatus.CREATED)
                .get("id");
        // As BookingNotices records it when the volunteer shift that opened the time is cancelled.
        jdbc.sql(
                        "insert into booking_notice (reservation_id, reason, recorded_at) values (:id, 'VOLUNTEER_SHIFT_CANCELLED', :now)")
                .param("id", Long.parseLong(id))
                .param("now", java.sql.Timestamp.from(TestClock.now()))
                .update();
        await().atMost(Duration.ofSeconds(20)).until(() -> kinds(citizen).contains("VOLUNTEER_SHIFT_LOST"));
        assertThat(kinds(citizen)).containsExactly("VOLUNTEER_SHIFT_LOST", "BOOKING_CONFIRMED");
        assertThat(jdbc.sql("select count(*) from booking_notice where reservation_id = :id and sent_at is null")
                        .param("id", Long.parseLong(id))
                        .query(Long.class)
                        .single())
                .isZero();
        var mails = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.receivedBy(citizen + "@gongyu.example"), list -> list.size() == 2);
        assertThat(mails.get(1).getSubject()).contains("자원봉사");
    }

    @Test
    void englishReadersGetEnglishAndBadPagingIsRefused() {
        var auth = token(http, "citizen1983");
        var room = resourceNamed(http, ROOM);
        book(auth, room, TestDays.workingDay(today.plusDays(6)), "15:00", "16:00", HttpStatus.CREATED);
        var mine =
                ApiCalls.get(http, Map.of("Authorization", auth, "Accept-Language", "en"), "/api/v1/me/notifications");
        assertThat((String) items(mine).getFirst().get("title")).isEqualTo("Your booking of " + ROOM + " is confirmed");
        var refused = http.get()
                .uri("/api/v1/me/notifications?size=1000")
                .header("Authorization", auth)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(refused).containsEntry("code", "INVALID_REQUEST");
        http.get().uri("/api/v1/me/notifications").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aMailServerDownFailsNoBookingAndOperatorsResendWhatFailed() {
        var citizen = "citizen1984";
        var auth = token(http, citizen);
        var operator = token(http, "operator");
        var room = resourceNamed(http, ROOM);
        String notification;
        TestMail.stop();
        try {
            book(auth, room, TestDays.workingDay(today.plusDays(7)), "15:00", "16:00", HttpStatus.CREATED);
            notification = (String) items(ApiCalls.get(http, "/api/v1/me/notifications", auth))
                    .getFirst()
                    .get("id");
            // Tried three times (1 s, then 2 s apart), then FAILED and listed for operators with the error.
            var failed = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> items(ApiCalls.get(
                                            http, "/api/v1/operator/notifications?status=FAILED&size=100", operator))
                                    .stream()
                                    .filter(item -> item.get("id").equals(notification))
                                    .findFirst(),
                            java.util.Optional::isPresent)
                    .orElseThrow();
            assertThat(failed).containsEntry("emailAttempts", 3);
            assertThat((String) failed.get("emailLastError")).isNotBlank();
        } finally {
            TestMail.start();
        }
        assertThat(TestMail.receivedBy(citizen + "@gongyu.example")).isEmpty();
        http.post()
                .uri("/api/v1/operator/notifications/" + notification + "/resend")
                .header("Authorization", operator)
                .exchange()
                .expectStatus()
                .isAccepted();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.receivedBy(citizen + "@gongyu.example").size() == 1);
        // Sent, so no longer FAILED: resending it again is refused, and unknown ids are 404, never 500.
        var again = ApiCalls.post(
                http,
                "/api/v1/operator/notifications/" + notification + "/resend",
                operator,
                null,
                HttpStatus.CONFLICT);
        assertThat(again).containsEntry("code", "NOTIFICATION_NOT_FAILED");
        ApiCalls.post(http, "/api/v1/operator/notifications/999999999/resend", operator, null, HttpStatus.NOT_FOUND);
        http.get()
                .uri("/api/v1/operator/notifications?status=LOST")
                .header("Authorization", operator)
                .exchange()
                .expectStatus()
                .isBadRequest();
        http.get()
                .uri("/api/v1/operator/notifications")
                .header("Authorization", auth)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aBookingDownloadsAsACalendarForItsOwnerOnly() throws Exception {
        var auth = token(http, "citizen1985");
        var room = resourceNamed(http, ROOM);
        var date = TestDays.workingDay(today.plusDays(8));
        var id = (String)
                book(auth, room, date, "15:00", "16:00", HttpStatus.CREATED).get("id");
        var answer = http.get()
                .uri("/api/v1/reservations/" + id + "/calendar.ics")
                .header("Authorization", auth)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.parseMediaType("text/calendar"))
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        var calendar = new CalendarBuilder().build(new ByteArrayInputStream(answer));
        var event = (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("reservation-" + id + "@gongyu.kr");
        assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue())
                .isEqualTo(date.toString().replace("-", "") + "T160000");
        assertThat(calendar.getProperty(Property.METHOD)).isEmpty();
        http.get()
                .uri("/api/v1/reservations/" + id + "/calendar.ics")
                .header("Authorization", token(http, "citizen1982"))
                .exchange()
                .expectStatus()
                .isNotFound();
        http.get()
                .uri("/api/v1/reservations/" + id + "/calendar.ics")
                .header("Authorization", token(http, "staff-chungnam"))
                .exchange()
                .expectStatus()
                .isOk();
        http.get()
                .uri("/api/v1/reservations/" + id + "/calendar.ics")
                .header("Authorization", token(http, "staff-suwon"))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private Map<String, Object> book(
            String auth, String resource, LocalDate date, String from, String to, HttpStatus expected) {
        var body = ApiCalls.booking(resource, date + "T" + from + ":00+09:00", date + "T" + to + ":00+09:00", 1, 2);
        body.put("purpose", "알림 시험");
        return ApiCalls.post(http, "/api/v1/reservations", auth, body, expected);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static Calendar calendar(MimeMessage mail) throws Exception {
        var ics = parts(mail).stream()
                .filter(part -> isType(part, "text/calendar"))
                .findFirst()
                .orElseThrow();
        assertThat(ics.getFileName()).isEqualTo("invitation.ics");
        var bytes = ics.getInputStream().readAllBytes();
        var content = new String(bytes, StandardCharsets.UTF_8);
        // RFC 5545: CRLF line ends and no line over 75 octets.
        for (var line : content.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
    }

    private static String text(MimeMessage mail, String type) throws Exception {
        var part = parts(mail).stream()
                .filter(p -> isType(p, type) && fileName(p) == null)
                .findFirst()
                .orElseThrow();
        return (String) part.getContent();
    }

    private static @org.jspecify.annotations.Nullable String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Part> parts(Part part) throws Exception {
        var all = new ArrayList<Part>();
        all.add(part);
        if (part.getContent() instanceof Multipart multipart) {
            for (var i = 0; i < multipart.getCount(); i++) {
                all.addAll(parts(multipart.getBodyPart(i)));
            }
        }
        return all;
    }
}
