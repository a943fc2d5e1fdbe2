package kr.gongyu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Issue 23's pages in Chromium, each through axe: staff create a round in the console, watch it and draw it; a citizen
 * applies on the round's public page (with its record, figures and how to check the draw), sees the result on
 * {@code /my/lotteries} and confirms the slot won (reaching the round from the resource's month calendar, which marks
 * its days); another joins a taken slot's waitlist from the resource's calendar
 * and finds the offer on {@code /my/waitlist} once the slot frees.
 */
@IntegrationTest
class LotteryPagesIT extends BrowserTest {

    private static final String STAFF = "staff-eumseong";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    RestTestClient http;

    @Test
    void staffCreateAndDrawARoundAndACitizenAppliesAndConfirmsTheWin() {
        var room = room("추첨 화면 시험 구장 ");
        var day = TestClock.today().plusDays(25);
        var now = TestClock.now().atZone(Seoul.ZONE).truncatedTo(ChronoUnit.MINUTES);

        logIn(STAFF);
        page.navigate(url("/console/resources/" + room + "/lotteries"));
        assertThat(page.locator(".gongyu-empty")).isVisible();
        page.locator("#from").fill(day.toString());
        page.locator("#to").fill(day.toString());
        page.locator("#applicationsOpen").fill(LOCAL.format(now.minusMinutes(1)));
        page.locator("#applicationsClose").fill(LOCAL.format(now.plusDays(1)));
        page.locator("#drawAt").fill(LOCAL.format(now.plusDays(1).plusHours(1)));
        page.locator("#leftoverAt").fill(LOCAL.format(now.plusDays(4)));
        page.locator("#maxChoices").fill("2");
        page.locator("#disabled").fill("0.1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("추첨 만들기"))
                .click();
        assertThat(page.locator("#done")).hasText("추첨을 만들었습니다.");
        var round = page.locator(".gongyu-round").first();
        assertThat(round.locator(".gongyu-round-status")).hasText("신청 중");
        assertThat(round.locator(".gongyu-round-applications")).hasText("신청 0건");
        check("console-lotteries");
        var lottery = round.getAttribute("id").substring("round-".length());
        var otherStaff =
                browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("ko-KR"));
        var other = otherStaff.newPage();
        logIn(other, "staff-danyang");
        org.assertj.core.api.Assertions.assertThat(other.navigate(url("/console/resources/" + room + "/lotteries"))
                        .status())
                .as("another institution's resource")
                .isEqualTo(404);
        otherStaff.close();

        var citizen = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("ko-KR"));
        var applicant = citizen.newPage();
        logIn(applicant, "citizen1841");
        applicant.navigate(url("/resources/" + room + "?month=" + java.time.YearMonth.from(day)));
        var marked = applicant.locator("#calendar a.gongyu-lottery-day");
        assertThat(marked).hasCount(1);
        assertThat(marked)
                .hasText(java.util.regex.Pattern.compile(
                        "^추첨 " + day.getYear() + "년 " + day.getMonthValue() + "월 " + day.getDayOfMonth() + "일"));
        assertThat(marked).hasAttribute("href", "/lotteries/" + lottery);
        Browser.assertAccessible(applicant);
        marked.click();
        applicant.waitForURL(url("/lotteries/" + lottery));
        assertThat(applicant.locator("h1")).containsText("추첨");
        assertThat(applicant.locator("#verify-heading")).isVisible();
        assertThat(applicant.locator("p[lang=en]")).containsText("tools/verify-draw");
        Browser.assertAccessible(applicant);
        Browser.screenshots(applicant, "lottery-open");
        applicant.locator("#choice-1").selectOption(new SelectOption().setIndex(11)); // 10:00, after "none"
        applicant
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("추첨 신청"))
                .click();
        applicant.waitForURL(url("/my/lotteries?applied=" + lottery));
        assertThat(applicant.locator(".gongyu-result").first()).hasText("추첨 전입니다.");
        Browser.assertAccessible(applicant);

        TestClock.advance(Duration.ofDays(1).plusMinutes(1));
        page.reload();
        assertThat(page.locator(".gongyu-round-status").first()).hasText("신청 마감, 추첨 전");
        assertThat(page.locator(".gongyu-round-applications").first()).hasText("신청 1건");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("지금 추첨하기"))
                .click();
        assertThat(page.locator("#done")).hasText("추첨했습니다.");
        assertThat(page.locator(".gongyu-round-status").first()).hasText("추첨 완료");

        applicant.navigate(url("/my/lotteries"));
        assertThat(applicant.locator(".gongyu-result").first()).containsText("배정되었습니다");
        Browser.assertAccessible(applicant);
        applicant
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("예약 확정하기"))
                .click();
        applicant.locator("#headcount").fill("10");
        applicant.locator("#purpose").fill("조기 축구");
        applicant
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("예약 확정"))
                .click();
        applicant.waitForURL(url("/my/reservations/**"));
        applicant.navigate(url("/my/lotteries"));
        assertThat(applicant.locator(".gongyu-result").first()).containsText("확정했습니다");

        applicant.navigate(url("/lotteries/" + lottery));
        assertThat(applicant.locator(".gongyu-figures")).containsText("1");
        assertThat(applicant.locator(".gongyu-applications tbody tr")).hasCount(1);
        Browser.assertAccessible(applicant);
        Browser.screenshots(applicant, "lottery-drawn");
        applicant.navigate(url("/lotteries/" + lottery + "?lang=en"));
        assertThat(applicant.locator("#verify-heading")).hasText("How to check the draw yourself");
        citizen.close();
        ApiCalls.post(
                http,
                "/api/v1/admin/resources/" + room + "/unpublish",
                ApiCalls.token(http, STAFF),
                null,
                HttpStatus.OK);
    }

    @Test
    void aCitizenJoinsATakenSlotsWaitlistFromTheCalendarAndFindsTheOffer() {
        var room = room("대기 화면 시험 회의실 ");
        var day = TestClock.today().plusDays(12);
        var start = day + "T10:00:00+09:00";
        var booked = ApiCalls.post(
                http,
                "/api/v1/reservations",
                ApiCalls.token(http, "citizen1851"),
                ApiCalls.booking(room, start, day + "T11:00:00+09:00", 1, null),
                HttpStatus.CREATED);

        logIn("citizen1852");
        page.navigate(url("/resources/" + room + "?day=" + day + "#slots"));
        var join = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("대기 신청: 10:00–11:00"));
        assertThat(join).isVisible();
        Browser.assertAccessible(page);
        join.click();
        page.waitForURL(url("/my/waitlist?joined"));
        assertThat(page.locator(".gongyu-position")).hasText("1번째");
        check("my-waitlist");

        ApiCalls.post(
                http,
                "/api/v1/reservations/" + booked.get("id") + "/cancel",
                ApiCalls.token(http, "citizen1851"),
                Map.of(),
                HttpStatus.OK);
        page.reload();
        assertThat(page.locator(".gongyu-waitlist-entry")).containsText("자리가 나서 회원님께 잡아 두었습니다");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("예약 확정하기")))
                .isVisible();
        Browser.assertAccessible(page);
        page.locator(".gongyu-waitlist-entry button").click();
        page.waitForURL(url("/my/waitlist"));
        assertThat(page.locator(".gongyu-empty")).isVisible();
        ApiCalls.post(
                http,
                "/api/v1/admin/resources/" + room + "/unpublish",
                ApiCalls.token(http, STAFF),
                null,
                HttpStatus.OK);
    }

    private String room(String name) {
        return (String) ApiCalls.post(
                        http,
                        "/api/v1/admin/resources",
                        ApiCalls.token(http, STAFF),
                        ResourceBodies.openEveryHour(name + UUID.randomUUID()),
                        HttpStatus.CREATED)
                .get("id");
    }
}
