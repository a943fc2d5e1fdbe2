package kr.gongyu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import kr.gongyu.ApiCalls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test of the pages in a real browser: one Chromium a test class, and for each test a fresh context in Korean
 * with its page, so that no log-in or cookie leaks from one test into the next. A test fails when any of its pages
 * broke the Content-Security-Policy.
 */
@ExtendWith(BrowserAvailable.class)
abstract class BrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() {
        browser = new Browser();
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("ko-KR"));
        page = context.newPage();
    }

    @AfterEach
    void close() {
        // Closing first lets the reports of the last page arrive.
        context.close();
        browser.assertNoCspViolations();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Logs a demo account in on the test's page, as a person does through the form. */
    void logIn(String username) {
        logIn(page, username);
    }

    /** Logs a demo account in on the page, and waits until the header names it. */
    void logIn(Page on, String username) {
        on.navigate(url("/login"));
        on.locator("#username").fill(username);
        on.locator("#password").fill(ApiCalls.DEMO_PASSWORD);
        on.locator("#password").press("Enter");
        assertThat(on.locator(".gongyu-nav")).containsText(username);
    }

    /** The page passes axe-core, and is photographed at phone and desktop widths. */
    void check(String name) {
        Browser.assertAccessible(page);
        Browser.screenshots(page, name);
    }

    /**
     * On a results page, opens the results one by one until one is open to everyone and has a free day this month
     * or next, passing over the first {@code skip} such ones, and picks that day: the demo catalogue's resources
     * differ in eligibility and in what others booked.
     */
    void openAFreeDay(int skip) {
        var resultsPage = page.url();
        var count = page.locator(".gongyu-list h3 a").count();
        org.assertj.core.api.Assertions.assertThat(count)
                .as("results to choose from")
                .isPositive();
        var seen = 0;
        for (int n = 0; n < count; n++) {
            page.navigate(resultsPage);
            page.locator(".gongyu-list h3 a").nth(n).click();
            if (!page.locator(".gongyu-facts").innerText().matches("(?s).*(누구나|Everyone).*")) {
                continue;
            }
            for (int month = 0; month < 2; month++) {
                var freeDay = page.locator(".gongyu-calendar td a");
                if (freeDay.count() > 0) {
                    if (seen++ < skip) {
                        break;
                    }
                    freeDay.first().click();
                    assertThat(page.locator("#slots-heading")).isVisible();
                    return;
                }
                var shown = page.locator("#month-heading").innerText();
                page.locator(".gongyu-month-nav a").last().click();
                assertThat(page.locator("#month-heading")).not().hasText(shown);
            }
        }
        throw new AssertionError("No result of " + resultsPage + " could be booked");
    }
}
