package kr.gongyu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.TestClock;
import kr.gongyu.TestDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * 감면 on the pages: the resource lists what it offers, the booker chooses a discount before confirming and sees the
 * discounted price, staff edit the terms and refuse a claim from the approval queue; each state through axe-core.
 */
@IntegrationTest
class DiscountPagesIT extends BrowserTest {

    private static final Map<String, Object> TERMS = Map.of(
            "combine",
            false,
            "discounts",
            List.of(
                    Map.of("category", "DISABLED", "percent", 50, "evidenceRequired", true),
                    Map.of("category", "MULTI_CHILD", "percent", 30, "evidenceRequired", false)));

    @Autowired
    RestTestClient http;

    @Test
    void theBookerChoosesADiscountBeforeConfirmingAndSeesTheDiscountedPrice() {
        var room = room("시험 감면 화면 회의실", "INSTANT");
        var day = TestDays.workingDay(TestClock.today().plusDays(11));
        var request = new HashMap<>(ApiCalls.booking(room, day + "T19:00:00+09:00", day + "T21:00:00+09:00", 1, null));
        request.put("hold", true);
        var citizen = ApiCalls.token(http, "citizen0471");
        var held = (String) ApiCalls.post(http, "/api/v1/reservations", citizen, request, HttpStatus.CREATED)
                .get("id");
        logIn("citizen0471");

        page.navigate(url("/resources/" + room));
        assertThat(page.locator("#discounts li")).containsText(new String[] {"장애인 50% (증빙 필요)", "다자녀 30%"});
        check("resource-discounts-ko");

        page.navigate(url("/my/reservations/" + held + "/complete"));
        assertThat(page.locator("#fee")).hasText("20,000원");
        assertThat(page.locator("#discount-none")).isChecked();
        check("complete-discount-choice-ko");
        page.locator("label[for=discount-DISABLED]").click();
        page.locator("#discount-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/complete\\?discounted.*"));
        assertThat(page.locator("#fee")).hasText("10,000원");
        assertThat(page.locator("#price-breakdown li"))
                .containsText(new String[] {"사용료 2시간: 20,000원", "장애인 감면 50%: -10,000원"});
        assertThat(page.locator("#discount-claim")).containsText("신청");
        assertThat(page.locator("#discount-DISABLED")).isChecked();
        check("complete-discounted-ko");
        page.navigate(url("/my/reservations/" + held + "/complete?lang=en"));
        assertThat(page.locator("#price-breakdown li")).containsText(new String[] {"Disabled discount 50%"});
        check("complete-discounted-en");

        page.locator("#headcount").fill("3");
        page.locator("#purpose").fill("장애인 자조 모임");
        page.locator("form[action$=complete] button").click();
        page.waitForURL(Pattern.compile(".*\\?completed.*"));
        // Priced, so it waits for its payment, of the discounted amount.
        assertThat(ApiCalls.get(http, "/api/v1/reservations/" + held, citizen))
                .containsEntry("status", "PAYMENT_DUE")
                .extractingByKey("price")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Object.class))
                .containsEntry("amount", 10000);
    }

    @Test
    void staffRefuseAClaimOnTheApprovalQueueAndTheBookerSeesTheFullPrice() {
        var room = room("시험 감면 승인 회의실", "APPROVAL");
        var day = TestDays.workingDay(TestClock.today().plusDays(12));
        var body = new HashMap<>(ApiCalls.booking(room, day + "T19:00:00+09:00", day + "T21:00:00+09:00", 1, 4));
        body.put("purpose", "동아리 모임");
        body.put("discount", "DISABLED");
        var requested = (String) ApiCalls.post(
                        http, "/api/v1/reservations", ApiCalls.token(http, "citizen0472"), body, HttpStatus.CREATED)
                .get("id");
        logIn("staff-eumseong");

        page.navigate(url("/console/approvals?resource=" + room));
        var card = page.locator("#request-" + requested);
        assertThat(card.locator(".gongyu-fee")).hasText("10,000원");
        assertThat(card.locator(".gongyu-discount")).containsText("장애인 50%");
        assertThat(card.locator(".gongyu-discount")).containsText("신청");
        check("approvals-discount-ko");

        card.locator("#discount-reason-" + requested).fill("복지카드를 확인하지 못했습니다");
        card.locator("form[action$='discount/refuse'] button[type=submit]").click();
        assertThat(page.locator("#discount-refused")).containsText("감면을 거절했습니다");
        card = page.locator("#request-" + requested);
        assertThat(card.locator(".gongyu-fee")).hasText("20,000원");
        assertThat(card.locator(".gongyu-discount")).containsText("거절됨");
        assertThat(card.locator("form[action$='discount/refuse']")).hasCount(0);
        check("approvals-discount-refused-ko");

        context.clearCookies();
        logIn("citizen0472");
        page.navigate(url("/my/reservations/" + requested));
        assertThat(page.locator("#fee")).hasText("20,000원");
        assertThat(page.locator("#discount-claim")).containsText("거절됨");
        check("reservation-discount-refused-ko");
    }

    @Test
    void staffSeeTheDaysClaimsOnTheCalendarAndRefuseOneThere() {
        var room = room("시험 감면 달력 회의실", "INSTANT");
        var day = TestDays.workingDay(TestClock.today().plusDays(13));
        var body = new HashMap<>(ApiCalls.booking(room, day + "T19:00:00+09:00", day + "T20:00:00+09:00", 1, 2));
        body.put("discount", List.of("MULTI_CHILD"));
        var citizen = ApiCalls.token(http, "citizen0473");
        var booked = (String) ApiCalls.post(http, "/api/v1/reservations", citizen, body, HttpStatus.CREATED)
                .get("id");
        logIn("staff-eumseong");

        page.navigate(url("/console/calendar?view=day&date=" + day + "&resource=" + room));
        var card = page.locator("#booking-" + booked);
        assertThat(card.locator(".gongyu-discount")).containsText("다자녀 30%");
        assertThat(card.locator(".gongyu-discount")).containsText("신청");
        check("calendar-discount-ko");

        card.locator("#discount-reason-" + booked).fill("다자녀 확인서 미제출");
        card.locator("form[action$='discount/refuse'] button[type=submit]").click();
        assertThat(page.locator("#done")).containsText("감면을 거절했습니다");
        card = page.locator("#booking-" + booked);
        assertThat(card.locator(".gongyu-discount")).containsText("거절됨");
        assertThat(card.locator("form[action$='discount/refuse']")).hasCount(0);
        check("calendar-discount-refused-ko");
        assertThat(ApiCalls.get(http, "/api/v1/reservations/" + booked + "/price", citizen))
                .containsEntry("amount", 10000);
    }

    @Test
    void staffEditAResourcesTermsAndAreToldEachMistakeBesideItsField() {
        var room = room("시험 감면 설정 회의실", "INSTANT");
        logIn("staff-eumseong");

        page.navigate(url("/console/discounts"));
        assertThat(page.locator("h1")).hasText("감면 설정");
        check("console-discounts-ko");

        page.navigate(url("/console/resources/" + room + "/discounts"));
        assertThat(page.locator("#rows-0-offered")).isChecked();
        page.locator("label[for=rows-2-offered]").click();
        page.locator("#rows-2-percent").fill("40");
        page.locator("#rows-6-name").fill("자원봉사자");
        page.locator("#rows-6-code").fill("VOLUNTEER");
        page.locator("#discounts-form button[type=submit]").click();
        assertThat(page.locator("#error-summary")).isFocused();
        assertThat(page.locator("#rows-6-percent-error")).isVisible();
        assertThat(page.locator("#rows-6-percent")).hasAttribute("aria-invalid", "true");
        check("console-discounts-error-ko");

        page.locator("#rows-6-percent").fill("20");
        page.locator("#discounts-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*\\?saved.*"));
        assertThat(page.locator("#saved")).isVisible();
        check("console-discounts-saved-ko");
        var terms = ApiCalls.get(
                http, "/api/v1/admin/resources/" + room + "/discounts", ApiCalls.token(http, "staff-eumseong"));
        assertThat(terms.get("discounts").toString())
                .contains("category=DISABLED", "category=MULTI_CHILD", "category=SENIOR", "percent=40")
                .contains("category=VOLUNTEER", "name=자원봉사자", "percent=20");
    }

    /** A paid room of Eumseong (10,000 won an hour, evenings on weekdays) offering DISABLED and MULTI_CHILD. */
    private String room(String name, String confirmation) {
        var staff = ApiCalls.token(http, "staff-eumseong");
        var body = ResourceBodies.meetingRoom(name);
        body.put("confirmation", confirmation);
        var id = (String) ApiCalls.post(http, "/api/v1/admin/resources", staff, body, HttpStatus.CREATED)
                .get("id");
        ApiCalls.put(http, "/api/v1/admin/resources/" + id + "/discounts", staff, TERMS, HttpStatus.OK);
        return id;
    }
}
