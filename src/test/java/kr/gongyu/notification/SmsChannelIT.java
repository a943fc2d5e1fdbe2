package kr.gongyu.notification;

import static kr.gongyu.ApiCalls.resourceNamed;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import kr.gongyu.TestDays;
import kr.gongyu.TestSms;
import kr.gongyu.TestSms.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The SMS / 알림톡 channel against a local server playing the provider ({@link TestSms}): a booking is texted with
 * its template, variables, fallback and idempotency key; a refusal FAILS the message at once, a 5xx or an answer
 * later than the time-out is tried again, and the same key sent twice is taken once. The secret never reaches the
 * log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SmsChannelIT {

    private static final String ROOM = "도청 1층 로비 열린회의실 6";

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = TestClock.today();

    @AfterEach
    void providerBack() {
        TestSms.reset();
    }

    @Test
    void aBookingIsTextedWithItsTemplateAndFallbackOnceByItsKey() {
        var citizen = "citizen1601";
        var mobile = mobileOf(citizen);
        var id = book(citizen, 17);

        var request = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestSms.requestsTo(mobile), list -> !list.isEmpty())
                .getFirst();
        assertThat(request.secret()).isEqualTo(TestSms.SECRET);
        assertThat(request.path()).isEqualTo("/alimtalk/v2.3/appkeys/" + TestSms.APP_KEY + "/messages");
        assertThat(request.idempotencyKey()).startsWith("reservation-" + id + "-BOOKING_CONFIRMED-v");
        assertThat(request.template()).isEqualTo("gongyu-" + NotificationKind.BOOKING_CONFIRMED.ordinal());
        assertThat(request.body().path("senderKey").asString()).isEqualTo(TestSms.SENDER_KEY);
        assertThat(request.variable("resource")).isEqualTo(ROOM);
        assertThat(request.variable("when")).contains("17:00–18:00");
        assertThat(request.variable("link")).endsWith("/my/reservations/" + id);
        var resend = request.body().path("recipientList").path(0).path("resendParameter");
        assertThat(resend.path("isResend").asBoolean()).isTrue();
        assertThat(resend.path("resendType").asString()).isEqualTo("LMS");
        assertThat(resend.path("resendSendNo").asString()).isEqualTo("15880000");
        assertThat(resend.path("resendContent").asString()).contains(ROOM).contains("/my/reservations/" + id);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> smsStatus(request.idempotencyKey()).equals("SENT"));
        assertThat(TestSms.requestsTo(mobile)).hasSize(1);
    }

    @Test
    void aRefusalFailsAtOnceAndOperatorsResendIt(CapturedOutput log) {
        var citizen = "citizen1602";
        var mobile = mobileOf(citizen);
        TestSms.answerNext(request -> request.recipient().equals(digits(mobile)), List.of(Answer.REFUSE), Answer.OK);
        book(citizen, 18);
        var key = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestSms.requestsTo(mobile), list -> !list.isEmpty())
                .getFirst()
                .idempotencyKey();
        // Permanent: FAILED after one try, with the provider's code, for operators to see.
        await().atMost(Duration.ofSeconds(20)).until(() -> smsStatus(key).equals("FAILED"));
        var operator = token(http, "operator");
        var failed =
                items(ApiCalls.get(http, "/api/v1/operator/notifications?status=FAILED&size=100", operator)).stream()
                        .filter(item -> item.get("id").equals(String.valueOf(idOf(key))))
                        .findFirst()
                        .orElseThrow();
        assertThat(failed).containsEntry("smsAttempts", 1).containsEntry("smsStatus", "FAILED");
        assertThat((String) failed.get("smsLastError")).contains("400").contains("-3012");
        ApiCalls.post(
                http, "/api/v1/operator/notifications/" + idOf(key) + "/resend", operator, null, HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(20)).until(() -> smsStatus(key).equals("SENT"));
        assertThat(TestSms.taken()).containsKey(key);
        assertThat(log.getAll()).doesNotContain(TestSms.SECRET);
    }

    @Test
    void aServerErrorIsTriedAgainWithTheBackoff() {
        var citizen = "citizen1603";
        var mobile = mobileOf(citizen);
        TestSms.answerNext(
                request -> request.recipient().equals(digits(mobile)), List.of(Answer.UNAVAILABLE), Answer.OK);
        book(citizen, 19);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestSms.requestsTo(mobile).size() == 2);
        var key = TestSms.requestsTo(mobile).getFirst().idempotencyKey();
        await().atMost(Duration.ofSeconds(20)).until(() -> smsStatus(key).equals("SENT"));
        assertThat(attempts(key)).isEqualTo(2);
        assertThat(TestSms.requestsTo(mobile))
                .extracting(TestSms.Request::idempotencyKey)
                .containsOnly(key);
    }

    @Test
    void anAnswerLaterThanTheTimeOutIsTriedAgainAndTheProviderTakesItOnce(CapturedOutput log) {
        var citizen = "citizen1604";
        var mobile = mobileOf(citizen);
        TestSms.answerNext(request -> request.recipient().equals(digits(mobile)), List.of(Answer.SLOW), Answer.OK);
        book(citizen, 20);
        // The provider took the first try but answered too late; the second, with the same key, it refuses as a
        // duplicate (409), which the channel reads as sent.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestSms.requestsTo(mobile).size() == 2);
        var key = TestSms.requestsTo(mobile).getFirst().idempotencyKey();
        assertThat(TestSms.requestsTo(mobile))
                .extracting(TestSms.Request::idempotencyKey)
                .containsOnly(key);
        await().atMost(Duration.ofSeconds(20)).until(() -> smsStatus(key).equals("SENT"));
        assertThat(attempts(key)).isEqualTo(2);
        assertThat(TestSms.taken().get(key)).isNotNull();
        assertThat(log.getAll()).contains("No answer within").doesNotContain(TestSms.SECRET);
    }

    /** A booking of the demo's lobby room (open 07–22 every day) from the hour for an hour, on the first working day from the day after tomorrow. */
    private String book(String citizen, int hour) {
        var date = TestDays.workingDay(today.plusDays(2));
        var body = ApiCalls.booking(
                resourceNamed(http, ROOM),
                date + "T%02d:00:00+09:00".formatted(hour),
                date + "T%02d:00:00+09:00".formatted(hour + 1),
                1,
                2);
        body.put("purpose", "문자 시험");
        return (String) ApiCalls.post(http, "/api/v1/reservations", token(http, citizen), body, HttpStatus.CREATED)
                .get("id");
    }

    private static String digits(String mobile) {
        return mobile.replaceAll("\\D", "");
    }

    private String mobileOf(String username) {
        return jdbc.sql("select phone from account where username = :username")
                .param("username", username)
                .query(String.class)
                .single();
    }

    private String smsStatus(String key) {
        return column(key, "sms_status", String.class);
    }

    private int attempts(String key) {
        return column(key, "sms_attempts", Integer.class);
    }

    private long idOf(String key) {
        return column(key, "id", Long.class);
    }

    /** One column (a name of ours) of the message with this key. */
    private <T> T column(String key, String column, Class<T> type) {
        return jdbc.sql("select " + column + " from notification where idempotency_key = :key")
                .param("key", key)
                .query(type)
                .single();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
