package kr.gongyu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import kr.gongyu.IntegrationTest;
import kr.gongyu.StandardFiles;
import kr.gongyu.TestClock;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Suwon's staff in a real browser run their resources from the console: a new gym with night hours that
 * citizens then find, an afternoon blocked for internal use that citizens can no longer book, a CP949 file
 * with bad rows imported with its report, and mistakes shown beside their fields. Staff of another institution
 * and citizens find nothing of it. The main pages pass axe-core and are photographed.
 */
@IntegrationTest
class ConsoleResourcesIT extends BrowserTest {

    @Autowired
    ResourceDirectory directory;

    @Autowired
    ResourceManagement management;

    private final List<Long> made = new ArrayList<>();

    private static final Charset CP949 = Charset.forName("x-windows-949");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36);

    @Test
    void suwonsStaffCreateAndPublishAGymWithNightHoursThatCitizensFind() {
        logIn(page, "staff-suwon");
        var name = unique("야간체육관");
        page.navigate(url("/console/resources/new"));
        check("console-resource-new");
        page.locator("#name").fill(name);
        page.locator("#category").selectOption("체육관");
        page.locator("#capacity").fill("60");
        page.locator("label[for=free-false]").click();
        page.locator("#feeAmount").fill("5000");
        page.locator("#feeNightPercent").fill("30");
        page.locator("#feeDeposit").fill("20000");
        page.locator("#waitlistClaimHours").fill("6");
        page.locator("#paymentDeadlineHours").fill("12");
        setChecked(page, "closedOnPublicHolidays", false);
        tick(page, 0, "MON", "TUE", "WED", "THU", "FRI");
        page.locator("#windows-0-open").fill("18:00");
        page.locator("#windows-0-close").fill("23:00");
        tick(page, 1, "SAT");
        page.locator("#windows-1-open").fill("20:00");
        page.locator("#windows-1-close").fill("24:00");
        page.locator("button:text-is('저장')").click();
        assertThat(page.locator("[role=status]").first()).containsText("저장했습니다");
        var editUrl = made(page.url());
        assertThat(editUrl).matches(".*/console/resources/\\d+/edit\\?saved");
        assertThat(page.locator("#feeNightPercent")).hasValue("30");
        assertThat(page.locator("#feeWeekendPercent")).hasValue("0");
        assertThat(page.locator("#feeDeposit")).hasValue("20000");
        assertThat(page.locator("#waitlistClaimHours")).hasValue("6");
        assertThat(page.locator("#paymentDeadlineHours")).hasValue("12");
        check("console-resource-edit");

        page.navigate(url("/console/resources"));
        check("console-resources");
        page.locator("#q").fill(name);
        page.locator("button:text-is('찾기')").click();
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator(".gongyu-count")).hasText("자원 1개");
        var row = page.locator("tr", new Page.LocatorOptions().setHasText(name));
        assertThat(row).containsText("공개");
        row.locator("button").click();
        assertThat(page).hasURL(Pattern.compile(".*\\?q=.*&unpublished=\\d+"));
        row = page.locator("tr", new Page.LocatorOptions().setHasText(name));
        assertThat(row).containsText("비공개");
        assertThat(search(name)).isZero();
        page.locator("#state").selectOption("published");
        page.locator("button:text-is('찾기')").click();
        assertThat(page.locator("tbody tr")).hasCount(0);
        assertThat(page.locator(".gongyu-empty")).hasText("찾는 조건에 맞는 자원이 없습니다.");
        page.locator("#state").selectOption("hidden");
        page.locator("button:text-is('찾기')").click();
        row = page.locator("tr", new Page.LocatorOptions().setHasText(name));
        row.locator("button").click();
        assertThat(page.locator("[role=status]").first()).hasText("자원을 공개했습니다.");
        assertThat(page.locator("tbody tr")).hasCount(0); // the list still shows the hidden ones only
        page.locator("#state").selectOption("published");
        page.locator("button:text-is('찾기')").click();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(name))
                        .locator("button"))
                .hasText("비공개로");

        try (var citizen = browser.newContext()) {
            var visitor = citizen.newPage();
            visitor.navigate(url("/resources?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
            var link = visitor.locator("a", new Page.LocatorOptions().setHasText(name));
            assertThat(link.first()).isVisible();
            link.first().click();
            assertThat(visitor.locator("h1")).hasText(name);
            assertThat(visitor.locator("body")).containsText("18:00");
            assertThat(visitor.locator("body")).containsText("23:00");
        }
    }

    @Test
    void suwonsStaffBlockAnAfternoonAndCitizensCanNoLongerBookIt() {
        logIn(page, "staff-suwon");
        var name = unique("블록회의실");
        var editUrl = createAllWeek(name);
        var day = TestClock.today().plusDays(6);

        page.locator("#blockDate").fill(day.toString());
        page.locator("#blockFrom").fill("13:00");
        page.locator("#blockTo").fill("18:00");
        page.locator("#blockReason").fill("구청 내부 행사");
        page.locator("button:text-is('내부 사용 추가')").click();
        assertThat(page.locator("#blocks")).containsText("구청 내부 행사");
        assertThat(page.url()).startsWith(editUrl.replace("?saved", ""));
        check("console-resource-blocks");

        var id = editUrl.replaceAll(".*/resources/(\\d+)/edit.*", "$1");
        try (var citizen = browser.newContext()) {
            var visitor = citizen.newPage();
            logIn(visitor, "citizen1961");
            visitor.navigate(url("/resources/" + id + "?day=" + day));
            var slots = visitor.locator("#slots");
            assertThat(slots).containsText("09:00");
            assertThat(slots).containsText("12:00");
            assertThat(slots).not().containsText("13:00–14:00");
            assertThat(slots).not().containsText("17:00–18:00");
        }
        page.locator("#blocks form[action*='/blocks/'] button").first().click();
        assertThat(page.locator("#blocks")).not().containsText("구청 내부 행사");
    }

    @Test
    void staffFindOrganisationsByNameForTheEligibilityList() {
        logIn(page, "staff-eumseong");
        var editUrl = createAllWeek(unique("기관 전용실"));

        page.locator("#organizationName").fill("삼척 햇살");
        var found = page.locator("[data-add-organization]");
        assertThat(found).hasCount(1);
        assertThat(page.locator(".gongyu-organizations")).containsText("삼척 햇살유치원 · 유치원");
        found.click();
        assertThat(found).isDisabled();
        assertThat(page.locator("#eligibility")).hasValue("ORGANIZATIONS");
        page.locator("#organizationName").fill("강릉중앙");
        page.locator("[data-add-organization]").click();
        assertThat(page.locator("#organizationIds")).hasValue(Pattern.compile("\\d+, \\d+"));
        page.locator("#organizationName").fill("없는 이름의 단체");
        assertThat(page.locator("#organization-results")).hasText("찾는 기관·단체가 없습니다.");
        check("console-resource-organizations");

        page.locator("button:text-is('저장')").click();
        assertThat(page.locator("[role=status]").first()).containsText("저장했습니다");
        assertThat(page.locator("#organization-names")).containsText("삼척 햇살유치원 (");
        assertThat(page.locator("#organization-names")).containsText("강릉중앙초등학교 (");
    }

    @Test
    void aCp949FileWithBadRowsImportsWithACorrectReport() throws IOException {
        // Yeongdeungpo, as the import API's tests: Suwon's demo sites stay as other tests count them.
        logIn(page, "staff-yeongdeungpo");
        var center = unique("가져오기센터");
        var good = Map.of(
                "개방시설명", center,
                "개방장소명", "대회의실",
                "소재지도로명주소", "서울특별시 영등포구 여의대로 1",
                "위도", "37.5219",
                "경도", "126.9245");
        var rows = List.of(
                StandardFiles.row(good),
                StandardFiles.row(with(good, "개방시설명", "", "개방장소명", "이름없는방")),
                StandardFiles.row(with(good, "개방장소명", "불가능한시각실", "평일운영종료시각", "25:00")),
                StandardFiles.row(with(good, "개방장소명", "음수실", "수용가능인원수", "-5")),
                StandardFiles.row(with(good, "개방장소명", "소회의실")));
        var file = StandardFiles.csv(rows, CP949);

        page.navigate(url("/console/imports"));
        check("console-imports");
        page.locator("#file").setInputFiles(new FilePayload("시설.csv", "text/csv", file));
        page.locator("button:text-is('올리기')").click();
        page.waitForURL(Pattern.compile(".*/console/imports/\\d+"));
        assertThat(page.locator("#import-progress"))
                .hasAttribute(
                        "data-status",
                        "DONE",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions()
                                .setTimeout(60_000));
        check("console-import");
        assertThat(page.locator("#import-created")).hasText("2");
        assertThat(page.locator("#import-rejected")).hasText("3");
        var errors = page.locator("#import-errors tbody tr");
        assertThat(errors).hasCount(3);
        assertThat(errors.nth(0).locator("td").nth(0)).hasText("3");
        assertThat(errors.nth(0).locator("td").nth(1)).hasText("개방시설명");
        assertThat(errors.nth(1).locator("td").nth(0)).hasText("4");
        assertThat(errors.nth(1).locator("td").nth(1)).hasText("평일운영종료시각");
        assertThat(errors.nth(2).locator("td").nth(0)).hasText("5");
        assertThat(errors.nth(2).locator("td").nth(1)).hasText("수용가능인원수");
        var written = page.locator("#import-written li");
        assertThat(written).hasCount(2);
        assertThat(written.nth(0)).containsText(center + " 대회의실");
        assertThat(written.nth(0)).containsText("새로 등록");
        var report = page.url();
        written.nth(1).locator("a").click();
        assertThat(page.locator("#name")).hasValue(center + " 소회의실");

        page.navigate(url("/console/imports"));
        var past = page.locator("#import-history tbody tr").first();
        assertThat(past).containsText("시설.csv");
        assertThat(past).containsText("2 · 0 · 3");
        past.locator("a").click();
        assertThat(page).hasURL(report);

        page.navigate(url("/console/imports"));
        page.locator("#file").setInputFiles(new FilePayload("표.csv", "text/csv", "a,b\n1,2\n".getBytes()));
        page.locator("button:text-is('올리기')").click();
        assertThat(page.locator("#file-error")).containsText("표준데이터의 열이 아닙니다");
        assertThat(page.locator("#file")).hasAttribute("aria-invalid", "true");

        // Over the server's limit for a request: back to the form with word of it, not an error page.
        var garbage = new byte[32 * 1024 * 1024];
        new Random(7).nextBytes(garbage);
        // From a file on disk, which the browser reads itself: 32 MB sent through Playwright's pipe takes long
        // enough on a busy machine to time out.
        var big = Files.createTempDirectory("gongyu-upload").resolve("큰파일.csv");
        Files.write(big, garbage);
        page.locator("#file").setInputFiles(big);
        page.locator("button:text-is('올리기')").click();
        page.waitForURL(Pattern.compile(".*/console/imports\\?tooLarge"));
        assertThat(page.locator("[role=alert]")).containsText("너무 커서 받지 않았습니다");
        check("console-imports-too-large");
    }

    @Test
    void mistakesAreShownBesideTheirFieldsAndTheInputIsKept() throws IOException {
        logIn(page, "staff-suwon");
        page.navigate(url("/console/resources/new"));
        var name = unique("실수체육관");
        page.locator("#name").fill(name);
        page.locator("#capacity").fill("많음");
        tick(page, 0, "MON");
        page.locator("#windows-0-open").fill("22:00");
        page.locator("#windows-0-close").fill("18:00");
        page.locator("button:text-is('운영 시간 줄 추가')").click();
        assertThat(page.locator("fieldset.gongyu-window")).hasCount(5);
        assertThat(page.locator("#windows-0-open")).hasValue("22:00");

        page.locator("button:text-is('저장')").click();
        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.locator("#capacity-error")).isVisible();
        assertThat(page.locator("#capacity")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#capacity")).hasValue("많음");
        assertThat(page.locator("#name")).hasValue(name);
        page.locator("#capacity").fill("30");
        page.locator("#waitlistClaimHours").fill("169");
        page.locator("button:text-is('저장')").click();
        assertThat(page.locator("#category-error")).isVisible();
        assertThat(page.locator("#waitlistClaimHours-error")).containsText("1에서 168 사이");
        assertThat(page.locator("#waitlistClaimHours")).hasValue("169");
        assertThat(page.locator("#windows-0-close-error")).containsText("닫는 시간");
        assertThat(page.locator("#windows-0-close")).hasAttribute("aria-describedby", "windows-0-close-error");
        assertThat(page.locator("#windows-0-days")).isChecked();
        check("console-resource-errors");

        var editUrl = createAllWeek(unique("사진회의실"));
        page.locator("#photo").setInputFiles(new FilePayload("gym.jpg", "image/jpeg", "not an image".getBytes()));
        page.locator("#photoAlt").fill("체육관 전경");
        page.locator("button:text-is('사진 올리기')").click();
        assertThat(page.locator("#photo-error")).containsText("JPEG, PNG 이미지로 열리지 않습니다");
        assertThat(page.locator("#photoAlt")).hasValue("체육관 전경");

        var png = new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            0x0D,
            0x0A,
            0x1A,
            0x0A,
            0,
            0,
            0,
            0x0D,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            6,
            0,
            0,
            0,
            0x1F,
            0x15,
            (byte) 0xC4,
            (byte) 0x89,
            0,
            0,
            0,
            0x0A,
            'I',
            'D',
            'A',
            'T',
            0x78,
            (byte) 0x9C,
            0x63,
            0,
            1,
            0,
            0,
            5,
            0,
            1,
            0x0D,
            0x0A,
            0x2D,
            (byte) 0xB4,
            0,
            0,
            0,
            0,
            'I',
            'E',
            'N',
            'D',
            (byte) 0xAE,
            'B',
            0x60,
            (byte) 0x82
        };
        page.locator("#photo").setInputFiles(new FilePayload("photo.txt", "text/plain", png));
        page.locator("#photoAlt").fill("마루가 깔린 회의실");
        page.locator("button:text-is('사진 올리기')").click();
        assertThat(page.locator(".gongyu-photo-list img")).hasAttribute("alt", "마루가 깔린 회의실");
        var src = page.locator(".gongyu-photo-list img").getAttribute("src");
        var served = page.request().get(url(src));
        assertThat(served.status()).isEqualTo(200);
        // Stored as the picture encoded anew: a PNG of the same one pixel.
        assertThat(src).endsWith(".png");
        assertThat(ImageIO.read(new ByteArrayInputStream(served.body())).getWidth())
                .isEqualTo(1);
        var id = editUrl.replaceAll(".*/resources/(\\d+)/edit.*", "$1");
        page.navigate(url("/resources/" + id));
        assertThat(page.locator(".gongyu-photos img")).hasAttribute("alt", "마루가 깔린 회의실");
    }

    @Test
    void otherInstitutionsStaffAndCitizensGetNothing() {
        logIn(page, "staff-suwon");
        var editUrl = createAllWeek(unique("남의회의실"));
        var path = editUrl.replaceAll("^https?://[^/]+", "").replace("?saved", "");

        try (var other = browser.newContext()) {
            var sejong = other.newPage();
            logIn(sejong, "staff-sejong");
            assertThat(sejong.navigate(url(path)).status()).isEqualTo(404);
            var csrf = csrfOf(sejong);
            var publish = sejong.request()
                    .post(
                            url(path.replace("/edit", "/unpublish")),
                            com.microsoft.playwright.options.RequestOptions.create()
                                    .setForm(com.microsoft.playwright.options.FormData.create()
                                            .set("_csrf", csrf))
                                    .setMaxRedirects(0));
            assertThat(publish.status()).isEqualTo(404);
        }
        page.navigate(url(path));
        assertThat(page.locator(".krds-badge").first()).hasText("공개");

        try (var citizen = browser.newContext()) {
            var visitor = citizen.newPage();
            logIn(visitor, "citizen1962");
            assertThat(visitor.navigate(url("/console")).status()).isEqualTo(403);
            assertThat(visitor.navigate(url(path)).status()).isEqualTo(403);
        }
    }

    private static String csrfOf(Page page) {
        page.navigate(page.url().replaceAll("(https?://[^/]+).*", "$1/console"));
        return page.locator("input[name=_csrf]").first().inputValue();
    }

    /** Creates a meeting room open every day 09:00–18:00 in hours, and answers its edit page's address. */
    private String createAllWeek(String name) {
        page.navigate(url("/console/resources/new"));
        page.locator("#name").fill(name);
        page.locator("#category").selectOption("회의실");
        setChecked(page, "closedOnPublicHolidays", false);
        tick(page, 0, "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
        page.locator("#windows-0-open").fill("09:00");
        page.locator("#windows-0-close").fill("18:00");
        page.locator("button:text-is('저장')").click();
        page.waitForURL(Pattern.compile(".*/console/resources/\\d+/edit\\?saved"));
        return made(page.url());
    }

    /** Notes a resource the test made, by its edit page's address, to take it out of the catalogue afterwards. */
    private String made(String editUrl) {
        made.add(Long.parseLong(editUrl.replaceAll(".*/resources/(\\d+)/edit.*", "$1")));
        return editUrl;
    }

    /**
     * Takes what the test made out of the public catalogue again, whether it passed or not, so that the demo
     * catalogue stays as the catalogue's tests count it.
     */
    @AfterEach
    void unpublishWhatTheTestMade() {
        for (var id : made) {
            var resource = new ResourceId(id);
            management.unpublish(directory.owner(resource).orElseThrow(), resource);
        }
    }

    private static void tick(Page page, int row, String... days) {
        for (var day : days) {
            setChecked(page, day.equals("MON") ? "windows-" + row + "-days" : "windows-" + row + "-days-" + day, true);
        }
    }

    /** Ticks or unticks a box as a person does, by its label: KRDS draws the box on the label. */
    private static void setChecked(Page page, String id, boolean checked) {
        if (page.locator("#" + id).isChecked() != checked) {
            page.locator("label[for='" + id + "']").click();
        }
        assertThat(page.locator("#" + id).isChecked()).isEqualTo(checked);
    }

    private int search(String name) {
        try (var citizen = browser.newContext()) {
            var visitor = citizen.newPage();
            visitor.navigate(url("/resources?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
            return visitor.locator("a", new Page.LocatorOptions().setHasText(name))
                    .count();
        }
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        var changed = new java.util.HashMap<>(base);
        for (int n = 0; n < pairs.length; n += 2) {
            changed.put(pairs[n], pairs[n + 1]);
        }
        return changed;
    }

    /** A name no other test uses; the leading 0 puts it on the first page of the console's list. */
    private static String unique(String what) {
        return "0 콘솔 " + what + " " + RUN + SEQUENCE.incrementAndGet();
    }
}
