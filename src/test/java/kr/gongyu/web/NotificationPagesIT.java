package kr.gongyu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import kr.gongyu.TestDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A booker reads their messages on {@code /my/notifications}: the header counts the unread ones, the page lists
 * them newest first in the reader's language, and marking one read takes it out of the count.
 */
@IntegrationTest
class NotificationPagesIT extends BrowserTest {

    private static final String ROOM = "도청 1층 로비 열린회의실 6";

    @Autowired
    RestTestClient http;

    @Test
    void aBookerReadsTheConfirmationAndMarksItRead() {
        var citizen = "citizen1986";
        var auth = ApiCalls.token(http, citizen);
        var date = TestDays.workingDay(TestClock.today().plusDays(9));
        var body = ApiCalls.booking(
                ApiCalls.resourceNamed(http, ROOM), date + "T11:00:00+09:00", date + "T12:00:00+09:00", 1, 2);
        ApiCalls.post(http, "/api/v1/reservations", auth, body, HttpStatus.CREATED);

        logIn(citizen);
        var link = page.locator(".gongyu-nav a[href='/my/notifications']");
        assertThat(link).containsText("1");
        assertThat(link).hasAttribute("aria-label", "알림 (읽지 않은 알림 1건)");
        link.click();
        assertThat(page.locator("h1")).hasText("알림");
        var card = page.locator(".gongyu-card").first();
        assertThat(card).containsText(ROOM + " 예약이 확정되었습니다");
        assertThat(card).containsText("읽지 않음");
        assertThat(card).containsText("11:00–12:00");
        Browser.assertAccessible(page);
        Browser.screenshots(page, "my-notifications-ko");

        card.getByRole(AriaRole.BUTTON).click();
        page.waitForURL(url("/my/notifications"));
        assertThat(page.locator(".gongyu-card").first()).not().containsText("읽지 않음");
        assertThat(page.locator(".gongyu-nav a[href='/my/notifications'] .gongyu-count"))
                .hasCount(0);

        page.navigate(url("/my/notifications?lang=en"));
        assertThat(page.locator("h1")).hasText("Notifications");
        assertThat(page.locator(".gongyu-card").first()).containsText("Your booking of " + ROOM + " is confirmed");
    }
}
