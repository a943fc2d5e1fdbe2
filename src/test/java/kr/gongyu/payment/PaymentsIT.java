package kr.gongyu.payment;

import static kr.gongyu.ApiCalls.get;
import static kr.gongyu.ApiCalls.post;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.Race;
import kr.gongyu.ResourceBodies;
import kr.gongyu.TestClock;
import kr.gongyu.TestToss;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Paying for a booking through the Toss Payments adapter, against a local server playing Toss ({@link TestToss}):
 * success, a declined card, a tampered amount, a time-out, webhooks before the redirect, twice, forged or for an
 * unknown order, virtual accounts, and three clients confirming one payment at once.
 */
@IntegrationTest
class PaymentsIT {

    private static final String STAFF = "staff-eumseong";

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    /** A booking of a new room at 10,000 won an hour, waiting for its payment; its id. */
    private String dueBooking(String citizen, int daysAhead) {
        var body = ResourceBodies.openEveryHour(
                "결제 시험실 " + UUID.randomUUID().toString().substring(0, 8));
        body.put("free", false);
        body.put("fee", Map.of("amount", 10000, "per", "HOUR", "deposit", 5000));
        body.put("cancellation", Map.of("refundPercentByDaysBefore", Map.of("7", 100, "3", 50, "0", 0)));
        var room = post(http, "/api/v1/admin/resources", token(http, STAFF), body, HttpStatus.CREATED);
        var day = TestClock.today().plusDays(daysAhead);
        var booked = post(
                http,
                "/api/v1/reservations",
                token(http, citizen),
                ApiCalls.booking((String) room.get("id"), day + "T10:00:00+09:00", day + "T12:00:00+09:00", 1, 4),
                HttpStatus.CREATED);
        assertThat(booked).containsEntry("status", "PAYMENT_DUE");
        return (String) booked.get("id");
    }

    private Map<String, Object> start(String citizen, String booking, String method) {
        return post(
                http,
                "/api/v1/reservations/" + booking + "/payments",
                token(http, citizen),
                Map.of("method", method),
                HttpStatus.CREATED);
    }

    private Map<String, Object> confirm(
            String citizen, String orderId, String paymentKey, long amount, HttpStatus expected) {
        return post(
                http,
                "/api/v1/payments/confirm",
                token(http, citizen),
                Map.of("paymentKey", paymentKey, "orderId", orderId, "amount", amount),
                expected);
    }

    private String status(String citizen, String booking) {
        return (String) get(http, "/api/v1/reservations/" + booking, token(http, citizen))
                .get("status");
    }

    private long paidPayments(String booking) {
        return jdbc.sql("select count(*) from payment where reservation_id = :id and status = 'PAID'")
                .param("id", Long.parseLong(booking))
                .query(Long.class)
                .single();
    }

    private int webhook(String body, @Nullable String signature) {
        var request = http.post()
                .uri("/api/v1/payments/webhook")
                .contentType(MediaType.APPLICATION_JSON)
                .header("tosspayments-webhook-transmission-time", "2027-03-10T10:00:00+09:00");
        if (signature != null) {
            request.header("tosspayments-webhook-signature", signature);
        }
        return request.body(body.getBytes(StandardCharsets.UTF_8))
                .exchange()
                .returnResult()
                .getStatus()
                .value();
    }

    private static String signed(String body) {
        return TestToss.sign(body, "2027-03-10T10:00:00+09:00");
    }

    @Test
    void aCardPaymentConfirmedServerSideConfirmsTheBookingOnceAndOnlyOnce() {
        var citizen = "citizen0801";
        var booking = dueBooking(citizen, 10);
        var checkout = start(citizen, booking, "CARD");
        assertThat(checkout)
                .containsEntry("amount", 25000) // two hours and the deposit, from the stored price
                .containsEntry("provider", "TOSS")
                .containsEntry("clientKey", TestToss.CLIENT_KEY)
                .containsEntry("method", "CARD")
                .containsEntry("checkoutUrl", null);
        assertThat((String) checkout.get("successUrl")).endsWith("/payments/success");
        var orderId = (String) checkout.get("orderId");

        var paid = confirm(citizen, orderId, "pk-ok-" + orderId, 25000, HttpStatus.OK);

        assertThat(paid)
                .containsEntry("status", "PAID")
                .containsEntry("amount", 25000)
                .containsEntry("provider", "TOSS");
        assertThat(status(citizen, booking)).isEqualTo("CONFIRMED");
        var call = TestToss.calls(orderId).getFirst();
        assertThat(call.idempotencyKey())
                .as("the confirmation's idempotency key")
                .isEqualTo(orderId);
        assertThat(TestToss.confirmed(orderId)).isOne();

        var again = confirm(citizen, orderId, "pk-ok-" + orderId, 25000, HttpStatus.CONFLICT);
        assertThat(again).containsEntry("code", "ALREADY_PAID");
        assertThat(post(
                        http,
                        "/api/v1/reservations/" + booking + "/payments",
                        token(http, citizen),
                        Map.of("method", "CARD"),
                        HttpStatus.CONFLICT))
                .containsEntry("code", "NOT_PAYMENT_DUE");
    }

    @Test
    void aDeclinedCardFailsTheOrderAndTheBookerTriesAgain() {
        var citizen = "citizen0802";
        var booking = dueBooking(citizen, 10);
        var orderId = (String) start(citizen, booking, "CARD").get("orderId");

        var declined = confirm(citizen, orderId, "pk-declined-" + orderId, 25000, HttpStatus.UNPROCESSABLE_CONTENT);

        assertThat(declined).containsEntry("code", "PAYMENT_DECLINED");
        assertThat(status(citizen, booking)).isEqualTo("PAYMENT_DUE");
        assertThat(confirm(citizen, orderId, "pk-ok-" + orderId, 25000, HttpStatus.CONFLICT))
                .containsEntry("code", "ORDER_CLOSED");
        var retry = (String) start(citizen, booking, "CARD").get("orderId");
        confirm(citizen, retry, "pk-ok-" + retry, 25000, HttpStatus.OK);
        assertThat(status(citizen, booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void aTamperedAmountAnUnknownOrderAndAnotherBookersOrderAreRefusedAndChangeNothing() {
        var citizen = "citizen0803";
        var booking = dueBooking(citizen, 10);
        var orderId = (String) start(citizen, booking, "CARD").get("orderId");

        assertThat(confirm(citizen, orderId, "pk-ok-" + orderId, 100, HttpStatus.BAD_REQUEST))
                .containsEntry("code", "AMOUNT_MISMATCH");
        assertThat(confirm(citizen, "gongyu-nosuchorder", "pk-ok-x", 25000, HttpStatus.NOT_FOUND))
                .containsEntry("code", "UNKNOWN_ORDER");
        assertThat(confirm("citizen0804", orderId, "pk-ok-" + orderId, 25000, HttpStatus.NOT_FOUND))
                .containsEntry("code", "UNKNOWN_ORDER");
        assertThat(TestToss.calls(orderId)).as("the provider was never asked").isEmpty();
        assertThat(status(citizen, booking)).isEqualTo("PAYMENT_DUE");
        assertThat(post(
                        http,
                        "/api/v1/reservations/" + booking + "/payments",
                        token(http, citizen),
                        Map.of("method", "ON_SITE"),
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "METHOD_NOT_ONLINE");
    }

    @Test
    void aTimeOutChangesNothingAndTheRetryTakesThePaymentOnce() {
        var citizen = "citizen0805";
        var booking = dueBooking(citizen, 10);
        var orderId = (String) start(citizen, booking, "CARD").get("orderId");

        assertThat(confirm(citizen, orderId, "pk-slow-" + orderId, 25000, HttpStatus.SERVICE_UNAVAILABLE))
                .containsEntry("code", "PROVIDER_UNAVAILABLE");
        assertThat(status(citizen, booking)).isEqualTo("PAYMENT_DUE");
        assertThat(paidPayments(booking)).isZero();

        var paid = confirm(citizen, orderId, "pk-slow-" + orderId, 25000, HttpStatus.OK);

        assertThat(paid).containsEntry("status", "PAID");
        assertThat(TestToss.confirmed(orderId))
                .as("the retry, with the same idempotency key, was answered from the first")
                .isOne();
        assertThat(status(citizen, booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void aWebhookBeforeTheRedirectPaysTheBookingAfterReadingThePaymentAgainAndADuplicateChangesNothing() {
        var citizen = "citizen0806";
        var booking = dueBooking(citizen, 10);
        var orderId = (String) start(citizen, booking, "CARD").get("orderId");
        var paymentKey = "pk-ok-" + orderId;
        // The provider took it (our confirmation's answer was lost); its webhook arrives before the browser returns.
        TestToss.done(orderId, paymentKey, 25000);
        var body = TestToss.statusChanged(orderId, paymentKey, "DONE");

        assertThat(webhook(body, signed(body))).isEqualTo(200);
        assertThat(webhook(body, signed(body)))
                .as("the duplicate is taken, and changes nothing")
                .isEqualTo(200);

        assertThat(status(citizen, booking)).isEqualTo("CONFIRMED");
        assertThat(paidPayments(booking)).isOne();
        assertThat(TestToss.calls(orderId).stream().filter(call -> call.path().startsWith("/v1/payments/orders/")))
                .as("read again from the provider, once: the duplicate found it decided")
                .hasSize(1);
        assertThat(jdbc.sql(
                                "select count(*) from notification where reservation_id = :id and kind = 'BOOKING_CONFIRMED'")
                        .param("id", Long.parseLong(booking))
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(confirm(citizen, orderId, paymentKey, 25000, HttpStatus.CONFLICT))
                .as("the redirect comes after")
                .containsEntry("code", "ALREADY_PAID");
    }

    @Test
    void forgedUnsignedOrUnknownWebhooksAreRefusedAndAWebhookSaysNothingTheProviderDoesNotConfirm() {
        var citizen = "citizen0807";
        var booking = dueBooking(citizen, 10);
        var orderId = (String) start(citizen, booking, "CARD").get("orderId");
        var body = TestToss.statusChanged(orderId, "pk-forged", "DONE");

        assertThat(webhook(body, "v1:" + java.util.Base64.getEncoder().encodeToString(new byte[32])))
                .isEqualTo(401);
        assertThat(webhook(body, null)).isEqualTo(401);
        assertThat(webhook(body, signed(body.replace("DONE", "READY"))))
                .as("signed for another body")
                .isEqualTo(401);
        var unknown = TestToss.statusChanged("gongyu-unknown-order", "pk-x", "DONE");
        assertThat(webhook(unknown, signed(unknown))).isEqualTo(404);
        assertThat(webhook(body, signed(body)))
                .as("signed, but the provider has no such payment: not believed")
                .isEqualTo(404);

        assertThat(status(citizen, booking)).isEqualTo("PAYMENT_DUE");
        assertThat(paidPayments(booking)).isZero();
    }

    @Test
    void aVirtualAccountIsPaidWhenTheDepositArrives() {
        var citizen = "citizen0808";
        var booking = dueBooking(citizen, 10);
        var orderId = (String) start(citizen, booking, "VIRTUAL_ACCOUNT").get("orderId");

        var waiting = confirm(citizen, orderId, "pk-va-" + orderId, 25000, HttpStatus.OK);

        assertThat(waiting).containsEntry("status", "WAITING_FOR_DEPOSIT");
        assertThat(String.valueOf(waiting.get("virtualAccount"))).contains("accountNumber=X6516000012345");
        assertThat(status(citizen, booking)).isEqualTo("PAYMENT_DUE");

        TestToss.deposit(orderId);
        var callback = TestToss.depositCallback(orderId);
        assertThat(webhook(callback, signed(callback))).isEqualTo(200);

        assertThat(status(citizen, booking)).isEqualTo("CONFIRMED");
        assertThat(paidPayments(booking)).isOne();
    }

    @Test
    void twoConfirmationsAndAWebhookAtOnceMakeOnePayment() throws Exception {
        var citizen = "citizen0809";
        var booking = dueBooking(citizen, 10);
        var orderId = (String) start(citizen, booking, "CARD").get("orderId");
        var paymentKey = "pk-ok-" + orderId;
        var body = TestToss.statusChanged(orderId, paymentKey, "DONE");
        var bearer = token(http, citizen);

        var outcomes = Race.run(
                3,
                index -> index < 2
                        ? http.post()
                                .uri("/api/v1/payments/confirm")
                                .header("Authorization", bearer)
                                .contentType(MediaType.APPLICATION_JSON)
                                .body(Map.of("paymentKey", paymentKey, "orderId", orderId, "amount", 25000))
                                .exchange()
                                .returnResult()
                                .getStatus()
                                .value()
                        : webhook(body, signed(body)));

        assertThat(outcomes.subList(0, 2)).containsExactlyInAnyOrder(200, 409);
        assertThat(outcomes.get(2)).isIn(200, 404); // before the confirmation the provider knows no such payment
        assertThat(paidPayments(booking)).isOne();
        assertThat(TestToss.confirmed(orderId)).isOne();
        assertThat(status(citizen, booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void cancellingAPaidBookingRefundsByThePolicyAndTheInstitutionsCancellationInFull() {
        var citizen = "citizen0810";
        var booking = dueBooking(citizen, 4); // 3–6 days before: half the fee back, and the whole deposit
        var orderId = (String) start(citizen, booking, "CARD").get("orderId");
        confirm(citizen, orderId, "pk-ok-" + orderId, 25000, HttpStatus.OK);
        post(
                http,
                "/api/v1/reservations/" + booking + "/cancel",
                token(http, citizen),
                Map.of("reason", "일정 변경"),
                HttpStatus.OK);

        refunds.giveBackOwed(100);
        refunds.giveBackOwed(100);

        assertThat(TestToss.refunds("pk-ok-" + orderId)).as("given back once").containsExactly(15000L);
        var payments = http.get()
                .uri("/api/v1/reservations/" + booking + "/payments")
                .header("Authorization", token(http, citizen))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ApiCalls.JSON_LIST)
                .returnResult()
                .getResponseBody();
        assertThat(payments.getFirst()).containsEntry("refunded", 15000);

        var other = dueBooking("citizen0811", 4);
        var otherOrder = (String) start("citizen0811", other, "CARD").get("orderId");
        confirm("citizen0811", otherOrder, "pk-ok-" + otherOrder, 25000, HttpStatus.OK);
        post(
                http,
                "/api/v1/admin/reservations/" + other + "/cancel",
                token(http, STAFF),
                Map.of("reason", "행사"),
                HttpStatus.OK);
        refunds.giveBackOwed(100);
        assertThat(TestToss.refunds("pk-ok-" + otherOrder)).containsExactly(25000L);
    }

    @Test
    void aDepositAfterTheBookingWasCancelledIsGivenBackInFull() {
        var citizen = "citizen0812";
        var booking = dueBooking(citizen, 10);
        var orderId = (String) start(citizen, booking, "VIRTUAL_ACCOUNT").get("orderId");
        confirm(citizen, orderId, "pk-va-" + orderId, 25000, HttpStatus.OK);
        post(
                http,
                "/api/v1/reservations/" + booking + "/cancel",
                token(http, citizen),
                Map.of("reason", "취소"),
                HttpStatus.OK);

        TestToss.deposit(orderId);
        var callback = TestToss.depositCallback(orderId);
        assertThat(webhook(callback, signed(callback))).isEqualTo(200);
        refunds.giveBackOwed(100);

        assertThat(status(citizen, booking)).isEqualTo("CANCELLED");
        assertThat(paidPayments(booking)).isOne();
        assertThat(TestToss.refunds("pk-va-" + orderId)).containsExactly(25000L);
    }

    @Test
    void staffRecordAnOnSitePaymentRefundNoMoreThanWasPaidAndTheBooksAddUp() {
        var citizen = "citizen0813";
        var booking = dueBooking(citizen, 10);
        var staff = token(http, STAFF);

        var paid =
                post(http, "/api/v1/admin/reservations/" + booking + "/paid-on-site", staff, Map.of(), HttpStatus.OK);

        assertThat(paid).containsEntry("method", "ON_SITE").containsEntry("status", "PAID");
        assertThat(status(citizen, booking)).isEqualTo("CONFIRMED");
        assertThat(post(
                        http,
                        "/api/v1/admin/reservations/" + booking + "/paid-on-site",
                        staff,
                        Map.of(),
                        HttpStatus.CONFLICT))
                .containsEntry("code", "ALREADY_PAID");
        assertThat(post(
                        http,
                        "/api/v1/admin/reservations/" + booking + "/refunds",
                        staff,
                        Map.of("amount", 25001, "reason", "과다", "key", "too-much"),
                        HttpStatus.UNPROCESSABLE_CONTENT))
                .containsEntry("code", "REFUND_EXCEEDS_PAID");
        post(
                http,
                "/api/v1/admin/reservations/" + booking + "/refunds",
                staff,
                Map.of("amount", 5000, "reason", "보증금 반환", "key", "deposit"),
                HttpStatus.OK);
        refunds.giveBackOwed(100);
        assertThat(postStatus("/api/v1/admin/reservations/" + booking + "/paid-on-site", token(http, "staff-bonghwa")))
                .as("another institution's staff")
                .isEqualTo(404);

        var today = TestClock.today();
        var books = get(http, "/api/v1/admin/payments?from=" + today.minusDays(1) + "&to=" + today.plusDays(30), staff);
        @SuppressWarnings("unchecked")
        var days = (List<Map<String, Object>>) books.get("days");
        @SuppressWarnings("unchecked")
        var total = (Map<String, Object>) books.get("total");
        for (var field : List.of("paid", "refunded", "net", "outstanding")) {
            assertThat(days.stream()
                            .mapToLong(day -> ((Number) day.get(field)).longValue())
                            .sum())
                    .as("the days add up to the total's " + field)
                    .isEqualTo(((Number) total.get(field)).longValue());
        }
        assertThat(((Number) total.get("paid")).longValue()).isGreaterThanOrEqualTo(25000);
        assertThat(((Number) total.get("refunded")).longValue()).isGreaterThanOrEqualTo(5000);
        assertThat(((Number) total.get("net")).longValue())
                .isEqualTo(((Number) total.get("paid")).longValue() - ((Number) total.get("refunded")).longValue());

        var csv = http.get()
                .uri("/api/v1/admin/payments?from=" + today + "&to=" + today + "&format=csv")
                .header("Authorization", staff)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("text/csv")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(csv).startsWith("date,paid,refunded,net,outstanding\r\n" + today + ",");
        assertThat(csv.lines().toList().getLast()).startsWith("total,");
        http.get()
                .uri("/api/v1/admin/payments?from=" + today + "&to=" + today)
                .header("Authorization", staff)
                .header("Accept", "text/csv")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("text/csv");
    }

    @Autowired
    PaymentRefunds refunds;

    private int postStatus(String path, String auth) {
        return http.post()
                .uri(path)
                .header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of())
                .exchange()
                .returnResult()
                .getStatus()
                .value();
    }
}
