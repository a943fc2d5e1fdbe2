package kr.gongyu.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static kr.gongyu.schedule.ClosedDays.LunarHoliday.Kind.CHUSEOK;
import static kr.gongyu.schedule.ClosedDays.LunarHoliday.Kind.SEOLLAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.gongyu.schedule.ClosedDays.FixedDate;
import kr.gongyu.schedule.ClosedDays.HolidayCalendar;
import kr.gongyu.schedule.ClosedDays.LunarHoliday;
import kr.gongyu.schedule.ClosedDays.MonthlyNth;
import kr.gongyu.schedule.ClosedDays.PublicHolidays;
import kr.gongyu.schedule.ClosedDays.Rule;
import kr.gongyu.schedule.ClosedDays.Weekly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClosedDaysTest {

    /** 2027 only: 설날 is 7 February and 추석 15 September; 어린이날 and 광복절 stand for the public holidays. */
    private static final HolidayCalendar CALENDAR = new HolidayCalendar(
            Set.of(LocalDate.of(2027, 5, 5), LocalDate.of(2027, 8, 15))::contains,
            year -> List.of(LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8)),
            year -> List.of(LocalDate.of(2027, 9, 14), LocalDate.of(2027, 9, 15), LocalDate.of(2027, 9, 16)));

    private static final ClosedDays BOTH_PERIODS = of(new LunarHoliday(SEOLLAL, true), new LunarHoliday(CHUSEOK, true));

    private static final ClosedDays BOTH_DAYS = of(new LunarHoliday(SEOLLAL, false), new LunarHoliday(CHUSEOK, false));

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "없음", "연중무휴", "휴관일 없음", "-", " - ", "연중 무휴"})
    void readsOpenAllYear(String text) {
        assertThat(ClosedDays.parse(text)).isEqualTo(ClosedDays.none());
        assertThat(ClosedDays.parse(text).rules()).isEmpty();
    }

    @Test
    void noTextsAtAllMeanOpenAllYear() {
        assertThat(ClosedDays.parse(List.of())).isEqualTo(ClosedDays.none());
        assertThat(ClosedDays.none().describe()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"매주 월요일", "매주 월", "월요일", "매주월요일", "매 주 월 요일", "매주 월요일 휴관"})
    void readsOneWeekdayEveryWeek(String text) {
        assertThat(ClosedDays.parse(text)).isEqualTo(of(new Weekly(MONDAY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"매주 월·화요일", "매주 월,화", "매주 월요일, 화요일", "월ㆍ화요일", "매주 월요일 및 화요일"})
    void readsAListOfWeekdaysEveryWeek(String text) {
        assertThat(ClosedDays.parse(text)).isEqualTo(of(new Weekly(MONDAY), new Weekly(TUESDAY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"토·일요일", "주말", "매주 주말", "매주 토, 일"})
    void readsTheWeekendAsSaturdayAndSunday(String text) {
        assertThat(ClosedDays.parse(text)).isEqualTo(of(new Weekly(SATURDAY), new Weekly(SUNDAY)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            매월 첫째·셋째 주 화요일 | 1 | 3 | TUESDAY
            매월 첫째, 셋째 화요일   | 1 | 3 | TUESDAY
            매월 둘째, 넷째 월요일   | 2 | 4 | MONDAY
            매월 2·4주 월요일        | 2 | 4 | MONDAY
            매월 2/4주 월요일        | 2 | 4 | MONDAY
            매월 2, 4번째 일요일     | 2 | 4 | SUNDAY
            매월 두 번째, 네 번째 일요일 | 2 | 4 | SUNDAY
            둘째·넷째 주 일요일      | 2 | 4 | SUNDAY
            """)
    void readsSeveralOrdinalsOfAWeekdayEveryMonth(String text, int first, int second, DayOfWeek day) {
        assertThat(ClosedDays.parse(text)).isEqualTo(of(new MonthlyNth(first, day), new MonthlyNth(second, day)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            매월 첫째 주 월요일    | 1  | MONDAY
            매월 첫 주 월요일      | 1  | MONDAY
            매월 첫번째 월요일     | 1  | MONDAY
            매월 셋째 주 수요일    | 3  | WEDNESDAY
            매월 다섯째 주 금요일  | 5  | FRIDAY
            매월 마지막 주 월요일  | -1 | MONDAY
            매월 마지막 월요일     | -1 | MONDAY
            """)
    void readsOneOrdinalOfAWeekdayEveryMonth(String text, int nth, DayOfWeek day) {
        assertThat(ClosedDays.parse(text)).isEqualTo(of(new MonthlyNth(nth, day)));
    }

    @Test
    void readsOrdinalsForEachWeekdayOfTheirList() {
        assertThat(ClosedDays.parse("매월 둘째·넷째 주 월·화요일"))
                .isEqualTo(of(
                        new MonthlyNth(2, MONDAY),
                        new MonthlyNth(4, MONDAY),
                        new MonthlyNth(2, TUESDAY),
                        new MonthlyNth(4, TUESDAY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"공휴일", "법정공휴일", "법정 공휴일", "국경일", "국경일 및 공휴일", "대체공휴일"})
    void readsPublicHolidays(String text) {
        assertThat(ClosedDays.parse(text)).isEqualTo(of(new PublicHolidays()));
    }

    @Test
    void readsAWeekdayAndPublicHolidays() {
        assertThat(ClosedDays.parse("일요일 및 공휴일")).isEqualTo(of(new Weekly(SUNDAY), new PublicHolidays()));
        assertThat(ClosedDays.parse("주말 및 공휴일"))
                .isEqualTo(of(new Weekly(SATURDAY), new Weekly(SUNDAY), new PublicHolidays()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"명절", "설날 및 추석 연휴", "설날·추석", "설날, 추석", "설날과 추석", "명절 연휴", "설 연휴, 추석 연휴"})
    void readsTheSeollalAndChuseokPeriods(String text) {
        assertThat(ClosedDays.parse(text)).isEqualTo(BOTH_PERIODS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"설·추석 당일", "설날, 추석 당일", "명절 당일", "설날 당일 및 추석 당일"})
    void readsTheDaysOfSeollalAndChuseokOnly(String text) {
        assertThat(ClosedDays.parse(text)).isEqualTo(BOTH_DAYS);
    }

    @Test
    void readsTheExtentOfEachLunarHolidayWhereTheyDiffer() {
        assertThat(ClosedDays.parse("설날 당일, 추석 연휴"))
                .isEqualTo(of(new LunarHoliday(SEOLLAL, false), new LunarHoliday(CHUSEOK, true)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1월 1일    | --01-01
            1월1일     | --01-01
            1/1        | --01-01
            신정       | --01-01
            12월 25일  | --12-25
            12/25      | --12-25
            매년 5월 1일 | --05-01
            """)
    void readsAFixedDateEveryYear(String text, String monthDay) {
        assertThat(ClosedDays.parse(text)).isEqualTo(of(new FixedDate(MonthDay.parse(monthDay))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "매주 월요일 및 공휴일",
                "매주 월요일, 공휴일",
                "매주 월요일·공휴일",
                "매주 월요일/공휴일",
                "매주 월요일; 공휴일",
                "매주 월요일\n공휴일",
                "매주 월요일과 공휴일",
                "매주 월요일 공휴일",
                "공휴일, 매주 월요일"
            })
    void readsPartsJoinedInAnyWay(String text) {
        assertThat(ClosedDays.parse(text)).isEqualTo(of(new Weekly(MONDAY), new PublicHolidays()));
    }

    @Test
    void readsManyKindsOfPartsInOneText() {
        assertThat(ClosedDays.parse("매주 월요일, 1월 1일, 설날·추석 당일"))
                .isEqualTo(of(
                        new Weekly(MONDAY),
                        new FixedDate(MonthDay.of(1, 1)),
                        new LunarHoliday(SEOLLAL, false),
                        new LunarHoliday(CHUSEOK, false)));
        assertThat(ClosedDays.parse("매주 월요일, 매월 셋째 주 화요일, 신정, 명절 당일"))
                .isEqualTo(of(
                        new Weekly(MONDAY),
                        new MonthlyNth(3, TUESDAY),
                        new FixedDate(MonthDay.of(1, 1)),
                        new LunarHoliday(SEOLLAL, false),
                        new LunarHoliday(CHUSEOK, false)));
    }

    @Test
    void readsAllTextsOfAList() {
        assertThat(ClosedDays.parse(List.of("매주 월요일", "매월 첫째·셋째 주 화요일")))
                .isEqualTo(of(new Weekly(MONDAY), new MonthlyNth(1, TUESDAY), new MonthlyNth(3, TUESDAY)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "매주 월요일(공휴일인 경우 개관)",
                "매주 월요일 (단, 공휴일은 개관)",
                "매주 월요일（공휴일인 경우 익일 휴관）",
                "매주 월요일 (공휴일 제외)",
                "매주 월요일(공휴일인 경우 (다음날) 휴관)",
                "매주 월요일 (단, 공휴일"
            })
    void dropsARemarkThatQualifiesTheDays(String text) {
        assertThat(ClosedDays.parse(text)).isEqualTo(of(new Weekly(MONDAY)));
    }

    @Test
    void keepsTheDaysThatARemarkAdds() {
        assertThat(ClosedDays.parse("매주 월요일(1월 1일, 설·추석 당일 포함)"))
                .isEqualTo(of(
                        new Weekly(MONDAY),
                        new FixedDate(MonthDay.of(1, 1)),
                        new LunarHoliday(SEOLLAL, false),
                        new LunarHoliday(CHUSEOK, false)));
    }

    @Test
    void readsTheExceptionsToOpenAllYearFromItsRemark() {
        assertThat(ClosedDays.parse("연중무휴(설날·추석 당일 휴관)")).isEqualTo(BOTH_DAYS);
    }

    @Test
    void sameDaysMakeEqualValuesWhateverTheOrderAndRepeats() {
        var closedDays = ClosedDays.parse("공휴일, 매주 화요일, 매주 월요일, 월요일");

        assertThat(closedDays).isEqualTo(ClosedDays.parse("매주 월·화요일 및 공휴일"));
        assertThat(closedDays.rules()).containsExactly(new Weekly(MONDAY), new Weekly(TUESDAY), new PublicHolidays());
    }

    @Test
    void describesEachRuleInCanonicalKorean() {
        var closedDays = ClosedDays.parse("설·추석 당일, 신정, 법정 공휴일, 일요일, 매월 2·4주 월요일, 매월 마지막 주 금요일, 명절");

        assertThat(closedDays.describe())
                .containsExactly(
                        "매주 일요일",
                        "매월 둘째 주 월요일",
                        "매월 넷째 주 월요일",
                        "매월 마지막 주 금요일",
                        "공휴일",
                        "1월 1일",
                        "설날 연휴",
                        "설날 당일",
                        "추석 연휴",
                        "추석 당일");
        assertThat(ClosedDays.parse(closedDays.describe())).isEqualTo(closedDays);
    }

    @Test
    void describesEachRuleInEnglishForEnglishReaders() {
        var closedDays = ClosedDays.parse("신정, 공휴일, 일요일, 매월 둘째 주 월요일, 매월 마지막 주 금요일, 추석 당일, 설날");

        assertThat(closedDays.describe(Locale.ENGLISH))
                .containsExactly(
                        "every Sunday",
                        "the second Monday of every month",
                        "the last Friday of every month",
                        "public holidays",
                        "January 1",
                        "the Seollal holidays",
                        "Chuseok day");
        assertThat(closedDays.describe(Locale.KOREAN)).isEqualTo(closedDays.describe());
    }

    @Test
    void everyRuleReadsBackFromItsDescription() {
        var rules = new ArrayList<Rule>();
        for (var day : DayOfWeek.values()) {
            rules.add(new Weekly(day));
            for (var nth : List.of(1, 2, 3, 4, 5, MonthlyNth.LAST)) {
                rules.add(new MonthlyNth(nth, day));
            }
        }
        rules.add(new PublicHolidays());
        rules.add(new FixedDate(MonthDay.of(1, 1)));
        rules.add(new FixedDate(MonthDay.of(2, 29)));
        rules.add(new FixedDate(MonthDay.of(12, 25)));
        for (var kind : LunarHoliday.Kind.values()) {
            rules.add(new LunarHoliday(kind, true));
            rules.add(new LunarHoliday(kind, false));
        }

        for (var rule : rules) {
            assertThat(ClosedDays.parse(rule.describe())).as(rule.describe()).isEqualTo(of(rule));
        }
        var all = new ClosedDays(rules);
        assertThat(ClosedDays.parse(all.describe())).isEqualTo(all);
    }

    @Test
    void closesOnTheWeekdayEveryWeek() {
        var mondays = ClosedDays.parse("매주 월요일");

        assertThat(mondays.closes(LocalDate.of(2027, 3, 8), CALENDAR)).isTrue();
        assertThat(mondays.closes(LocalDate.of(2027, 5, 31), CALENDAR)).isTrue();
        assertThat(mondays.closes(LocalDate.of(2027, 3, 9), CALENDAR)).isFalse();
    }

    @Test
    void closesOnTheNthWeekdayCountedFromTheFirstOfTheMonth() {
        // March 2027 starts on a Monday: its Tuesdays are the 2nd, 9th, 16th, 23rd and 30th.
        var secondTuesday = ClosedDays.parse("매월 둘째 주 화요일");

        assertThat(secondTuesday.closes(LocalDate.of(2027, 3, 9), CALENDAR)).isTrue();
        assertThat(secondTuesday.closes(LocalDate.of(2027, 3, 2), CALENDAR)).isFalse();
        assertThat(secondTuesday.closes(LocalDate.of(2027, 3, 16), CALENDAR)).isFalse();
        assertThat(secondTuesday.closes(LocalDate.of(2027, 3, 8), CALENDAR)).isFalse();
    }

    @Test
    void closesOnTheLastWeekdayWhetherFourthOrFifth() {
        var lastTuesday = ClosedDays.parse("매월 마지막 주 화요일");

        assertThat(lastTuesday.closes(LocalDate.of(2027, 3, 30), CALENDAR)).isTrue();
        assertThat(lastTuesday.closes(LocalDate.of(2027, 3, 23), CALENDAR)).isFalse();
        assertThat(lastTuesday.closes(LocalDate.of(2027, 4, 27), CALENDAR)).isTrue();
    }

    @Test
    void closesOnAFifthWeekdayOnlyInMonthsThatHaveOne() {
        var fifthTuesday = ClosedDays.parse("매월 다섯째 주 화요일");

        assertThat(fifthTuesday.closes(LocalDate.of(2027, 3, 30), CALENDAR)).isTrue();
        assertThat(fifthTuesday.closes(LocalDate.of(2027, 4, 27), CALENDAR)).isFalse();
    }

    @Test
    void closesOnWhatTheCalendarCallsPublicHolidays() {
        var holidays = ClosedDays.parse("일요일 및 공휴일");

        assertThat(holidays.closes(LocalDate.of(2027, 5, 5), CALENDAR)).isTrue();
        assertThat(holidays.closes(LocalDate.of(2027, 5, 30), CALENDAR)).isTrue();
        assertThat(holidays.closes(LocalDate.of(2027, 5, 6), CALENDAR)).isFalse();
    }

    @Test
    void closesOnAFixedDateEveryYear() {
        var newYear = ClosedDays.parse("1/1");

        assertThat(newYear.closes(LocalDate.of(2027, 1, 1), CALENDAR)).isTrue();
        assertThat(newYear.closes(LocalDate.of(2030, 1, 1), CALENDAR)).isTrue();
        assertThat(newYear.closes(LocalDate.of(2027, 1, 2), CALENDAR)).isFalse();
    }

    @Test
    void closesForTheWholeLunarHolidayPeriod() {
        assertThat(BOTH_PERIODS.closes(LocalDate.of(2027, 2, 5), CALENDAR)).isFalse();
        assertThat(BOTH_PERIODS.closes(LocalDate.of(2027, 2, 6), CALENDAR)).isTrue();
        assertThat(BOTH_PERIODS.closes(LocalDate.of(2027, 2, 7), CALENDAR)).isTrue();
        assertThat(BOTH_PERIODS.closes(LocalDate.of(2027, 2, 8), CALENDAR)).isTrue();
        assertThat(BOTH_PERIODS.closes(LocalDate.of(2027, 2, 9), CALENDAR)).isFalse();
        assertThat(BOTH_PERIODS.closes(LocalDate.of(2027, 9, 14), CALENDAR)).isTrue();
        assertThat(BOTH_PERIODS.closes(LocalDate.of(2027, 9, 16), CALENDAR)).isTrue();
    }

    @Test
    void closesOnTheLunarHolidayItselfOnly() {
        assertThat(BOTH_DAYS.closes(LocalDate.of(2027, 2, 6), CALENDAR)).isFalse();
        assertThat(BOTH_DAYS.closes(LocalDate.of(2027, 2, 7), CALENDAR)).isTrue();
        assertThat(BOTH_DAYS.closes(LocalDate.of(2027, 2, 8), CALENDAR)).isFalse();
        assertThat(BOTH_DAYS.closes(LocalDate.of(2027, 9, 15), CALENDAR)).isTrue();
        assertThat(BOTH_DAYS.closes(LocalDate.of(2027, 9, 16), CALENDAR)).isFalse();
    }

    @Test
    void closesWhenAnyRuleDoes() {
        var closedDays = ClosedDays.parse("매주 월요일, 1월 1일, 설날·추석 당일");

        assertThat(closedDays.closes(LocalDate.of(2027, 3, 8), CALENDAR)).isTrue();
        assertThat(closedDays.closes(LocalDate.of(2027, 1, 1), CALENDAR)).isTrue();
        assertThat(closedDays.closes(LocalDate.of(2027, 2, 7), CALENDAR)).isTrue();
        assertThat(closedDays.closes(LocalDate.of(2027, 2, 6), CALENDAR)).isFalse();
        assertThat(closedDays.closes(LocalDate.of(2027, 3, 9), CALENDAR)).isFalse();
    }

    @Test
    void openAllYearClosesNothing() {
        assertThat(ClosedDays.none().closes(LocalDate.of(2027, 2, 7), CALENDAR)).isFalse();
        assertThat(ClosedDays.none().closes(LocalDate.of(2027, 5, 5), CALENDAR)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            매주 월요일, 격주 화요일       | 격주 화요일
            홀수 주 토요일 및 공휴일       | 홀수 주 토요일
            매월 첫째 주                   | 매월 첫째 주
            매월 첫째 주, 공휴일           | 매월 첫째 주
            매월 월요일                    | 매월 월요일
            매월 1일                       | 매월 1일
            매월 1일, 매주 월요일          | 매월 1일
            3월                            | 3월
            13월 1일                       | 13월 1일
            매주 공휴일                    | 매주 공휴일
            연휴                           | 연휴
            매주 월요일 및 공휴일 다음날   | 다음날
            매주 월요일)                   | )
            """)
    void refusesWhatItCannotReadNamingThePart(String text, String part) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClosedDays.parse(text))
                .withMessage("알 수 없는 휴관일: " + part);
    }

    @Test
    void refusesAPartOfAnyTextOfAList() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClosedDays.parse(List.of("매주 월요일", "매월 6번째 일요일")))
                .withMessage("알 수 없는 휴관일: 매월 6번째 일요일");
    }

    @Test
    void refusesAnOrdinalBeyondAMonth() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MonthlyNth(0, MONDAY));
        assertThatIllegalArgumentException().isThrownBy(() -> new MonthlyNth(6, MONDAY));
    }

    @Test
    void refusesACalendarWhoseHolidayPeriodIsNotThreeDays() {
        var calendar = new HolidayCalendar(date -> false, year -> List.of(LocalDate.of(2027, 2, 7)), year -> List.of());

        assertThatIllegalStateException()
                .isThrownBy(() -> ClosedDays.parse("설날").closes(LocalDate.of(2027, 2, 7), calendar));
    }

    @Test
    void closesOnTheSecondAndFourthWednesdaysExactlyOnEveryDateFrom2020To2030() {
        var rule = ClosedDays.parse("매월 둘째·넷째 주 수요일");
        LocalDate.of(2020, 1, 1).datesUntil(LocalDate.of(2031, 1, 1)).forEach(date -> {
            var day = date.getDayOfMonth();
            var expected = date.getDayOfWeek() == WEDNESDAY && (day >= 8 && day <= 14 || day >= 22 && day <= 28);
            assertThat(rule.closes(date, CALENDAR)).as(date.toString()).isEqualTo(expected);
        });
    }

    private static ClosedDays of(Rule... rules) {
        return new ClosedDays(List.of(rules));
    }
}
