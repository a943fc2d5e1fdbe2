package kr.gongyu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.List;
import java.util.regex.Pattern;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A citizen in a real browser: searches, opens a resource, books a slot with the keyboard alone, finds the
 * booking in their list and cancels it after seeing the refund; in Korean and in English. Every main page
 * passes axe-core's WCAG A and AA rules with no serious or critical violation, and is photographed at phone
 * and desktop widths.
 */
@IntegrationTest
class CitizenPagesIT extends BrowserTest {

    @Autowired
    RestTestClient http;

    /** Tab presses allowed to reach a control from the top of its page: more means a broken focus order. */
    private static final int MAX_TABS = 120;

    @Test
    void aCitizenBooksWithTheKeyboardAndCancelsInKorean() {
        page.navigate(url("/"));
        assertThat(page.locator("#krds-masthead")).containsText("이 누리집은 대한민국 공식 전자정부 누리집입니다");
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        check("home-ko");

        bookAndCancel(
                "citizen1901", "gongyu-demo", new Words("검색", "로그인", "단위 예약", "예약 확정", "환불", "예약 취소", "취소"), "ko");
    }

    @Test
    void theSameInEnglish() {
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#krds-masthead")).containsText("official website of the Republic of Korea");
        check("home-en");

        bookAndCancel(
                "citizen1902",
                "gongyu-demo",
                new Words("Search", "Log in", "Booked", "Confirmed", "Refund", "Cancel booking", "Cancelled"),
                "en");
    }

    /** What the pages say in one language, as the test looks for it. */
    private record Words(
            String search,
            String logIn,
            String bookedBy,
            String confirmed,
            String refund,
            String cancel,
            String cancelled) {}

    private void bookAndCancel(String username, String password, Words words, String language) {
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(words.logIn()).setExact(true))
                .first()
                .click();
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        check("login-" + language);
        page.locator("#password").press("Enter");
        assertThat(page.locator(".gongyu-nav")).containsText(username);

        page.navigate(url("/resources?q=%ED%9A%8C%EC%9D%98%EC%8B%A4&region=41&confirmation=INSTANT"));
        assertThat(page.locator(".gongyu-count")).isVisible();
        check("results-" + language);

        openABookableResource();
        assertThat(page.locator(".gongyu-bullets").first()).containsText(words.bookedBy());
        check("resource-" + language);

        // From here on, the keyboard alone.
        tabTo("input[name=slot]");
        page.keyboard().press("Space");
        tabTo("form[action$=bookings] button[type=submit]");
        page.keyboard().press("Enter");

        page.waitForURL(Pattern.compile(".*/my/reservations/\\d+/complete.*"));
        assertThat(page.locator(".gongyu-hold")).containsText(Pattern.compile("\\d{2}:\\d{2}"));
        check("complete-" + language);
        tabTo("form[action$=extend] button[type=submit]");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/complete\\?extended"));
        assertThat(page.locator("form[action$=extend] button")).containsText("9");
        tabTo("#headcount");
        page.keyboard().type("2");
        tabTo("#purpose");
        page.keyboard().type("동네 모임 / neighbourhood meeting");
        tabTo("form[action$=complete] button[type=submit]");
        page.keyboard().press("Enter");

        page.waitForURL(Pattern.compile(".*/my/reservations/\\d+\\?completed.*"));
        assertThat(page.locator(".krds-badge")).containsText(words.confirmed());
        var number = page.locator(".gongyu-facts dd").first().innerText();
        assertThat(page.locator(".gongyu-directions"))
                .hasAttribute(
                        "href", Pattern.compile("^https://map\\.kakao\\.com/link/to/.+,3\\d\\.\\d+,12\\d\\.\\d+$"));
        var invitation = page.request().get(url("/my/reservations/" + number + "/calendar.ics"));
        assertThat(invitation.headers().get("content-type")).startsWith("text/calendar");
        assertThat(invitation.text()).contains("BEGIN:VCALENDAR", "reservation-" + number);
        assertThat(page.locator("[data-print]")).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator("#krds-header")).isHidden();
        assertThat(page.locator(".gongyu-facts")).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

        page.navigate(url("/my/reservations"));
        var booking = page.locator(".gongyu-card")
                .filter(new Locator.FilterOptions().setHas(page.locator("a[href$='/my/reservations/" + number + "']")));
        assertThat(booking).containsText(words.confirmed());
        check("my-reservations-" + language);

        booking.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile(words.cancel())))
                .click();
        assertThat(page.locator("#refund")).containsText("%");
        assertThat(page.locator(".gongyu-facts")).containsText(words.refund());
        check("cancel-" + language);
        page.locator("form[action$=cancel] button[type=submit]").click();

        page.waitForURL(Pattern.compile(".*/my/reservations\\?cancelled=" + number));
        assertThat(page.locator(".gongyu-card")
                        .filter(new Locator.FilterOptions()
                                .setHas(page.locator("a[href$='/my/reservations/" + number + "']"))))
                .containsText(words.cancelled());
    }

    /** Opens a free day of a result open to everyone, and sees its slots to pick. */
    private void openABookableResource() {
        openAFreeDay(0);
        assertThat(page.locator("input[name=slot]").first()).isVisible();
    }

    /** Presses Tab until the control matching the selector has the focus, as a keyboard user would. */
    private void tabTo(String selector) {
        for (int n = 0; n < MAX_TABS; n++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector)) {
                return;
            }
        }
        throw new AssertionError(selector + " not reached with " + MAX_TABS + " presses of Tab on " + page.url());
    }

    @Test
    void logInFromTheDaysTimesComesBackToThatDay() {
        page.navigate(url("/resources?q=%ED%9A%8C%EC%9D%98%EC%8B%A4&region=41&confirmation=INSTANT"));
        var resultsPage = page.url();
        var day = page.locator(".gongyu-calendar td a");
        for (int n = 0; day.count() == 0; n++) {
            page.navigate(resultsPage);
            page.locator(".gongyu-list h3 a").nth(n).click();
        }
        day.first().click();
        var chosen = page.url().replaceAll(".*[?&]day=([0-9-]+).*", "$1");
        assertThat(chosen).matches("\\d{4}-\\d{2}-\\d{2}");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("로그인하고 예약하기"))
                .click();
        page.locator("#username").fill("citizen1908");
        page.locator("#password").fill(ApiCalls.DEMO_PASSWORD);
        page.locator("#password").press("Enter");
        page.waitForURL(Pattern.compile(".*/resources/\\d+\\?day=" + chosen + ".*"));
        assertThat(page.locator("input[name=slot]").first()).isVisible();
    }

    @Test
    void aDoubleSubmittedBookingFormBooksOnce() {
        logIn(page, "citizen1903");
        page.navigate(url("/resources?q=%ED%9A%8C%EC%9D%98%EC%8B%A4&region=41&confirmation=INSTANT"));
        openABookableResource();
        var form = page.locator("form[action$=bookings]");
        var data = FormData.create()
                .set("_csrf", form.locator("input[name=_csrf]").inputValue())
                .set("bookingKey", form.locator("input[name=bookingKey]").inputValue())
                .set("slot", page.locator("input[name=slot]").first().inputValue());
        var action = url(form.getAttribute("action"));
        var first = page.request()
                .post(action, RequestOptions.create().setForm(data).setMaxRedirects(0));
        var second = page.request()
                .post(action, RequestOptions.create().setForm(data).setMaxRedirects(0));
        assertThat(first.status()).isEqualTo(302);
        assertThat(first.headers().get("location")).matches(".*/my/reservations/\\d+/complete");
        assertThat(second.headers().get("location")).isEqualTo(first.headers().get("location"));
        var stored = ApiCalls.get(http, "/api/v1/me/reservations", ApiCalls.token(http, "citizen1903"));
        assertThat((List<?>) stored.get("items")).as("one booking stored").hasSize(1);
    }

    @Test
    void aSlotTakenMeanwhileIsSaidSoWithTheDaysFreeSlots() {
        logIn(page, "citizen1904");
        page.navigate(url("/resources?q=%ED%9A%8C%EC%9D%98%EC%8B%A4&region=41&confirmation=INSTANT"));
        openABookableResource();
        var taken = page.locator("input[name=slot]").first().inputValue();

        try (var other = browser.newContext()) {
            var someoneElse = other.newPage();
            logIn(someoneElse, "citizen1905");
            someoneElse.navigate(page.url());
            pick(someoneElse, taken);
            someoneElse.locator("form[action$=bookings] button[type=submit]").click();
            someoneElse.waitForURL(Pattern.compile(".*/complete"));
        }

        pick(page, taken);
        page.locator("form[action$=bookings] button[type=submit]").click();
        assertThat(page.locator("#error-summary")).containsText("다른 분이 예약");
        assertThat(page.locator("input[name=slot][value='" + taken + "']")).hasCount(0);
        check("slot-taken-ko");
    }

    /** htmx swaps the results and the calendar in place: the page itself, and what a script left in it, stay. */
    @Test
    void filtersAndMonthsChangeInPlace() {
        page.navigate(url("/resources?region=41"));
        var before = page.locator(".gongyu-count").innerText();
        page.evaluate("window.stayedOnThePage = true");
        page.locator("#category").selectOption("회의실");
        page.waitForURL(Pattern.compile(".*category=.*"));
        assertThat(page.locator(".gongyu-count")).not().hasText(before);
        assertThat((Boolean) page.evaluate("window.stayedOnThePage === true")).isTrue();

        page.locator(".gongyu-list h3 a").first().click();
        var month = page.locator("#month-heading").innerText();
        page.evaluate("window.stayedOnThePage = true");
        page.locator(".gongyu-month-nav a").last().click();
        assertThat(page.locator("#month-heading")).not().hasText(month);
        assertThat(page.locator("#month-heading")).isFocused();
        assertThat((Boolean) page.evaluate("window.stayedOnThePage === true")).isTrue();
    }

    /**
     * On a phone the results come first, the filters behind a button that names the query; a pin opens a link to
     * its resource; a chosen value reads as chosen and the map's notice is legible.
     */
    @Test
    void atPhoneWidthTheResultsComeFirstAndPinsLeadToTheirResources() {
        page.setViewportSize(390, 844);
        page.navigate(url("/resources?q=%ED%9A%8C%EC%9D%98%EC%8B%A4&region=41&sort=name"));
        var toggle = page.locator("[data-filters-toggle]");
        assertThat(toggle).isVisible();
        assertThat(toggle).hasText("검색 조건 바꾸기: ‘회의실’");
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("#filters")).isHidden();
        assertThat(page.locator(".gongyu-card").first().boundingBox().y)
                .as("the first result within the first screen")
                .isLessThan(844);
        check("results-phone");
        page.setViewportSize(390, 844); // the audit photographs the page at other widths too

        // Pins of one town overlap: the click lands on whichever is on top, and any opens its own link.
        page.locator(".leaflet-marker-icon").first().click(new Locator.ClickOptions().setForce(true));
        var pin = page.locator(".leaflet-popup-content a");
        assertThat(pin).isVisible();
        assertThat(pin).hasAttribute("href", Pattern.compile("/resources/\\d+"));
        var noticeSize = (Number) page.evaluate(
                "parseFloat(getComputedStyle(document.querySelector('.leaflet-control-attribution')).fontSize)");
        assertThat(noticeSize.doubleValue()).isGreaterThanOrEqualTo(12.0);

        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("#filters")).isVisible();
        assertThat(page.locator("#q")).isFocused();
        assertThat((String) page.evaluate("getComputedStyle(document.getElementById('sort')).color"))
                .as("a chosen value in the text colour, not the placeholder's grey")
                .isEqualTo("rgb(30, 33, 36)");

        page.setViewportSize(1280, 800);
        assertThat(toggle).isHidden();
        assertThat(page.locator("#filters")).isVisible();
    }

    /** Plain links and forms carry the whole booking: the script only improves it. */
    @Test
    void booksWithoutJavaScript() {
        context.close();
        context = browser.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false));
        page = context.newPage();
        logIn(page, "citizen1907");
        page.navigate(url("/resources?q=%ED%9A%8C%EC%9D%98%EC%8B%A4&region=41&confirmation=INSTANT"));
        assertThat(page.locator("#map")).containsText("자바스크립트");
        openABookableResource();
        page.locator("input[name=slot]").first().press("Space");
        page.locator("form[action$=bookings] button[type=submit]").press("Enter");

        page.waitForURL(Pattern.compile(".*/complete"));
        assertThat(page.locator(".gongyu-hold")).containsText(Pattern.compile("\\d{2}:\\d{2}"));
        page.locator("#headcount").fill("3");
        page.locator("#purpose").fill("스터디 모임");
        page.locator("form[action$=complete] button[type=submit]").press("Enter");
        page.waitForURL(Pattern.compile(".*\\?completed.*"));
        assertThat(page.locator(".krds-badge")).containsText("예약 확정");
    }

    @Test
    void unknownPagesAndOthersBookingsAreNotFoundPages() {
        assertThat(page.navigate(url("/resources/not-a-number")).status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("찾으시는 페이지가 없습니다");
        assertThat(page.navigate(url("/resources/999999999")).status()).isEqualTo(404);
        assertThat(page.navigate(url("/no-such-page")).status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("찾으시는 페이지가 없습니다");
        var api = page.request().get(url("/api/v1/resources/1/no-such-endpoint"));
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.headers().get("content-type")).isEqualTo("application/problem+json");

        logIn(page, "citizen1906");
        assertThat(page.navigate(url("/my/reservations/1")).status())
                .as("someone else's booking, or none")
                .isEqualTo(404);
        assertThat(page.navigate(url("/my/reservations/1/cancel")).status()).isEqualTo(404);
    }

    @Test
    void aMistakenSearchShowsEachErrorNextToItsFieldWithTheInputKept() {
        page.navigate(url("/resources?minCapacity=many&from=25:00&date=2026-02-30&q=%ED%85%8C%EB%8B%88%EC%8A%A4"));
        assertThat(page.locator("#minCapacity")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#minCapacity")).hasAttribute("aria-describedby", "minCapacity-error");
        assertThat(page.locator("#minCapacity-error")).isVisible();
        assertThat(page.locator("#minCapacity")).hasValue("many");
        assertThat(page.locator("#date-error")).isVisible();
        assertThat(page.locator("#from-error")).isVisible();
        assertThat(page.locator("#q")).hasValue("테니스");
        assertThat(page.locator("#error-summary")).isVisible();
        check("results-errors-ko");
    }

    @Test
    void signsUpAndLogsIn() {
        page.navigate(url("/signup"));
        page.locator("#username").fill("Bad Name");
        page.locator("#password").fill("short");
        page.locator("#passwordAgain").fill("different");
        page.locator("#displayName").fill("홍길동");
        page.locator("form[action$=signup] button[type=submit]").click();
        assertThat(page.locator("#username")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#username-error")).isVisible();
        assertThat(page.locator("#passwordAgain-error")).isVisible();
        assertThat(page.locator("#displayName")).hasValue("홍길동");
        assertThat(page.locator("#agree-error")).containsText("동의해야");
        check("signup-errors-ko");

        var username = "web" + System.nanoTime() % 1_000_000_000L;
        page.locator("#username").fill(username);
        // 25 hangul are 75 bytes, more than BCrypt takes: refused as a mistake of the field, not a failure.
        var tooLong = "비".repeat(25);
        page.locator("#password").fill(tooLong);
        page.locator("#passwordAgain").fill(tooLong);
        page.locator("form[action$=signup] button[type=submit]").click();
        assertThat(page.locator("#password-error")).isVisible();

        page.locator("#password").fill("a-long-enough-secret");
        page.locator("#passwordAgain").fill("a-long-enough-secret");
        page.locator("label[for=agree]").click();
        page.locator("form[action$=signup] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/login\\?signedUp"));
        page.locator("#username").fill(username);
        page.locator("#password").fill("a-long-enough-secret");
        page.locator("#password").press("Enter");
        assertThat(page.locator(".gongyu-nav")).containsText(username);
    }

    /** Picks a slot as a mouse user does, by its label (KRDS draws the radio button in the label). */
    private static void pick(Page on, String slot) {
        var id = on.locator("input[name=slot][value='" + slot + "']").getAttribute("id");
        on.locator("label[for='" + id + "']").click();
    }
}
