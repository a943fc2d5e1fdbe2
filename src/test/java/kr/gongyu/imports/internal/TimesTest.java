package kr.gongyu.imports.internal;

import static kr.gongyu.imports.internal.StandardColumn.WEEKDAY_CLOSE;
import static kr.gongyu.imports.internal.StandardColumn.WEEKDAY_OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "09:00|09:00",
                "9:00|09:00",
                "0900|09:00",
                "900|09:00",
                "9|09:00",
                "9시|09:00",
                "9 시|09:00",
                "9시 30분|09:30",
                "9시반|09:30",
                "09:00:00|09:00",
                "오후 6시|18:00",
                "6:30 PM|18:30",
                "오전 12시|00:00",
                "18：00|18:00",
                "24:00|00:00",
                "2400|00:00"
            })
    void readsTheWaysFilesWriteATime(String cell, String expected) {
        assertThat(Times.time(cell, WEEKDAY_OPEN)).isEqualTo(LocalTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "9:70", "아침", "9시간", "13 PM", "09:00:30", "2500"})
    void refusesWhatIsNoTimeNamingTheColumn(String cell) {
        assertThatThrownBy(() -> Times.time(cell, WEEKDAY_CLOSE))
                .isInstanceOfSatisfying(
                        BadCell.class, bad -> assertThat(bad.column()).isEqualTo(WEEKDAY_CLOSE));
    }

    @Test
    void takesAWholeRangeFromOneCell() {
        assertThat(Times.hours("09:00~18:00", "", WEEKDAY_OPEN, WEEKDAY_CLOSE))
                .contains(new Times.Hours(LocalTime.of(9, 0), LocalTime.of(18, 0)));
        assertThat(Times.hours("9시-22시", "22:00", WEEKDAY_OPEN, WEEKDAY_CLOSE))
                .contains(new Times.Hours(LocalTime.of(9, 0), LocalTime.of(22, 0)));
    }

    @Test
    void blankHoursAreNoHoursAndHalfBlankOnesAreRefused() {
        assertThat(Times.hours(" ", "", WEEKDAY_OPEN, WEEKDAY_CLOSE)).isEmpty();
        assertThat(Times.hours("-", "-", WEEKDAY_OPEN, WEEKDAY_CLOSE)).isEmpty();
        assertThatThrownBy(() -> Times.hours("09:00", "", WEEKDAY_OPEN, WEEKDAY_CLOSE))
                .isInstanceOfSatisfying(
                        BadCell.class, bad -> assertThat(bad.column()).isEqualTo(WEEKDAY_CLOSE));
    }

    @Test
    void closingMustFollowOpeningUnlessAtMidnight() {
        assertThatThrownBy(() -> Times.hours("18:00", "09:00", WEEKDAY_OPEN, WEEKDAY_CLOSE))
                .isInstanceOfSatisfying(
                        BadCell.class, bad -> assertThat(bad.column()).isEqualTo(WEEKDAY_CLOSE));
        assertThat(Times.hours("18:00", "24:00", WEEKDAY_OPEN, WEEKDAY_CLOSE))
                .contains(new Times.Hours(LocalTime.of(18, 0), LocalTime.MIDNIGHT));
        assertThat(Times.hours("00:00", "00:00", WEEKDAY_OPEN, WEEKDAY_CLOSE))
                .contains(new Times.Hours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    }
}
