package kr.gongyu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import kr.gongyu.TestDays;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Danyang records a sharing agreement with a resort in the console, and Sejong runs its volunteer roster:
 * staff offer a weekend shift, a resident signs up on the volunteering page, and the shift opens the
 * facility's weekend hours until staff cancel it. Each page passes axe-core and is photographed.
 */
@IntegrationTest
class PartnersAndVolunteersPagesIT extends BrowserTest {

    @Autowired
    ResourceDirectory directory;

    @Autowired
    ResourceManagement management;

    @Test
    void danyangRecordsAnAgreementWithAResortForANewParkingSite() {
        logIn("staff-danyang");
        page.navigate(url("/console"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("공유협약"))
                .click();
        assertThat(page.locator("h1")).hasText("공유협약");
        check("console-agreements");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("새 협약 등록"))
                .click();
        page.locator("#partner").selectOption(new SelectOption().setLabel("소백산리조트"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("다음"))
                .click();
        assertThat(page.locator("h2.gongyu-subtitle")).containsText("소백산리조트");
        check("console-agreement-form");

        // A mistake first: the end before the start, and a half-written new site.
        page.locator("#endsOn").fill("2020-01-01");
        page.locator("#siteName").fill("소백산리조트 동관 주차장");
        page.locator("button[type=submit]:has-text('협약 등록')").click();
        assertThat(page.locator("#endsOn")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#endsOn-error")).containsText("종료일");
        assertThat(page.locator("#siteAddress-error")).isVisible();
        assertThat(page.locator("#siteName")).hasValue("소백산리조트 동관 주차장");
        check("console-agreement-form-errors");

        var today = TestClock.today();
        page.locator("#endsOn").fill(today.plusYears(2).toString());
        page.locator("#siteAddress").fill("충청북도 단양군 단양읍 삼봉로 220");
        page.locator("#siteLat").fill("36.9871");
        page.locator("#siteLng").fill("128.3530");
        page.locator("#terms").fill("동관 주차장 25면을 관광객과 주민에게 무료로 개방한다.");
        page.locator("label[for=onEnd-CANCEL_BOOKINGS]").click();
        page.locator("button[type=submit]:has-text('협약 등록')").click();

        page.waitForURL(Pattern.compile(".*/console/agreements\\?recorded=\\d+"));
        assertThat(page.locator("[role=status]")).containsText("협약을 등록했습니다");
        var recorded = page.locator(".gongyu-card", new Page.LocatorOptions().setHasText("소백산리조트 동관 주차장"));
        assertThat(recorded).containsText("시행 중");
        assertThat(recorded).containsText("취소하고 전액 환불");

        // The resort's staff then open the new site's parking, 25 spaces, every day.
        context.clearCookies();
        logIn("partner-danyang-resort");
        page.navigate(url("/console/resources/new"));
        page.locator("#siteId").selectOption(new SelectOption().setLabel("소백산리조트 동관 주차장 (충청북도 단양군 단양읍 삼봉로 220)"));
        page.locator("#name").fill("소백산리조트 동관 주차장");
        page.locator("#category").selectOption("주차장");
        page.locator("#kind").selectOption("POOLED");
        page.locator("#capacity").fill("25");
        page.locator("#quantity").fill("25");
        for (var day : List.of("", "-TUE", "-WED", "-THU", "-FRI", "-SAT", "-SUN")) {
            page.locator("label[for='windows-0-days" + day + "']").click();
        }
        page.locator("#windows-0-open").fill("08:00");
        page.locator("#windows-0-close").fill("20:00");
        page.locator("button:text-is('저장')").click();
        page.waitForURL(Pattern.compile(".*/console/resources/\\d+/edit\\?saved"));
        var parking = new ResourceId(Long.parseLong(page.url().replaceAll(".*/resources/(\\d+)/edit.*", "$1")));
        try {
            page.navigate(url("/resources?q=" + URLEncoder.encode("동관 주차장", StandardCharsets.UTF_8)));
            assertThat(page.locator("main")).containsText("소백산리조트 동관 주차장");
        } finally {
            // Out of the public catalogue again: other tests count Danyang's parking.
            management.unpublish(directory.owner(parking).orElseThrow(), parking);
        }
    }

    @Test
    void aResidentStaffsASejongShiftThatOpensTheWeekendHoursUntilStaffCancelIt() {
        var weekendDay = TestDays.demoWeekendDay(false, TestClock.today().plusDays(1));
        logIn("staff-sejong");
        page.navigate(url("/console/volunteers"));
        page.locator("#resource").selectOption(new SelectOption().setLabel("아름동 복합커뮤니티센터 다목적체육관"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("보기"))
                .click();
        var resource = page.url().replaceAll(".*resource=(\\d+).*", "$1");
        check("console-volunteers");
        page.locator("#date").fill(weekendDay.toString());
        page.locator("#from").fill("09:00");
        page.locator("#to").fill("12:00");
        page.locator("#needed").fill("1");
        page.locator("form[action$='/shifts'] button[type=submit]").click();
        assertThat(page.locator("[role=status]")).containsText("근무를 등록했습니다");
        var shift = page.url().replaceAll(".*offered=(\\d+).*", "$1");
        assertThat(hours(resource, weekendDay)).as("no volunteer yet").doesNotContain("T09:00");

        context.clearCookies();
        logIn("citizen1983");
        page.navigate(url("/volunteer"));
        check("volunteer");
        page.locator("#shift-" + shift + " form[action$='/sign-up'] button").click();
        assertThat(page.locator("[role=status]")).containsText("봉사를 신청했습니다");
        assertThat(page.locator("#shift-" + shift)).containsText("근무 확정");
        assertThat(hours(resource, weekendDay)).contains("T09:00", "T10:00", "T11:00");

        context.clearCookies();
        logIn("staff-sejong");
        page.navigate(url("/console/volunteers?resource=" + resource));
        var row = page.locator("#shift-" + shift);
        assertThat(row).containsText("근무 확정");
        assertThat(row).containsText("*");
        row.locator("button").click();
        assertThat(page.locator("[role=status]")).containsText("근무를 취소했습니다");
        assertThat(hours(resource, weekendDay)).doesNotContain("T09:00");
    }

    @Test
    void aCitizenMayNotOpenTheConsoleNorAPartnerRecordAnAgreement() {
        logIn("citizen1984");
        var denied = page.navigate(url("/console/agreements"));
        assertThat(denied.status()).isEqualTo(403);
        context.clearCookies();
        logIn("partner-danyang-resort");
        page.navigate(url("/console/agreements"));
        assertThat(page.locator(".gongyu-card").first()).containsText("소백산리조트");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("새 협약 등록")))
                .hasCount(0);
        assertThat(page.navigate(url("/console/agreements/new")).status()).isEqualTo(403);
    }

    /** The day's slot starts as the availability API lists them, as one string to search. */
    private String hours(String resource, LocalDate date) {
        return page.request()
                .get(url("/api/v1/resources/" + resource + "/availability?from=" + date + "&to=" + date))
                .text();
    }
}
