package kr.gongyu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The payment step in the browser, with the sandbox provider of development and the demo (an application of its
 * own, as the suite's pays through the Toss stub): the due time and the pay button, the sandbox's checkout, a
 * decline said on the booking's page, a payment that confirms the booking, and its receipt; each state through
 * axe-core.
 */
@IntegrationTest
@TestPropertySource(properties = "gongyu.payment.provider=SANDBOX")
@DirtiesContext
class PaymentPagesIT extends BrowserTest {

    @Autowired
    RestTestClient http;

    @Test
    void theBookerPaysInTheSandboxAfterADeclineAndPrintsTheReceipt() {
        var body = ResourceBodies.openEveryHour(
                "결제 화면 시험실 " + UUID.randomUUID().toString().substring(0, 8));
        body.put("free", false);
        body.put("fee", Map.of("amount", 12000, "per", "HOUR"));
        var room = ApiCalls.post(
                http,
                "/api/v1/admin/resources",
                ApiCalls.logIn(http, "staff-eumseong", ApiCalls.DEMO_PASSWORD),
                body,
                HttpStatus.CREATED);
        var day = TestClock.today().plusDays(6);
        var citizen = "citizen1881";
        // Tokens of its own: the suite's cached ones are signed by the suite's application, not this one.
        var bearer = ApiCalls.logIn(http, citizen, ApiCalls.DEMO_PASSWORD);
        var booked = ApiCalls.post(
                http,
                "/api/v1/reservations",
                bearer,
                ApiCalls.booking((String) room.get("id"), day + "T14:00:00+09:00", day + "T15:00:00+09:00", 1, 3),
                HttpStatus.CREATED);
        var id = (String) booked.get("id");

        logIn(citizen);
        page.navigate(url("/my/reservations"));
        var pay =
                page.locator("#upcoming a[href$='/my/reservations/" + id + "']").last();
        assertThat(pay).hasText("결제하기");
        check("my-reservations-payment-due-ko");

        pay.click();
        assertThat(page.locator("#payment-due")).containsText("12,000원");
        check("reservation-payment-due-ko");

        page.locator("#pay button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/payments/sandbox/checkout\\?orderId=.*"));
        assertThat(page.locator("#amount")).hasText("12,000원");
        check("payment-sandbox-ko");
        page.locator("button[value=decline]").click();
        page.waitForURL(Pattern.compile(".*/my/reservations/" + id + "\\?payment=PAYMENT_DECLINED.*"));
        assertThat(page.locator("#payment-problem")).isVisible();
        check("reservation-payment-declined-ko");

        page.locator("label[for=method-VIRTUAL_ACCOUNT]").click();
        page.locator("label[for=method-CARD]").click();
        assertThat(page.locator("#method-CARD")).isChecked();
        page.locator("#pay button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/payments/sandbox/checkout.*"));
        page.locator("button[value=pay]").click();
        page.waitForURL(Pattern.compile(".*/my/reservations/" + id + "\\?paid.*"));
        assertThat(page.locator("#paid")).isVisible();
        assertThat(page.locator("#pay")).hasCount(0);
        check("reservation-paid-ko");
        assertThat(ApiCalls.get(http, "/api/v1/reservations/" + id, bearer)).containsEntry("status", "CONFIRMED");

        page.locator("#payments a[href$=receipt]").click();
        assertThat(page.locator("#receipt-amount")).hasText("12,000원");
        check("receipt-ko");
        page.navigate(url("/my/reservations/" + id + "/receipt?lang=en"));
        assertThat(page.locator("h1")).hasText("Receipt");
        check("receipt-en");
    }

    @Test
    void staffRecordAnOnSitePaymentOnTheDayAndReadTheBooksWithTheirCsv() {
        var staffBearer = ApiCalls.logIn(http, "staff-eumseong", ApiCalls.DEMO_PASSWORD);
        var body = ResourceBodies.openEveryHour(
                "현장 결제 시험실 " + UUID.randomUUID().toString().substring(0, 8));
        body.put("free", false);
        body.put("fee", Map.of("amount", 7000, "per", "HOUR"));
        var room = ApiCalls.post(http, "/api/v1/admin/resources", staffBearer, body, HttpStatus.CREATED);
        var day = TestClock.today().plusDays(3);
        var booked = ApiCalls.post(
                http,
                "/api/v1/reservations",
                ApiCalls.logIn(http, "citizen1882", ApiCalls.DEMO_PASSWORD),
                ApiCalls.booking((String) room.get("id"), day + "T11:00:00+09:00", day + "T12:00:00+09:00", 1, 2),
                HttpStatus.CREATED);

        logIn("staff-eumseong");
        page.navigate(url("/console/calendar?view=day&date=" + day + "&resource=" + room.get("id")));
        var booking = page.locator("#booking-" + booked.get("id"));
        assertThat(booking).containsText("결제 대기");
        check("console-calendar-payment-due-ko");
        booking.locator("form[action$=paid-on-site] button").click();
        assertThat(page.locator("#done")).containsText("현장 결제를 확인했습니다");
        assertThat(page.locator("#booking-" + booked.get("id"))).containsText("예약 확정");
        check("console-calendar-paid-on-site-ko");

        var today = TestClock.today();
        page.navigate(url("/console/payments?from=" + today + "&to=" + today));
        assertThat(page.locator("#books-total")).containsText("원");
        check("console-payments-ko");
        var csv = page.request().get(url("/console/payments.csv?from=" + today + "&to=" + today));
        assertThat(csv.status()).isEqualTo(200);
        var lines = csv.text().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("date,paid,refunded,net,outstanding");
        var paidToday = Long.parseLong(lines.get(1).split(",")[1]);
        assertThat(paidToday).as("the on-site payment is in the day's books").isGreaterThanOrEqualTo(7000);
        assertThat(lines.getLast()).startsWith("total," + paidToday + ",");
        page.navigate(url("/console/payments?from=" + today + "&to=" + today + "&lang=en"));
        assertThat(page.locator("h1")).hasText("Payments");
        check("console-payments-en");
    }
}
