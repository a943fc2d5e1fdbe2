package kr.gongyu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A node's copy of days: given back only at the version asked for, and never more days than its bound. */
class LocalDaysTest {

    private static final LocalDate DATE = LocalDate.of(2027, 3, 12);

    private static final FreeTime.Day DAY =
            new FreeTime.Day(List.of(new FreeTime.Run(540, 60, 2)), null, Duration.ZERO);

    @Test
    void aDayIsGivenBackOnlyAtTheVersionItIsTrueAt() {
        var local = new LocalDays(10);
        local.put(DATE, 7, 3, DAY);

        assertThat(local.get(DATE, 7, 3)).isSameAs(DAY);
        assertThat(local.get(DATE, 7, 4)).as("the resource changed since").isNull();
        assertThat(local.get(DATE.plusDays(1), 7, 3)).as("another date").isNull();
        assertThat(local.get(DATE, 8, 3)).as("another resource").isNull();

        local.put(DATE, 7, 4, FreeTime.Day.NONE);
        assertThat(local.get(DATE, 7, 4)).isSameAs(FreeTime.Day.NONE);
        assertThat(local.get(DATE, 7, 3)).as("replaced").isNull();
        assertThat(local.size()).isEqualTo(1);
    }

    @Test
    void pastItsBoundTheDatesLeastRecentlyAskedAboutAreDropped() {
        var local = new LocalDays(10);
        for (var resource = 1; resource <= 4; resource++) {
            local.put(DATE, resource, 1, DAY);
            local.put(DATE.plusDays(1), resource, 1, DAY);
        }
        assertThat(local.get(DATE, 1, 1)).as("the first date asked about again").isSameAs(DAY);

        for (var resource = 1; resource <= 4; resource++) {
            local.put(DATE.plusDays(2), resource, 1, DAY);
        }

        assertThat(local.size()).isLessThanOrEqualTo(10);
        assertThat(local.get(DATE.plusDays(1), 1, 1))
                .as("the date least recently asked about")
                .isNull();
        assertThat(local.get(DATE, 1, 1)).isSameAs(DAY);
        assertThat(local.get(DATE.plusDays(2), 4, 1))
                .as("the date being filled")
                .isSameAs(DAY);
    }

    @Test
    void aDateLargerThanTheBoundIsNotKeptWhole() {
        var local = new LocalDays(10);
        for (var resource = 1; resource <= 25; resource++) {
            local.put(DATE, resource, 1, DAY);
            assertThat(local.size()).isLessThanOrEqualTo(10);
        }
        assertThat(local.get(DATE, 25, 1)).as("the last day put").isSameAs(DAY);
    }

    @Test
    void equalDaysOfADateAreKeptOnce() {
        var local = new LocalDays(10);
        var equal = new FreeTime.Day(List.of(new FreeTime.Run(540, 60, 2)), null, Duration.ZERO);
        local.put(DATE, 7, 1, DAY);
        local.put(DATE, 8, 1, equal);

        assertThat(local.get(DATE, 8, 1)).isEqualTo(equal).isSameAs(DAY);
    }

    @Test
    void daysReplacedOverAndOverDoNotGrowWhatIsShared() {
        var local = new LocalDays(10);
        for (var version = 1; version <= 1_000; version++) {
            var changed = new FreeTime.Day(List.of(new FreeTime.Run(540, 60, version)), null, Duration.ZERO);
            local.put(DATE, 7, version, changed);

            assertThat(local.get(DATE, 7, version)).isEqualTo(changed);
            assertThat(local.distinctDays(DATE)).isLessThanOrEqualTo(2 * local.size() + 17);
        }
    }

    @Test
    void aBoundOfNoneKeepsNothing() {
        var local = new LocalDays(0);
        local.put(DATE, 7, 3, DAY);

        assertThat(local.get(DATE, 7, 3)).isNull();
        assertThat(local.size()).isZero();
    }
}
