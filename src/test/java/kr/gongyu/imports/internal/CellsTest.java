package kr.gongyu.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"50|50", "50명|50", "1,200|1200", "약 50명|50", "30~50명|50", "100대|100", "0|0"})
    void readsCapacity(String cell, int expected) {
        assertThat(Cells.capacity(cell)).contains(expected);
    }

    @Test
    void blankCapacityIsUnknown() {
        assertThat(Cells.capacity(" ")).isEmpty();
        assertThat(Cells.capacity("-")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "많음", "99999999"})
    void refusesNegativeOrUnreadableCapacity(String cell) {
        assertThatThrownBy(() -> Cells.capacity(cell))
                .isInstanceOfSatisfying(
                        BadCell.class, bad -> assertThat(bad.column()).isEqualTo(StandardColumn.CAPACITY));
    }

    @Test
    void readsArea() {
        assertThat(Cells.area("120.5㎡")).isEqualTo(120.5);
        assertThat(Cells.area("1,200m2")).isEqualTo(1200.0);
        assertThat(Cells.area("넓음")).isNull();
    }

    @Test
    void takesAPointInKorea() {
        assertThat(Cells.point("37.5219", "126.9245")).contains(new Cells.Point(37.5219, 126.9245, false));
        assertThat(Cells.point("33.2", "126.3")).isPresent();
        assertThat(Cells.point("37.24", "131.87")).as("Dokdo").isPresent();
    }

    @Test
    void swapsLatitudeAndLongitudeWhenThatLandsInKorea() {
        assertThat(Cells.point("126.9245", "37.5219")).contains(new Cells.Point(37.5219, 126.9245, true));
    }

    @Test
    void blankCoordinatesAreNoPoint() {
        assertThat(Cells.point("", "126.9")).isEmpty();
        assertThat(Cells.point("", "")).isEmpty();
    }

    @Test
    void refusesPointsNotOnEarthOrOutsideKorea() {
        assertThatThrownBy(() -> Cells.point("537.5", "126.9"))
                .isInstanceOfSatisfying(
                        BadCell.class, bad -> assertThat(bad.column()).isEqualTo(StandardColumn.LATITUDE));
        assertThatThrownBy(() -> Cells.point("37.5", "226.9"))
                .isInstanceOfSatisfying(
                        BadCell.class, bad -> assertThat(bad.column()).isEqualTo(StandardColumn.LONGITUDE));
        assertThatThrownBy(() -> Cells.point("97.5", "26.9"))
                .isInstanceOfSatisfying(
                        BadCell.class, bad -> assertThat(bad.column()).isEqualTo(StandardColumn.LATITUDE));
        assertThatThrownBy(() -> Cells.point("35.68", "139.76"))
                .as("Tokyo")
                .isInstanceOf(BadCell.class)
                .hasMessageContaining("대한민국 밖");
        assertThatThrownBy(() -> Cells.point("위도", "126.9")).isInstanceOf(BadCell.class);
    }
}
