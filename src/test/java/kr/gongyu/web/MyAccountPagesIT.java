package kr.gongyu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import kr.gongyu.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * One's account page in a browser: the calendar feed's address made, shown with a copy button, replaced by a new
 * one and turned off, in Korean and English, accessible.
 */
@IntegrationTest
class MyAccountPagesIT extends BrowserTest {

    private static final Pattern FEED = Pattern.compile(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");

    @Test
    void aCitizenMakesReplacesAndTurnsOffTheirCalendarFeed() {
        logIn("citizen1960");
        page.locator(".gongyu-nav a[href='/my/account']").click();
        assertThat(page.locator("h1")).hasText("내 계정");
        assertThat(page.locator("#calendar-feed-heading")).hasText("내 예약 캘린더 구독");
        assertThat(page.locator(".gongyu-empty")).hasText("아직 구독 주소가 없습니다.");

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("구독 주소 만들기"))
                .click();
        var address = page.getByLabel("구독 주소");
        assertThat(address).hasValue(FEED);
        var first = address.inputValue();
        assertThat(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("주소 복사")))
                .isVisible();
        Browser.assertAccessible(page);
        Browser.screenshots(page, "my-account-ko");

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("새 주소로 바꾸기"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("구독 주소를 만들었습니다");
        assertThat(address).hasValue(FEED);
        assertThat(address).not().hasValue(first);

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("구독 끄기")).click();
        assertThat(page.locator(".gongyu-empty")).hasText("아직 구독 주소가 없습니다.");

        page.navigate(url("/my/account?lang=en"));
        assertThat(page.locator("h1")).hasText("My account");
        assertThat(page.locator(".gongyu-empty")).hasText("You have no subscription address yet.");
    }
}
