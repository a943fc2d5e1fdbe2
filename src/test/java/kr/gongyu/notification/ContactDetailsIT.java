package kr.gongyu.notification;

import static kr.gongyu.ApiCalls.resourceNamed;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import kr.gongyu.TestDays;
import kr.gongyu.TestMail;
import kr.gongyu.TestSms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * An account's email address and mobile number, each proved by a code sent through its own channel (a real SMTP
 * server, the provider's stub): unverified, an address receives the code and nothing else; codes expire, allow five
 * wrong tries, and are sent once a minute at most. The channels chosen per kind, in-app always on.
 */
@IntegrationTest
class ContactDetailsIT {

    private static final Pattern CODE = Pattern.compile("\\[(\\d{6})]");

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewEmailReceivesOnlyItsCodeUntilVerified() throws Exception {
        var auth = token(http, "citizen1611");
        var before = ApiCalls.get(http, "/api/v1/me/contact", auth);
        assertThat(before)
                .containsEntry("email", "citizen1611@gongyu.example")
                .containsEntry("emailVerified", true)
                .containsEntry("mobileVerified", true)
                .containsEntry("mobileVerifiable", true);
        var mobile = (String) before.get("mobile");

        var changed = put(auth, Map.of("email", "new-1611@gongyu.example", "mobile", mobile), HttpStatus.OK);
        assertThat(changed).containsEntry("emailVerified", false).containsEntry("mobileVerified", true);
        var mail = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.receivedBy("new-1611@gongyu.example"), list -> !list.isEmpty())
                .getFirst();
        var code = codeIn(mail);

        // Unverified: a booking now is told in-app, not by email to the new address.
        var booking = book(auth, 7);
        assertThat(jdbc.sql("select email_status from notification where reservation_id = :id")
                        .param("id", Long.parseLong(booking))
                        .query(String.class)
                        .single())
                .isEqualTo("SKIPPED");

        var wrong = verify(auth, "EMAIL", code.equals("000000") ? "000001" : "000000", HttpStatus.BAD_REQUEST);
        assertThat(wrong).containsEntry("code", "CONTACT_CODE_WRONG");
        assertThat((String) wrong.get("detail")).contains("인증번호");
        assertThat(verify(auth, "EMAIL", code, HttpStatus.OK)).containsEntry("emailVerified", true);
        assertThat(verify(auth, "EMAIL", code, HttpStatus.CONFLICT)).containsEntry("code", "CONTACT_NO_CODE");
        assertThat(TestMail.receivedBy("new-1611@gongyu.example")).hasSize(1);
    }

    @Test
    void aMobileNumberIsProvedByTextAndCodesAreThrottledExpireAndAllowFiveTries() {
        var auth = token(http, "citizen1612");
        put(auth, Map.of("email", "citizen1612@gongyu.example", "mobile", "011 0123 4567"), HttpStatus.OK);
        var sent = await().atMost(Duration.ofSeconds(10))
                .until(() -> TestSms.requestsTo("01101234567"), list -> !list.isEmpty())
                .getFirst();
        assertThat(sent.template()).isEqualTo("gongyu-code");
        var code = sent.variable("code");
        assertThat(code).matches("\\d{6}");
        assertThat(ApiCalls.get(http, "/api/v1/me/contact", auth))
                .containsEntry("mobile", "011-0123-4567")
                .containsEntry("mobileVerified", false);

        // Once a minute: another number at once is refused, and nothing changes.
        var tooSoon = put(auth, Map.of("mobile", "011-0123-4568"), HttpStatus.TOO_MANY_REQUESTS);
        assertThat(tooSoon).containsEntry("code", "CONTACT_CODE_TOO_SOON");
        assertThat(ApiCalls.get(http, "/api/v1/me/contact", auth)).containsEntry("mobile", "011-0123-4567");
        // The same number saved again at once (another field changed, say) keeps the code on its way.
        put(auth, Map.of("email", "other-1612@gongyu.example", "mobile", "011-0123-4567"), HttpStatus.OK);
        assertThat(TestSms.requestsTo("01101234567")).hasSize(1);

        // Five wrong tries use the code up, the right one included.
        var wrongCode = code.equals("999999") ? "999998" : "999999";
        for (var n = 1; n <= 4; n++) {
            assertThat(verify(auth, "SMS", wrongCode, HttpStatus.BAD_REQUEST))
                    .containsEntry("code", "CONTACT_CODE_WRONG");
        }
        assertThat(verify(auth, "SMS", wrongCode, HttpStatus.TOO_MANY_REQUESTS))
                .containsEntry("code", "CONTACT_CODE_TRIES_EXHAUSTED");
        assertThat(verify(auth, "SMS", code, HttpStatus.TOO_MANY_REQUESTS))
                .containsEntry("code", "CONTACT_CODE_TRIES_EXHAUSTED");

        // A minute on, a new code; ten minutes on, it has expired.
        TestClock.advance(Duration.ofSeconds(61));
        put(auth, Map.of("mobile", "011-0123-4567"), HttpStatus.OK);
        var second = await().atMost(Duration.ofSeconds(10))
                .until(() -> TestSms.requestsTo("01101234567"), list -> list.size() >= 2)
                .get(1)
                .variable("code");
        TestClock.advance(Duration.ofMinutes(10));
        assertThat(verify(auth, "SMS", second, HttpStatus.BAD_REQUEST)).containsEntry("code", "CONTACT_CODE_EXPIRED");

        TestClock.advance(Duration.ofSeconds(1));
        put(auth, Map.of("mobile", "011-0123-4567"), HttpStatus.OK);
        var third = await().atMost(Duration.ofSeconds(10))
                .until(() -> TestSms.requestsTo("01101234567"), list -> list.size() >= 3)
                .get(2)
                .variable("code");
        assertThat(verify(auth, "SMS", third, HttpStatus.OK)).containsEntry("mobileVerified", true);
    }

    @Test
    void badContactDetailsAreRefusedInTheCallersLanguage() {
        var auth = token(http, "citizen1613");
        var mobile = put(auth, Map.of("mobile", "02-123-4567"), HttpStatus.BAD_REQUEST);
        assertThat(mobile).containsEntry("code", "CONTACT_INVALID_MOBILE");
        assertThat((String) mobile.get("detail")).contains("휴대전화");
        assertThat(put(auth, Map.of("email", "not an address"), HttpStatus.BAD_REQUEST))
                .containsEntry("code", "CONTACT_INVALID_EMAIL");
        var english = http.put()
                .uri("/api/v1/me/contact")
                .header("Authorization", auth)
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "x"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(ApiCalls.JSON)
                .returnResult()
                .getResponseBody();
        assertThat((String) english.get("detail")).contains("valid email");
        assertThat(verify(auth, "FAX", "123456", HttpStatus.BAD_REQUEST)).containsEntry("code", "INVALID_REQUEST");
        http.get().uri("/api/v1/me/contact").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void channelsAreChosenPerKindAndInAppStaysOn() {
        var citizen = "citizen1614";
        var auth = token(http, citizen);
        var all = items(ApiCalls.get(http, "/api/v1/me/notification-preferences", auth));
        assertThat(all).hasSize(NotificationKind.values().length);
        assertThat(all)
                .allMatch(item ->
                        item.get("inApp").equals(true) && item.get("email").equals(true));

        var refused = putPreferences(
                auth,
                List.of(Map.of("kind", "BOOKING_CONFIRMED", "inApp", false, "email", true, "sms", true)),
                HttpStatus.BAD_REQUEST);
        assertThat(refused).containsEntry("code", "IN_APP_REQUIRED");
        assertThat(putPreferences(auth, List.of(Map.of("kind", "LOTTERY", "email", true)), HttpStatus.BAD_REQUEST))
                .containsEntry("code", "INVALID_REQUEST");

        var set = putPreferences(
                auth,
                List.of(Map.of("kind", "BOOKING_CONFIRMED", "inApp", true, "email", false, "sms", false)),
                HttpStatus.OK);
        assertThat(items(set))
                .filteredOn(item -> item.get("kind").equals("BOOKING_CONFIRMED"))
                .singleElement()
                .satisfies(item -> assertThat(item)
                        .containsEntry("inApp", true)
                        .containsEntry("email", false)
                        .containsEntry("sms", false));

        var booking = book(auth, 8);
        var row = jdbc.sql("select email_status, sms_status from notification where reservation_id = :id")
                .param("id", Long.parseLong(booking))
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
        assertThat(row).containsExactly("SKIPPED", "SKIPPED");
        // In-app all the same.
        assertThat(items(ApiCalls.get(http, "/api/v1/me/notifications", auth)).getFirst())
                .containsEntry("kind", "BOOKING_CONFIRMED");
    }

    /** A booking of the demo's lobby room (open 07–22 every day) from the hour for an hour, on the first working day from the day after tomorrow. */
    private String book(String auth, int hour) {
        var date = TestDays.workingDay(TestClock.today().plusDays(2));
        var body = ApiCalls.booking(
                resourceNamed(http, "도청 1층 로비 열린회의실 6"),
                date + "T%02d:00:00+09:00".formatted(hour),
                date + "T%02d:00:00+09:00".formatted(hour + 1),
                1,
                2);
        body.put("purpose", "연락처 시험");
        return (String) ApiCalls.post(http, "/api/v1/reservations", auth, body, HttpStatus.CREATED)
                .get("id");
    }

    private Map<String, Object> put(String auth, Map<String, String> body, HttpStatus expected) {
        return ApiCalls.put(http, "/api/v1/me/contact", auth, body, expected);
    }

    private Map<String, Object> putPreferences(String auth, List<Map<String, Object>> items, HttpStatus expected) {
        return http.put()
                .uri("/api/v1/me/notification-preferences")
                .header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("items", items))
                .exchange()
                .expectStatus()
                .isEqualTo(expected)
                .expectBody(ApiCalls.JSON)
                .returnResult()
                .getResponseBody();
    }

    private Map<String, Object> verify(String auth, String channel, String code, HttpStatus expected) {
        return ApiCalls.post(
                http, "/api/v1/me/contact/verify", auth, Map.of("channel", channel, "code", code), expected);
    }

    private static String codeIn(MimeMessage mail) throws Exception {
        var matcher = CODE.matcher((String) mail.getContent());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
