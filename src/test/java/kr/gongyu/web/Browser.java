package kr.gongyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ReducedMotion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Debian's Chromium driven by Playwright, never a browser Playwright downloads; axe-core (vendored in the test
 * resources) run in a page; screenshots of a page at phone and desktop widths in {@code target/screenshots};
 * and a watch on every page of its contexts for anything the Content-Security-Policy blocked.
 */
final class Browser implements AutoCloseable {

    static final int PHONE_WIDTH = 360;
    static final int DESKTOP_WIDTH = 1280;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = "/axe-core-4.11.0/axe.min.js";

    /**
     * Reports each violation of the Content-Security-Policy to the test: the listener is installed in every
     * document before the page's own scripts, and (like the binding it calls) is exempt from the policy. Not while
     * axe-core runs: it copies the page's style sheets into style elements of its own to read them, which the
     * policy blocks, and those are the test's doing, not the page's.
     */
    private static final String REPORT_CSP_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => window.gongyuAuditing || window.reportCspViolation(
                e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.documentURI
                    + ' at ' + e.sourceFile + ':' + e.lineNumber + (e.sample ? ' (' + e.sample + ')' : '')));
            """;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final List<String> cspViolations = Collections.synchronizedList(new ArrayList<>());

    Browser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright
                .chromium()
                .launch(new com.microsoft.playwright.BrowserType.LaunchOptions()
                        .setExecutablePath(BrowserAvailable.CHROMIUM)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /**
     * A fresh context (cookies, storage) whose pages are watched for violations of the policy. Its user asks for
     * reduced motion: KRDS scrolls smoothly to a page's anchor otherwise, and a click aimed while the page still
     * scrolls can land beside its target on a busy machine.
     */
    BrowserContext newContext(com.microsoft.playwright.Browser.NewContextOptions options) {
        var context = chromium.newContext(options.setReducedMotion(ReducedMotion.REDUCE));
        context.exposeFunction("reportCspViolation", arguments -> {
            cspViolations.add(String.valueOf(arguments[0]));
            return null;
        });
        context.addInitScript(REPORT_CSP_VIOLATIONS);
        return context;
    }

    BrowserContext newContext() {
        return newContext(new com.microsoft.playwright.Browser.NewContextOptions());
    }

    /** Fails on anything the Content-Security-Policy blocked since the last call, and starts a new count. */
    void assertNoCspViolations() {
        List<String> seen;
        synchronized (cspViolations) {
            seen = List.copyOf(cspViolations);
            cspViolations.clear();
        }
        assertThat(seen).as("violations of the Content-Security-Policy").isEmpty();
    }

    /** Runs axe-core's WCAG 2.x A and AA rules in the page and fails on any serious or critical violation. */
    static void assertAccessible(Page page) {
        // As a script with the page's nonce, the one kind of inline script the Content-Security-Policy allows.
        page.evaluate("""
                ([source, nonce]) => {
                  const script = document.createElement('script');
                  script.nonce = nonce;
                  script.textContent = source;
                  document.head.appendChild(script);
                }
                """, List.of(axeSource(), page.evaluate("document.querySelector('script[nonce]').nonce")));
        @SuppressWarnings("unchecked")
        var violations = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  // axe measures what is on screen, so a link cut by the window's edge or by the header that stays
                  // on screen (a page opened at an anchor, before its web fonts moved the layout) would fail some
                  // runs: audit the settled page from its top, the same every run. KRDS scrolls smoothly, so the
                  // jump to the top is made instant and waited for.
                  window.gongyuAuditing = true;
                  await document.fonts.ready;
                  window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
                  await new Promise(settled => requestAnimationFrame(() => requestAnimationFrame(settled)));
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
                    // WCAG 2.5.3 (label in name), which axe still calls experimental.
                    rules: { 'label-content-name-mismatch': { enabled: true } }
                  });
                  // The reports of what axe did are dispatched as tasks of their own: let them pass first.
                  await new Promise(reported => setTimeout(reported, 50));
                  window.gongyuAuditing = false;
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                 targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '),
                                 why: v.nodes.slice(0, 2).map(n => n.failureSummary + ' (near: '
                                     + n.any.flatMap(c => c.relatedNodes).map(r => r.target.join(' ')).join(', ') + ')')
                                     .join(' | ') }));
                }
                """);
        assertThat(violations)
                .as("serious or critical accessibility violations on %s", page.url())
                .isEmpty();
    }

    /** The page as it looks on a phone and on a desktop; the viewport is the desktop's afterwards. */
    static void screenshots(Page page, String name) {
        for (var width : List.of(PHONE_WIDTH, DESKTOP_WIDTH)) {
            page.setViewportSize(width, 800);
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(name + "-" + width + ".png")));
        }
    }

    private static String axeSource() {
        try (var in = Objects.requireNonNull(Browser.class.getResourceAsStream(AXE), AXE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
