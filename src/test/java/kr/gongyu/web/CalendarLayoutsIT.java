package kr.gongyu.web;

import static kr.gongyu.ApiCalls.post;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.TestClock;
import kr.gongyu.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The resource page's month calendar meets the accessibility audit in every layout a month can take: starting on
 * each day of the week, in four, five or six rows, with every day a link, at a desktop's and a phone's width, in
 * Korean and in English.
 */
@IntegrationTest
class CalendarLayoutsIT extends BrowserTest {

    private static final int PHONE = 390;
    private static final int DESKTOP = 1280;

    @Autowired
    RestTestClient http;

    @Test
    void everyMonthLayoutPassesTheAuditAtBothWidthsInBothLanguages() {
        assumeTrue(TestDatabase.kind().equals("h2"), "what the page draws does not depend on the database");
        var staff = token(http, "staff-eumseong");
        var room = openEveryDayForAYear(staff);
        try {
            var months = monthsCoveringEveryLayout();
            for (var language : List.of("ko", "en")) {
                for (var month : months) {
                    page.navigate(url("/resources/" + room + "?month=" + month + "&lang=" + language));
                    assertThat(page.locator(".gongyu-calendar td > a").count())
                            .as("every day of %s is free, so every day is a link", month)
                            .isEqualTo(month.lengthOfMonth());
                    assertThat(page.locator(".gongyu-calendar tbody tr").count())
                            .isEqualTo(rows(month));
                    for (var width : List.of(DESKTOP, PHONE)) {
                        page.setViewportSize(width, 800);
                        Browser.assertAccessible(page);
                    }
                }
            }
        } finally {
            post(http, "/api/v1/admin/resources/" + room + "/unpublish", staff, Map.of(), HttpStatus.OK);
        }
    }

    /** Months from next month on, until every first weekday and every number of rows has been seen once. */
    private static List<YearMonth> monthsCoveringEveryLayout() {
        var firstDays = EnumSet.noneOf(DayOfWeek.class);
        var rowCounts = new HashSet<Integer>();
        var months = new ArrayList<YearMonth>();
        var month = YearMonth.from(TestClock.today()).plusMonths(1);
        while (firstDays.size() < 7 || !rowCounts.containsAll(List.of(5, 6))) {
            if (firstDays.add(month.atDay(1).getDayOfWeek()) | rowCounts.add(rows(month))) {
                months.add(month);
            }
            month = month.plusMonths(1);
        }
        assertThat(ChronoUnit.MONTHS.between(YearMonth.from(TestClock.today()), months.getLast()))
                .as("every layout within the booking window of a year")
                .isLessThanOrEqualTo(12);
        return months;
    }

    /** Weeks start on Monday, as the page's do. */
    private static int rows(YearMonth month) {
        var leading = month.atDay(1).getDayOfWeek().getValue() - 1;
        return (leading + month.lengthOfMonth() + 6) / 7;
    }

    private String openEveryDayForAYear(String staff) {
        var body = ResourceBodies.meetingRoom("달력 시험 회의실 " + UUID.randomUUID());
        var rules = ResourceBodies.rules(List.of(Map.of(
                "days", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), "open", "09:00", "close", "18:00")));
        rules.put("closedOnPublicHolidays", false);
        rules.put("closedDates", List.of());
        rules.put("bookingOpensDaysAhead", 400);
        body.put("openingRules", rules);
        var room = (String) post(http, "/api/v1/admin/resources", staff, body, HttpStatus.CREATED)
                .get("id");
        post(http, "/api/v1/admin/resources/" + room + "/publish", staff, Map.of(), HttpStatus.OK);
        return room;
    }
}
