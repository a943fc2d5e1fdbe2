package kr.gongyu.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import kr.gongyu.InvalidInput;
import kr.gongyu.InvalidInput.Mistake;
import kr.gongyu.schedule.OpeningRulesSpec.ReleaseSpec;
import kr.gongyu.schedule.OpeningRulesSpec.SeasonSpec;
import kr.gongyu.schedule.OpeningRulesSpec.WindowSpec;
import org.junit.jupiter.api.Test;

class OpeningRulesSpecTest {

    private static final WindowSpec WEEKDAYS =
            new WindowSpec(List.of("MON", "TUE", "WED", "THU", "FRI"), "09:00", "18:00", false);

    @Test
    void readsTheRulesOfTheApiExample() {
        var rules = new OpeningRulesSpec(
                        List.of(
                                new WindowSpec(List.of("MON", "TUE", "WED", "THU", "FRI"), "18:00", "22:00", false),
                                new WindowSpec(List.of("SAT", "SUN"), "09:00", "18:00", false)),
                        List.of(new SeasonSpec("동절기", "12-01", "02-28", List.of())),
                        List.of("매주 월요일"),
                        true,
                        List.of("2027-01-05"),
                        60,
                        1,
                        4,
                        10,
                        30,
                        new ReleaseSpec(1, "10:00", 1),
                        1,
                        false)
                .toRules();
        assertThat(rules.weekly()).hasSize(2);
        assertThat(rules.seasons().getFirst().covers(java.time.LocalDate.of(2027, 1, 15)))
                .isTrue();
        assertThat(rules.buffer()).isEqualTo(Duration.ofMinutes(10));
        assertThat(rules.bookingWindow().release().at()).isEqualTo(LocalTime.of(10, 0));
        assertThat(rules.describe(Locale.KOREAN))
                .containsExactly(
                        "월·화·수·목·금 18:00–22:00",
                        "토·일 09:00–18:00",
                        "동절기(12월 1일–2월 28일): 휴관",
                        "휴관: 매주 월요일, 공휴일",
                        "60분 단위 예약, 1–4회",
                        "매월 1일 10:00에 1개월 뒤 예약 개시",
                        "이용 1시간 전 예약 마감");
        assertThat(rules.describe(Locale.ENGLISH))
                .containsExactly(
                        "Mon·Tue·Wed·Thu·Fri 18:00–22:00",
                        "Sat·Sun 09:00–18:00",
                        "동절기 (Dec 1–Feb 28): closed",
                        "Closed on every Monday, public holidays",
                        "Booked in 60-minute slots, 1–4 at a time",
                        "Bookings open on day 1 of each month at 10:00, 1 month ahead",
                        "Bookings close 1 hour before the start");
    }

    @Test
    void needsAtLeastOneWindowOrSeason() {
        assertThat(mistakes(new OpeningRulesSpec(
                        List.of(), null, null, null, null, 60, null, null, null, null, null, null, null)))
                .extracting(Mistake::field)
                .containsExactly("weekly");
    }

    @Test
    void aWrongWindowIsReportedOnceAndOnlyForItself() {
        var wrong = new WindowSpec(List.of("MON", "XYZ"), "09:00", "18:00", false);
        assertThat(mistakes(new OpeningRulesSpec(
                        List.of(wrong), null, null, null, null, 60, null, null, null, null, null, null, null)))
                .extracting(Mistake::field)
                .containsExactly("weekly[0].days");
    }

    @Test
    void namesEveryOtherFieldAtFault() {
        var spec = new OpeningRulesSpec(
                List.of(WEEKDAYS),
                List.of(new SeasonSpec("여름", "13-01", "08-31", List.of())),
                List.of("격주 화요일"),
                false,
                List.of("2027-02-30"),
                5,
                3,
                2,
                -1,
                800,
                new ReleaseSpec(31, "10:00", 1),
                -1,
                false);
        assertThat(mistakes(spec))
                .extracting(Mistake::field)
                .containsExactlyInAnyOrder(
                        "seasons[0].from",
                        "closedDays",
                        "closedDates[0]",
                        "slotMinutes",
                        "maxSlots",
                        "bufferMinutes",
                        "bookingOpensDaysAhead",
                        "bookingClosesHoursBefore",
                        "bookingRelease");
    }

    @Test
    void midnightClosesAWindowAtTheEndOfTheDay() {
        var allDay = new WindowSpec(List.of("SAT"), "00:00", "24:00", false);
        var rules = new OpeningRulesSpec(
                        List.of(allDay), null, null, null, null, 60, null, null, null, null, null, null, null)
                .toRules();
        assertThat(rules.weekly().getFirst().minutes()).isEqualTo(24 * 60);
    }

    private static List<Mistake> mistakes(OpeningRulesSpec spec) {
        return catchThrowableOfType(InvalidInput.class, spec::toRules).mistakes();
    }
}
