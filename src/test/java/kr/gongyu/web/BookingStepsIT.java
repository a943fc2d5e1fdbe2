package kr.gongyu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The booking steps as people take them (issue 17): the day's free times before logging in, a range of slots in
 * one booking, a form sent without a time coming back with its error and the day's times, and each step starting
 * at its heading; in Korean and in English, each new state through axe-core.
 */
@IntegrationTest
class BookingStepsIT extends BrowserTest {

    private static final String MEETING_ROOMS =
            "/resources?q=%ED%9A%8C%EC%9D%98%EC%8B%A4&region=41&confirmation=INSTANT";

    @Autowired
    RestTestClient http;

    /** Bookings the test made, cancelled after it so that they take no time from other tests. */
    private final List<String> made = new ArrayList<>();

    @AfterEach
    void cancelWhatWasBooked() {
        for (var number : made) {
            page.navigate(url("/my/reservations/" + number + "/cancel"));
            var cancel = page.locator("form[action$=cancel] button[type=submit]");
            if (cancel.count() > 0) {
                cancel.click();
                page.waitForURL(Pattern.compile(".*cancelled=.*"));
            }
        }
    }

    @Test
    void loggedOutTheDaysFreeTimesAreShownWithTheLogInButton() {
        openAFreeDay(false);
        assertThat(page.locator(".gongyu-free-times li").first())
                .containsText(Pattern.compile("\\d{2}:\\d{2}–\\d{2}:\\d{2}"));
        assertThat(page.locator("input[name=slot]")).hasCount(0);
        assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("로그인하고 예약하기")))
                .isVisible();
        assertThat(page.locator("#slots-heading")).isFocused();
        check("resource-logged-out-ko");

        page.navigate(page.url().replace("#slots", "") + "&lang=en");
        assertThat(page.locator(".gongyu-free-times")).hasAttribute("aria-label", "Times free to book");
        assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Log in to book")))
                .isVisible();
        check("resource-logged-out-en");
    }

    @Test
    void sendingNoTimeKeepsTheDaysTimesAndSaysSoBesideThem() {
        logIn("citizen1771");
        openAFreeDay(true);
        page.locator("form[action$=bookings] button[type=submit]").click();
        assertThat(page.locator("#error-summary")).containsText("이용할 시간을 골라 주세요");
        assertThat(page.locator("#error-summary")).isFocused();
        assertThat(page.locator("#slot-error")).isVisible();
        assertThat(page.locator("input[name=slot]").first()).isVisible();
        check("resource-no-time-ko");

        page.navigate(url("/?lang=en"));
        openAFreeDay(true);
        page.locator("form[action$=bookings] button[type=submit]").click();
        assertThat(page.locator("#error-summary")).containsText("Please choose a time");
        assertThat(page.locator("input[name=slot]").first()).isVisible();
        check("resource-no-time-en");
    }

    @Test
    void aRangeOfSlotsIsOneBookingAndAWrongEndIsSaidBesideTheField() {
        logIn("citizen1772");
        var slots = openTwoSlotsInARow();
        var first = slots.get(0);
        var second = slots.get(1);

        // The second slot with the first one's end: the end is before the start.
        pick(second);
        page.locator("#until").selectOption(first.split("/")[1]);
        page.locator("form[action$=bookings] button[type=submit]").click();
        assertThat(page.locator("#until-error")).containsText("뒤여야");
        assertThat(page.locator("#until")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#error-summary")).isFocused();
        check("resource-range-error-ko");

        // From the first slot to the second one's end, with the keyboard.
        pick(first);
        page.locator("#until").focus();
        page.locator("#until").selectOption(second.split("/")[1]);
        page.locator("form[action$=bookings] button[type=submit]").press("Enter");
        page.waitForURL(Pattern.compile(".*/my/reservations/(\\d+)/complete.*"));
        made.add(page.url().replaceAll(".*/my/reservations/(\\d+)/complete.*", "$1"));
        assertThat(page.locator("h1")).isFocused();
        var when = page.locator(".gongyu-facts dd").nth(1).innerText();
        assertThat(when).endsWith(hour(second.split("/")[1]));
        assertThat(page.locator("#fee")).isVisible();
        check("complete-range-ko");
    }

    @Test
    void theRangeInEnglish() {
        logIn("citizen1773");
        page.navigate(url("/?lang=en"));
        var slots = openTwoSlotsInARow();
        pick(slots.get(1));
        page.locator("#until").selectOption(slots.get(0).split("/")[1]);
        page.locator("form[action$=bookings] button[type=submit]").click();
        assertThat(page.locator("#until-error")).containsText("must be after");
        assertThat(page.locator("label[for=until]")).hasText("Until");
        check("resource-range-error-en");
    }

    @Test
    void eachAccountIsToldFirstWhetherItMayBookAndAnOrganizationBooksForItselfByDefault() {
        var hall = ApiCalls.resourceNamed(http, "삼척문화예술회관 소공연장");
        logIn("citizen1774");
        page.navigate(url("/resources/" + hall));
        assertThat(page.locator("#standing")).containsText("이 계정으로는 예약할 수 없습니다");
        assertThat(page.locator("#standing")).containsText("기관(단체)에 속해 있지 않습니다");
        check("resource-not-eligible-ko");
        page.navigate(url("/resources/" + hall + "?lang=en"));
        assertThat(page.locator("#standing")).containsText("This account may not book it");
        check("resource-not-eligible-en");

        context.clearCookies();
        logIn("org-samcheok-kinder05");
        page.navigate(url("/resources/" + hall + "?lang=ko"));
        assertThat(page.locator("#standing")).containsText("이 계정으로 예약할 수 있습니다");
        page.locator(".gongyu-calendar td a").first().click();
        assertThat(page.locator("#forOrganization")).isChecked();
        check("resource-organization-ko");
    }

    @Test
    void anApprovalRequestSaysWhatItIsAndARejectionsReasonReachesTheApplicant() {
        logIn("citizen1775");
        page.navigate(url("/resources?q=%ED%9A%8C%EC%9D%98%EC%8B%A4&region=41&confirmation=APPROVAL"));
        openAFreeDay(0);
        pick(page.locator("input[name=slot]").first().inputValue());
        page.locator("form[action$=bookings] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/my/reservations/(\\d+)/complete.*"));
        var number = page.url().replaceAll(".*/my/reservations/(\\d+)/complete.*", "$1");
        made.add(number);
        assertThat(page.locator("h1")).hasText("승인 요청 정보 입력");
        assertThat(page.locator("#next-steps")).containsText("승인 요청");
        assertThat(page.locator("form[action$=complete] button")).hasText("승인 요청 보내기");
        check("complete-request-ko");
        page.locator("#headcount").fill("2");
        page.locator("#purpose").fill("주민 모임");
        page.locator("form[action$=complete] button").click();
        page.waitForURL(Pattern.compile(".*\\?completed.*"));
        assertThat(page.locator("#next-steps")).containsText("검토");
        check("request-sent-ko");
        page.navigate(url("/my/reservations"));
        assertThat(page.locator("#upcoming a[href$='/my/reservations/" + number + "']"))
                .isVisible();
        assertThat(page.locator("#past-heading")).hasText("지난 예약");
        check("my-reservations-split-ko");

        // Staff of Bonghwa reject a request for the county's gallery, with a reason.
        var gallery = ApiCalls.resourceNamed(http, "봉화군청 현관 갤러리");
        var day = TestClock.today().plusDays(24);
        var citizen = ApiCalls.token(http, "citizen1775");
        var requested = ApiCalls.post(
                http,
                "/api/v1/reservations",
                citizen,
                ApiCalls.booking(gallery, day + "T09:00:00+09:00", day + "T18:00:00+09:00", 1, 5),
                HttpStatus.CREATED);
        ApiCalls.post(
                http,
                "/api/v1/admin/reservations/" + requested.get("id") + "/reject",
                ApiCalls.token(http, "staff-bonghwa"),
                Map.of("reason", "같은 날 군 행사 전시가 있습니다"),
                HttpStatus.OK);
        page.navigate(url("/my/reservations/" + requested.get("id")));
        assertThat(page.locator(".gongyu-facts")).containsText("반려 사유");
        assertThat(page.locator("#reason")).hasText("같은 날 군 행사 전시가 있습니다");
        check("rejected-ko");
        page.navigate(url("/my/reservations/" + requested.get("id") + "?lang=en"));
        assertThat(page.locator(".gongyu-facts")).containsText("Reason for declining");
        assertThat(page.locator(".gongyu-facts")).containsText("Fee");
        check("rejected-en");
    }

    @Test
    void theResourcePageShowsTheWholeFeeAndTheCompleteStepThePriceLineByLineWithTheDeposit() {
        var room = kr.gongyu.ResourceBodies.meetingRoom("시험 유료 회의실");
        room.put("fee", Map.of("amount", 10000, "per", "HOUR", "nightPercent", 20, "deposit", 30000));
        var created = ApiCalls.post(
                http, "/api/v1/admin/resources", ApiCalls.token(http, "staff-eumseong"), room, HttpStatus.CREATED);
        page.navigate(url("/resources/" + created.get("id")));
        assertThat(page.locator("#surcharges li")).hasText(new String[] {"야간(18:00–06:00) 20% 할증"});
        assertThat(page.locator("#deposit")).containsText("30,000원");
        assertThat(page.locator("#payment-deadline")).containsText("예약 후 24시간 안에 결제");
        check("resource-fee-ko");
        page.navigate(url("/resources/" + created.get("id") + "?lang=en"));
        assertThat(page.locator("#surcharges li")).hasText(new String[] {"Nights (18:00–06:00): 20% more"});
        assertThat(page.locator("#deposit")).containsText("given back after the use");
        assertThat(page.locator("#payment-deadline")).containsText("Pay within 24 hours of booking");
        check("resource-fee-en");
        var day = kr.gongyu.TestDays.workingDay(TestClock.today().plusDays(5));
        var request = new java.util.HashMap<>(ApiCalls.booking(
                (String) created.get("id"), day + "T19:00:00+09:00", day + "T21:00:00+09:00", 1, null));
        request.put("hold", true);
        var held = ApiCalls.post(
                http, "/api/v1/reservations", ApiCalls.token(http, "citizen1776"), request, HttpStatus.CREATED);
        made.add((String) held.get("id"));
        logIn("citizen1776");

        page.navigate(url("/my/reservations/" + held.get("id") + "/complete?lang=ko"));
        assertThat(page.locator("#fee")).hasText("24,000원");
        assertThat(page.locator("#price-breakdown li"))
                .containsText(new String[] {"사용료 2시간: 20,000원", "야간 할증 20%: 4,000원"});
        assertThat(page.locator("#deposit")).containsText("30,000원");
        check("complete-price-ko");
        page.navigate(url("/my/reservations/" + held.get("id") + "/complete?lang=en"));
        assertThat(page.locator("#price-breakdown li"))
                .containsText(new String[] {"Fee, 2 hour(s)", "Night surcharge 20%"});
        assertThat(page.locator("#deposit")).containsText("given back after the use");
        check("complete-price-en");
    }

    @Test
    void theTermsThePrivacyPolicyAndHelpAreLinkedFromEveryPagesFooter() {
        page.navigate(url("/"));
        page.locator("#krds-footer a[href='/privacy']").click();
        assertThat(page.locator("h1")).hasText("개인정보 처리방침");
        check("privacy-ko");
        page.locator("#krds-footer a[href='/terms']").click();
        assertThat(page.locator("h1")).hasText("이용약관");
        check("terms-ko");
        page.navigate(url("/privacy?lang=en"));
        assertThat(page.locator("h1")).hasText("Privacy policy");
        check("privacy-en");
        page.locator("#krds-footer a[href='/help']").click();
        assertThat(page.locator("h1")).hasText("Help and contact");
        check("help-en");
        page.navigate(url("/login?lang=ko"));
        page.locator("a[href='/help#account']").click();
        assertThat(page.locator("#account")).hasText("아이디나 비밀번호를 잊었을 때");
        assertThat(page.locator("#contact + ul")).containsText("110");
        check("help-ko");
    }

    /** The hour and minute of an instant in Seoul, as the pages write it. */
    private static String hour(String instant) {
        return Instant.parse(instant).atZone(kr.gongyu.Seoul.ZONE).toLocalTime().toString();
    }

    private void pick(String slot) {
        BookingStepsIT.pick(page, slot);
    }

    private static void pick(Page page, String slot) {
        var id = page.locator("input[name=slot][value='" + slot + "']").getAttribute("id");
        page.locator("label[for='" + id + "']").click();
    }

    /** A day of a meeting room open to everyone with two free slots in a row; their values. */
    private List<String> openTwoSlotsInARow() {
        for (int skip = 0; skip < 8; skip++) {
            openAFreeDay(true, skip);
            if (page.locator("#until").count() == 0) {
                continue;
            }
            var values = page.locator("input[name=slot]").all().stream()
                    .map(input -> input.inputValue())
                    .toList();
            for (int n = 0; n + 1 < values.size(); n++) {
                if (values.get(n).split("/")[1].equals(values.get(n + 1).split("/")[0])) {
                    return List.of(values.get(n), values.get(n + 1));
                }
            }
        }
        throw new AssertionError("No meeting room with two free slots in a row");
    }

    private void openAFreeDay(boolean loggedIn) {
        openAFreeDay(loggedIn, 0);
    }

    /**
     * Opens the meeting rooms open to everyone one by one, passing over the first {@code skip} with a free day,
     * until one has a free day, and picks that day.
     */
    private void openAFreeDay(boolean loggedIn, int skip) {
        page.navigate(url(MEETING_ROOMS));
        openAFreeDay(skip);
        assertThat(page.locator(loggedIn ? "input[name=slot]" : ".gongyu-free-times li")
                        .first())
                .isVisible();
    }
}
