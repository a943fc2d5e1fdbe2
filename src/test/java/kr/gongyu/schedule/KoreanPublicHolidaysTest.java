package kr.gongyu.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.temporal.JulianFields;
import java.util.List;
import kr.gongyu.schedule.KoreanPublicHolidays.Holiday;
import org.junit.jupiter.api.Test;

/**
 * The years asserted in full are the calendars published by 한국천문연구원 (KASI) and the 월력요항, less the election
 * days and one-off designated days, which the calculator leaves to operators.
 */
class KoreanPublicHolidaysTest {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** Each holiday of a year as "MM-dd name", in date order. */
    private static List<String> listed(int year) {
        return KoreanPublicHolidays.of(year).values().stream()
                .map(h -> h.date().format(MONTH_DAY) + " " + h.name())
                .toList();
    }

    @Test
    void gives2022AsPublished_beforeBuddhasBirthdayAndChristmasHadSubstitutes() {
        // 3 March (presidential) and 1 June (local) were election days, which operators add.
        assertThat(listed(2022))
                .containsExactly(
                        "01-01 신정",
                        "01-31 설날",
                        "02-01 설날",
                        "02-02 설날",
                        "03-01 삼일절",
                        "05-05 어린이날",
                        "05-08 부처님오신날",
                        "06-06 현충일",
                        "08-15 광복절",
                        "09-09 추석",
                        "09-10 추석",
                        "09-11 추석",
                        "09-12 대체공휴일(추석)",
                        "10-03 개천절",
                        "10-09 한글날",
                        "10-10 대체공휴일(한글날)",
                        "12-25 기독탄신일");
    }

    @Test
    void gives2023AsPublished_aSaturdayBuddhasBirthdayEarnsAMondayButASaturdayChuseokDoesNot() {
        // 2 October 2023 was designated for that year alone.
        assertThat(listed(2023))
                .containsExactly(
                        "01-01 신정",
                        "01-21 설날",
                        "01-22 설날",
                        "01-23 설날",
                        "01-24 대체공휴일(설날)",
                        "03-01 삼일절",
                        "05-05 어린이날",
                        "05-27 부처님오신날",
                        "05-29 대체공휴일(부처님오신날)",
                        "06-06 현충일",
                        "08-15 광복절",
                        "09-28 추석",
                        "09-29 추석",
                        "09-30 추석",
                        "10-03 개천절",
                        "10-09 한글날",
                        "12-25 기독탄신일");
    }

    @Test
    void gives2024AsPublished_aSundayInSeollalAndASundayChildrensDayEachEarnAMonday() {
        // 10 April was the National Assembly election.
        assertThat(listed(2024))
                .containsExactly(
                        "01-01 신정",
                        "02-09 설날",
                        "02-10 설날",
                        "02-11 설날",
                        "02-12 대체공휴일(설날)",
                        "03-01 삼일절",
                        "05-05 어린이날",
                        "05-06 대체공휴일(어린이날)",
                        "05-15 부처님오신날",
                        "06-06 현충일",
                        "08-15 광복절",
                        "09-16 추석",
                        "09-17 추석",
                        "09-18 추석",
                        "10-03 개천절",
                        "10-09 한글날",
                        "12-25 기독탄신일");
    }

    @Test
    void gives2025AsPublished_twoHolidaysOnOneDayOweOneSubstitute() {
        // 27 January and 3 June were designated and election days.
        assertThat(listed(2025))
                .containsExactly(
                        "01-01 신정",
                        "01-28 설날",
                        "01-29 설날",
                        "01-30 설날",
                        "03-01 삼일절",
                        "03-03 대체공휴일(삼일절)",
                        "05-05 어린이날·부처님오신날",
                        "05-06 대체공휴일(어린이날·부처님오신날)",
                        "06-06 현충일",
                        "08-15 광복절",
                        "10-03 개천절",
                        "10-05 추석",
                        "10-06 추석",
                        "10-07 추석",
                        "10-08 대체공휴일(추석)",
                        "10-09 한글날",
                        "12-25 기독탄신일");
    }

    @Test
    void gives2026AsPublished_saturdayNationalDaysEarnAMondayButMemorialDayNever() {
        assertThat(listed(2026))
                .containsExactly(
                        "01-01 신정",
                        "02-16 설날",
                        "02-17 설날",
                        "02-18 설날",
                        "03-01 삼일절",
                        "03-02 대체공휴일(삼일절)",
                        "05-05 어린이날",
                        "05-24 부처님오신날",
                        "05-25 대체공휴일(부처님오신날)",
                        "06-06 현충일",
                        "08-15 광복절",
                        "08-17 대체공휴일(광복절)",
                        "09-24 추석",
                        "09-25 추석",
                        "09-26 추석",
                        "10-03 개천절",
                        "10-05 대체공휴일(개천절)",
                        "10-09 한글날",
                        "12-25 기독탄신일");
    }

    @Test
    void gives2027AsPublished_aWeekendSeollalEarnsOneSubstituteAndEveryWeekendHolidayWithARuleAMonday() {
        assertThat(listed(2027))
                .containsExactly(
                        "01-01 신정",
                        "02-06 설날",
                        "02-07 설날",
                        "02-08 설날",
                        "02-09 대체공휴일(설날)",
                        "03-01 삼일절",
                        "05-05 어린이날",
                        "05-13 부처님오신날",
                        "06-06 현충일",
                        "08-15 광복절",
                        "08-16 대체공휴일(광복절)",
                        "09-14 추석",
                        "09-15 추석",
                        "09-16 추석",
                        "10-03 개천절",
                        "10-04 대체공휴일(개천절)",
                        "10-09 한글날",
                        "10-11 대체공휴일(한글날)",
                        "12-25 기독탄신일",
                        "12-27 대체공휴일(기독탄신일)");
    }

    @Test
    void gives2017AsPublished_chuseokOnFoundationDayEarnedChuseokASubstituteBeforeNationalDaysHadTheirOwn() {
        // 9 May was the presidential election and 2 October a designated day.
        assertThat(listed(2017))
                .containsExactly(
                        "01-01 신정",
                        "01-27 설날",
                        "01-28 설날",
                        "01-29 설날",
                        "01-30 대체공휴일(설날)",
                        "03-01 삼일절",
                        "05-03 부처님오신날",
                        "05-05 어린이날",
                        "06-06 현충일",
                        "08-15 광복절",
                        "10-03 개천절·추석",
                        "10-04 추석",
                        "10-05 추석",
                        "10-06 대체공휴일(추석)",
                        "10-09 한글날",
                        "12-25 기독탄신일");
    }

    @Test
    void gives2019AsPublished_onlyChildrensDayAmongTheFixedHolidaysHadASubstitute() {
        assertThat(listed(2019))
                .containsExactly(
                        "01-01 신정",
                        "02-04 설날",
                        "02-05 설날",
                        "02-06 설날",
                        "03-01 삼일절",
                        "05-05 어린이날",
                        "05-06 대체공휴일(어린이날)",
                        "05-12 부처님오신날",
                        "06-06 현충일",
                        "08-15 광복절",
                        "09-12 추석",
                        "09-13 추석",
                        "09-14 추석",
                        "10-03 개천절",
                        "10-09 한글날",
                        "12-25 기독탄신일");
    }

    @Test
    void nationalDaysEarnSubstitutesOnlyFromTheFourthOfAugust2021() {
        // Saturday 15 August 2020 earned nothing; the Monday after was designated for that year alone.
        assertThat(KoreanPublicHolidays.isHoliday(LocalDate.of(2020, 8, 15))).isTrue();
        assertThat(KoreanPublicHolidays.isHoliday(LocalDate.of(2020, 8, 17))).isFalse();
        // Sunday 15 August 2021 was the first national day to earn one.
        assertThat(KoreanPublicHolidays.of(2021).get(LocalDate.of(2021, 8, 16)))
                .isEqualTo(new Holiday(
                        LocalDate.of(2021, 8, 16), "대체공휴일(광복절)", "Substitute holiday (Liberation Day)", true));
    }

    @Test
    void seollalAndChuseok2015_aSundayInChuseokEarnsTheNextWeekday() {
        assertThat(listed(2015))
                .contains("02-18 설날", "02-19 설날", "02-20 설날")
                .contains("09-26 추석", "09-27 추석", "09-28 추석", "09-29 대체공휴일(추석)")
                .noneMatch(h -> h.startsWith("02-") && h.contains("대체공휴일"));
    }

    @Test
    void noSubstitutesBefore2014AndNoHangulDayBefore2013() {
        // 설날 2013 fell on Sunday 10 February and earned nothing: the rule came in with 2014.
        assertThat(KoreanPublicHolidays.of(2013).values()).noneMatch(Holiday::substitute);
        assertThat(KoreanPublicHolidays.isHoliday(LocalDate.of(2013, 2, 10))).isTrue();
        assertThat(KoreanPublicHolidays.isHoliday(LocalDate.of(2013, 2, 12))).isFalse();
        assertThat(KoreanPublicHolidays.isHoliday(LocalDate.of(2012, 10, 9))).isFalse();
        assertThat(KoreanPublicHolidays.isHoliday(LocalDate.of(2013, 10, 9))).isTrue();
    }

    @Test
    void datesSeollalByTheKoreanLunarCalendarNotTheChineseOne() {
        // The new moon of January 2028 falls just after midnight in Seoul but before it in Beijing.
        assertThat(chineseNewYear(2028)).isEqualTo(LocalDate.of(2028, 1, 26));
        assertThat(listed(2028)).contains("01-26 설날", "01-27 설날", "01-28 설날");
        assertThat(KoreanPublicHolidays.of(2028).get(LocalDate.of(2028, 1, 27)).nameEn())
                .isEqualTo("Seollal");
        // Likewise 부처님오신날 2023 (Korean 27 May, Chinese 26 May) and 2012, when the leap month differs (28 May).
        assertThat(KoreanPublicHolidays.of(2012).get(LocalDate.of(2012, 5, 28)).name())
                .isEqualTo("부처님오신날");
    }

    @Test
    void chuseokOnFoundationDay2028OwesOneSubstituteForTheOneDayLost() {
        // 10월 3일 carries both 개천절 and the day of 추석: one day off is lost, so one substitute is owed, as for
        // 5 May 2025. This is also how the press reads 2028 (Yonhap, October 2025: "대체공휴일이 하루 발생").
        assertThat(listed(2028))
                .containsSubsequence("10-02 추석", "10-03 개천절·추석", "10-04 추석", "10-05 대체공휴일(개천절·추석)", "10-09 한글날");
        assertThat(KoreanPublicHolidays.isHoliday(LocalDate.of(2028, 10, 6))).isFalse();
    }

    @Test
    void aClashAndASundayInOneChuseokOweTwoSubstitutes() {
        // As the press projects them: 2036 runs Friday 3 (with 개천절) to Sunday 5 October, 2039 Saturday 1 to
        // Monday 3 October (with 개천절); each owes a substitute for the clash and one for the Sunday.
        assertThat(listed(2036))
                .containsSubsequence(
                        "10-03 개천절·추석", "10-04 추석", "10-05 추석", "10-06 대체공휴일(개천절·추석)", "10-07 대체공휴일(추석)", "10-09 한글날");
        assertThat(listed(2039))
                .containsSubsequence(
                        "10-01 추석", "10-02 추석", "10-03 개천절·추석", "10-04 대체공휴일(추석)", "10-05 대체공휴일(개천절·추석)", "10-09 한글날");
    }

    @Test
    void namesTheDaysInEnglishToo() {
        assertThat(KoreanPublicHolidays.of(2024).values().stream()
                        .filter(h -> h.date().getMonthValue() == 2)
                        .map(Holiday::nameEn))
                .containsExactly("Seollal holiday", "Seollal", "Seollal holiday", "Substitute holiday (Seollal)");
        assertThat(KoreanPublicHolidays.of(2025).get(LocalDate.of(2025, 5, 5)).nameEn())
                .isEqualTo("Children's Day / Buddha's Birthday");
        assertThat(KoreanPublicHolidays.of(2025).get(LocalDate.of(2025, 10, 8)).nameEn())
                .isEqualTo("Substitute holiday (Chuseok)");
    }

    @Test
    void isHolidayCountsThePublicHolidaysAndSubstitutesButNotOrdinarySundays() {
        assertThat(KoreanPublicHolidays.isHoliday(LocalDate.of(2025, 10, 8))).isTrue();
        assertThat(KoreanPublicHolidays.isHoliday(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(KoreanPublicHolidays.isHoliday(LocalDate.of(2026, 1, 2))).isFalse();
        LocalDate ordinarySunday = LocalDate.of(2026, 11, 29);
        assertThat(ordinarySunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(KoreanPublicHolidays.isHoliday(ordinarySunday)).isFalse();
        // Election days are not computed: 3 June 2026 (local elections).
        assertThat(KoreanPublicHolidays.isHoliday(LocalDate.of(2026, 6, 3))).isFalse();
    }

    @Test
    void everyYearFrom1951To2099HasItsLunarHolidaysInSeasonAndItsSubstitutesOnFreeWeekdays() {
        for (int year = 1951; year <= 2099; year++) {
            var holidays = KoreanPublicHolidays.of(year);
            var seollal = holidays.values().stream()
                    .filter(h -> h.name().contains("설날") && !h.substitute())
                    .map(Holiday::date)
                    .toList();
            assertThat(seollal).as("설날 %d", year).hasSize(3);
            assertThat(seollal.get(2)).isEqualTo(seollal.get(0).plusDays(2));
            assertThat(MonthDay.from(seollal.get(1)))
                    .as("설날 %d", year)
                    .isBetween(MonthDay.of(1, 21), MonthDay.of(2, 20));

            var chuseok = holidays.values().stream()
                    .filter(h -> h.name().contains("추석") && !h.substitute())
                    .map(Holiday::date)
                    .toList();
            assertThat(chuseok).as("추석 %d", year).hasSize(3);
            assertThat(chuseok.get(2)).isEqualTo(chuseok.get(0).plusDays(2));
            assertThat(MonthDay.from(chuseok.get(1)))
                    .as("추석 %d", year)
                    .isBetween(MonthDay.of(9, 7), MonthDay.of(10, 8));

            var buddhasBirthday = holidays.values().stream()
                    .filter(h -> h.name().contains("부처님오신날") && !h.substitute())
                    .map(h -> MonthDay.from(h.date()))
                    .toList();
            assertThat(buddhasBirthday).as("부처님오신날 %d", year).hasSize(1);
            assertThat(buddhasBirthday.getFirst())
                    .as("부처님오신날 %d", year)
                    .isBetween(MonthDay.of(4, 20), MonthDay.of(5, 31));

            for (Holiday holiday : holidays.values()) {
                assertThat(holiday.substitute()).isEqualTo(holiday.name().startsWith("대체공휴일"));
                if (holiday.substitute()) {
                    assertThat(holiday.date().getYear()).isGreaterThanOrEqualTo(2014);
                    assertThat(holiday.date().getDayOfWeek())
                            .as("substitute %s", holiday)
                            .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                }
            }
        }
    }

    @Test
    void returnsTheSameUnmodifiableMapForAYear() {
        var first = KoreanPublicHolidays.of(2030);
        assertThat(KoreanPublicHolidays.of(2030)).isSameAs(first);
        assertThatThrownBy(() -> first.put(LocalDate.of(2030, 1, 2), first.get(LocalDate.of(2030, 1, 1))))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesYearsOutsideTheComputedRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> KoreanPublicHolidays.of(1899));
        assertThatIllegalArgumentException().isThrownBy(() -> KoreanPublicHolidays.of(2200));
    }

    /** 1/1 of the Chinese lunar year beginning in {@code year}, to show where the two calendars part. */
    private static LocalDate chineseNewYear(int year) {
        Calendar chinese = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("zh_CN@calendar=chinese"));
        chinese.clear();
        chinese.set(Calendar.JULIAN_DAY, (int) LocalDate.of(year, 7, 1).getLong(JulianFields.JULIAN_DAY));
        int lunarYear = chinese.get(Calendar.EXTENDED_YEAR);
        chinese.clear();
        chinese.set(Calendar.EXTENDED_YEAR, lunarYear);
        chinese.set(Calendar.MONTH, 0);
        chinese.set(Calendar.IS_LEAP_MONTH, 0);
        chinese.set(Calendar.DAY_OF_MONTH, 1);
        return LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, chinese.get(Calendar.JULIAN_DAY));
    }
}
