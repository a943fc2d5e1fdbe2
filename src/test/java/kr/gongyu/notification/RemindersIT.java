package kr.gongyu.notification;

import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import kr.gongyu.TestMail;
import kr.gongyu.notification.internal.ReminderJob;
import kr.gongyu.notification.internal.StaffDigest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The messages the clock brings, on the test clock moved to their time and the job run by hand (its schedule runs it
 * too, which the idempotency keys make harmless): the day-before reminder at 18:00, once however often the job runs,
 * and none for a cancelled booking; the 2-hour reminder of a booking made after that, sent late by a job that was
 * down, but not for a booking that has started; the hold's warning 5 minutes
 * before it runs out; and the staff's hourly digest, one message for three requests, and none the next hour.
 */
@IntegrationTest
class RemindersIT {

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReminderJob reminders;

    @Autowired
    StaffDigest digest;

    private final Map<String, String> created = new java.util.HashMap<>();

    @AfterEach
    void unpublishTheTestsResources() {
        created.forEach((id, staff) -> ApiCalls.post(
                http, "/api/v1/admin/resources/" + id + "/unpublish", token(http, staff), null, HttpStatus.OK));
    }

    @Test
    void aBookingIsRemindedAtSixTheEveningBeforeOnceAndACancelledOneIsNot() throws Exception {
        var room = room("staff-eumseong", "INSTANT");
        // The first day whose evening before is still ahead (another test may have moved the clock on).
        var day = TestClock.today().plusDays(1);
        while (!eveningBefore(day).isAfter(TestClock.now().plusSeconds(60))) {
            day = day.plusDays(1);
        }
        var citizen = "citizen1995";
        var kept = book(citizen, room, day, 10);
        var cancelledBy = "citizen1996";
        var cancelled = book(cancelledBy, room, day, 12);
        ApiCalls.post(
                http,
                "/api/v1/reservations/" + cancelled + "/cancel",
                token(http, cancelledBy),
                Map.of("reason", "일정 변경"),
                HttpStatus.OK);

        reminders.run();
        assertThat(messages(kept, "REMINDER_DAY_BEFORE"))
                .as("not before its time")
                .isZero();

        TestClock.advance(Duration.between(TestClock.now(), eveningBefore(day)));
        reminders.run();
        reminders.run();
        assertThat(messages(kept, "REMINDER_DAY_BEFORE")).isEqualTo(1);
        assertThat(messages(cancelled, "REMINDER_DAY_BEFORE")).isZero();
        assertThat(messages(cancelled, "REMINDER_TWO_HOURS")).isZero();
        assertThat(messages(kept, "REMINDER_TWO_HOURS")).isZero();

        var mail =
                await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout(citizen, kept), list -> !list.isEmpty());
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().getSubject()).contains("내일").contains(name(room));
        assertThat(plainText(mail.getFirst()))
                .contains("10:00–11:00")
                .contains(day.getYear() + "년 " + day.getMonthValue() + "월 " + day.getDayOfMonth() + "일")
                .contains("음성 시험 주민센터")
                .contains("/my/reservations/" + kept);
        reminders.run();
        assertThat(messages(kept, "REMINDER_DAY_BEFORE"))
                .as("a rerun writes nothing")
                .isEqualTo(1);
    }

    @Test
    void aBookingMadeTheSameDayIsRemindedTwoHoursBeforeLateIfTheJobWasDownButNotOnceItHasStarted() {
        var room = room("staff-eumseong", "INSTANT");
        // An hour at least 50 minutes before the first reminder is due, so that the schedule's runs find nothing due.
        var hour = TestClock.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.HOURS);
        // Both made after their evening before: each is owed the 2-hour reminder, at +1 h and at +3 h.
        var started = book("citizen1992", room, hour.plus(Duration.ofHours(3)));
        var citizen = "citizen1997";
        var later = book(citizen, room, hour.plus(Duration.ofHours(5)));

        reminders.run();
        assertThat(messages(later, "REMINDER_TWO_HOURS"))
                .as("not before its time")
                .isZero();

        // The job runs next a minute after the later one's reminder was due, and after the other has started.
        TestClock.advance(
                Duration.between(TestClock.now(), hour.plus(Duration.ofHours(3)).plusSeconds(60)));
        reminders.run();
        reminders.run();
        assertThat(messages(later, "REMINDER_TWO_HOURS")).as("caught up").isEqualTo(1);
        assertThat(messages(later, "REMINDER_DAY_BEFORE")).isZero();
        assertThat(messages(started, "REMINDER_TWO_HOURS"))
                .as("too late: it has started")
                .isZero();
        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) ApiCalls.get(http, "/api/v1/me/notifications", token(http, citizen))
                .get("items");
        assertThat(items)
                .filteredOn(item -> "REMINDER_TWO_HOURS".equals(item.get("kind")))
                .singleElement()
                .satisfies(item -> assertThat(item).containsEntry("title", name(room) + " 예약이 2시간 뒤 시작됩니다"));
    }

    @Test
    void aHoldIsWarnedFiveMinutesBeforeItRunsOut() throws Exception {
        var room = room("staff-eumseong", "INSTANT");
        var citizen = "citizen1998";
        var day = TestClock.today().plusDays(3);
        var body = ApiCalls.booking(room, at(day, 10), at(day, 11), 1, 2);
        body.put("hold", true);
        var held = ApiCalls.post(http, "/api/v1/reservations", token(http, citizen), body, HttpStatus.CREATED);
        assertThat(held).containsEntry("status", "HELD");
        var id = (String) held.get("id");

        reminders.run();
        assertThat(messages(id, "HOLD_EXPIRING")).as("not before its time").isZero();

        TestClock.advance(Duration.ofMinutes(5).plusSeconds(1));
        reminders.run();
        reminders.run();
        assertThat(messages(id, "HOLD_EXPIRING")).isEqualTo(1);
        var mail = await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout(citizen, id), list -> !list.isEmpty());
        assertThat(mail.getFirst().getSubject()).contains("5분").contains(name(room));
    }

    @Test
    void staffGetOneDigestAnHourListingTheRequestsAndNoneWhenNothingIsNew() throws Exception {
        var staff = "staff-danyang";
        var hall = room(
                staff,
                "APPROVAL",
                Map.of(
                        "name",
                        "단양 알림 시험관",
                        "address",
                        "충청북도 단양군 단양읍 시험로 1",
                        "regionCode",
                        "43800",
                        "lat",
                        36.98,
                        "lng",
                        128.36));
        var day = TestClock.today().plusDays(4);
        var requests = List.of(
                book("citizen1993", hall, day, 9),
                book("citizen1994", hall, day, 11),
                book("citizen1999", hall, day, 14));
        var before = digests(staff);

        TestClock.advance(Duration.between(
                TestClock.now(), TestClock.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1))));
        digest.run();
        digest.run();
        assertThat(digests(staff)).isEqualTo(before + 1);
        var mail = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> TestMail.receivedBy(staff + "@gongyu.example").stream()
                                .filter(message -> plainText(message).contains(name(hall)))
                                .toList(),
                        list -> !list.isEmpty());
        assertThat(mail).as("one mail for the three requests").hasSize(1);
        assertThat(mail.getFirst().getSubject()).contains("승인을 기다리는 신청");
        assertThat(plainText(mail.getFirst()))
                .contains(name(hall) + ", ")
                .contains("09:00–10:00")
                .contains("11:00–12:00")
                .contains("14:00–15:00")
                .contains("/console/approvals");
        assertThat(requests).hasSize(3);

        TestClock.advance(Duration.ofHours(1));
        digest.run();
        assertThat(digests(staff)).as("nothing new: no digest").isEqualTo(before + 1);
    }

    private static Instant eveningBefore(LocalDate day) {
        return day.minusDays(1).atTime(18, 0).atZone(Seoul.ZONE).toInstant();
    }

    private static String at(LocalDate day, int hour) {
        return day + "T%02d:00:00+09:00".formatted(hour);
    }

    /** A new resource of the staff's institution, open around the clock, confirmed as given; unpublished after. */
    private String room(String staff, String confirmation) {
        return room(staff, confirmation, null);
    }

    /** The same at a new site of the staff's own area, when that is not Eumseong (a local government's sites lie in it). */
    private String room(String staff, String confirmation, @Nullable Map<String, Object> site) {
        var body = ResourceBodies.openEveryHour(
                "알림 시험실 " + UUID.randomUUID().toString().substring(0, 8));
        body.put("confirmation", confirmation);
        if (site != null) {
            body.put("site", site);
        }
        var id = (String) ApiCalls.post(http, "/api/v1/admin/resources", token(http, staff), body, HttpStatus.CREATED)
                .get("id");
        created.put(id, staff);
        return id;
    }

    private String name(String resource) {
        return jdbc.sql("select name from resource where id = :id")
                .param("id", Long.parseLong(resource))
                .query(String.class)
                .single();
    }

    /** Books an hour from {@code hour} on the day; the booking's id. */
    private String book(String citizen, String resource, LocalDate day, int hour) {
        return book(citizen, resource, day.atTime(hour, 0).atZone(Seoul.ZONE).toInstant());
    }

    /** Books an hour from {@code start}; the booking's id. */
    private String book(String citizen, String resource, Instant start) {
        var body = ApiCalls.booking(
                resource,
                start.atZone(Seoul.ZONE).toOffsetDateTime().toString(),
                start.plus(Duration.ofHours(1))
                        .atZone(Seoul.ZONE)
                        .toOffsetDateTime()
                        .toString(),
                1,
                2);
        body.put("purpose", "알림 시험");
        return (String) ApiCalls.post(http, "/api/v1/reservations", token(http, citizen), body, HttpStatus.CREATED)
                .get("id");
    }

    private long messages(String reservation, String kind) {
        return jdbc.sql("select count(*) from notification where reservation_id = :id and kind = :kind")
                .param("id", Long.parseLong(reservation))
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    private long digests(String staff) {
        return jdbc.sql("""
                        select count(*) from notification n join account a on a.id = n.account_id
                         where a.username = :staff and n.kind = 'STAFF_DIGEST'
                        """).param("staff", staff).query(Long.class).single();
    }

    private static List<MimeMessage> mailsAbout(String citizen, String reservation) {
        return TestMail.receivedBy(citizen + "@gongyu.example").stream()
                .filter(message -> plainText(message).contains("/my/reservations/" + reservation))
                .filter(message -> {
                    try {
                        return !message.getSubject().contains("확정");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String plainText(MimeMessage mail) {
        try {
            return plain(mail.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            var text = new StringBuilder();
            for (var i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain") && part.getFileName() == null) {
                    text.append(part.getContent());
                } else if (part.getContent() instanceof Multipart nested) {
                    text.append(plain(nested));
                }
            }
            return text.toString();
        }
        return String.valueOf(content);
    }
}
