package kr.gongyu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestMail;
import kr.gongyu.TestSms;
import org.junit.jupiter.api.Test;

/**
 * One's contact details and channels on the account page in a browser: a new mobile number saved, its code received
 * by the provider's stub and entered; email turned off for one kind while in-app stays checked and disabled;
 * accessible.
 */
@IntegrationTest
class MyContactPagesIT extends BrowserTest {

    @Test
    void aCitizenVerifiesANewNumberAndChoosesChannels() {
        logIn("citizen1615");
        page.navigate(url("/my/account"));
        assertThat(page.locator("#contact-heading")).hasText("연락처");
        assertThat(page.locator("#contact-email-state")).hasText("인증되었습니다.");

        page.getByLabel("휴대전화").fill("016-0999-1615");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("저장하고 인증번호 받기"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("인증번호를 보냈습니다");
        assertThat(page.locator("#contact-mobile-state")).containsText("인증되지 않았습니다");
        var code = await().atMost(Duration.ofSeconds(10))
                .until(() -> TestSms.requestsTo("01609991615"), list -> !list.isEmpty())
                .getFirst()
                .variable("code");
        Browser.assertAccessible(page);
        page.getByLabel("문자로 받은 인증번호").fill(code);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("인증").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("인증했습니다");
        assertThat(page.locator("#contact-mobile-state")).hasText("인증되었습니다.");

        assertThat(page.locator("#inApp-BOOKING_CONFIRMED")).isChecked();
        assertThat(page.locator("#inApp-BOOKING_CONFIRMED")).isDisabled();
        page.locator("label[for=email-BOOKING_CONFIRMED]").click();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("저장").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("알림 받을 방법을 저장했습니다");
        assertThat(page.locator("#email-BOOKING_CONFIRMED")).not().isChecked();
        assertThat(page.locator("#sms-BOOKING_CONFIRMED")).isChecked();
        assertThat(page.locator("#email-REQUEST_APPROVED")).isChecked();
        Browser.assertAccessible(page);
        Browser.screenshots(page, "my-account-contact-ko");

        page.getByLabel("휴대전화").fill("02-123-4567");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("저장하고 인증번호 받기"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("010-1234-5678");
        assertThat(page.getByLabel("휴대전화")).hasValue("02-123-4567");

        page.navigate(url("/my/account?lang=en"));
        assertThat(page.locator("#contact-heading")).hasText("Contact details");
        assertThat(page.locator("#preferences-heading")).hasText("How you are notified");
    }

    @Test
    void aCitizenGivesContactDetailsAtSignUpAndEntersTheCodeAfterLoggingIn() throws Exception {
        page.navigate(url("/signup"));
        var username = "contact" + System.nanoTime() % 1_000_000_000L;
        page.locator("#username").fill(username);
        page.locator("#password").fill("a-long-enough-secret");
        page.locator("#passwordAgain").fill("a-long-enough-secret");
        page.locator("#displayName").fill("김연락");
        page.locator("#email").fill(username + "@gongyu.example");
        page.locator("#mobile").fill("0101234");
        page.locator("label[for=agree]").click();
        page.locator("form[action$=signup] button[type=submit]").click();
        assertThat(page.locator("#mobile")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#mobile-error")).containsText("010-1234-5678");
        assertThat(page.locator("#email")).hasValue(username + "@gongyu.example");
        Browser.assertAccessible(page);

        page.locator("#mobile").fill("");
        page.locator("#password").fill("a-long-enough-secret");
        page.locator("#passwordAgain").fill("a-long-enough-secret");
        page.locator("form[action$=signup] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/login\\?signedUp"));
        var mail = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.receivedBy(username + "@gongyu.example"), list -> !list.isEmpty())
                .getFirst();
        var code = Pattern.compile("\\[(\\d{6})]").matcher((String) mail.getContent());
        org.assertj.core.api.Assertions.assertThat(code.find()).isTrue();

        page.locator("#username").fill(username);
        page.locator("#password").fill("a-long-enough-secret");
        page.locator("#password").press("Enter");
        page.navigate(url("/my/account"));
        assertThat(page.locator("#contact-email-state")).containsText("인증되지 않았습니다");
        page.getByLabel("이메일로 받은 인증번호").fill(code.group(1));
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("인증").setExact(true))
                .click();
        assertThat(page.locator("#contact-email-state")).hasText("인증되었습니다.");
    }
}
