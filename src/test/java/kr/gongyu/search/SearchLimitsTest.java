package kr.gongyu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalTime;
import kr.gongyu.search.ResourceSearch.Order;
import org.junit.jupiter.api.Test;

class SearchLimitsTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-03");

    @Test
    void aPointIsWholeAndARadiusNeedsIt() {
        assertThat(SearchLimits.near(null, null, null)).isNull();
        assertThat(SearchLimits.near(37.5, 127.0, null))
                .isEqualTo(new ResourceSearch.Near(37.5, 127.0, ResourceSearch.Near.DEFAULT_RADIUS_KM));
        assertThat(SearchLimits.near(37.5, 127.0, 3.0).radiusKm()).isEqualTo(3.0);
        assertThat(refused(() -> SearchLimits.near(37.5, null, null))).isEqualTo("lng POINT");
        assertThat(refused(() -> SearchLimits.near(null, 127.0, null))).isEqualTo("lat POINT");
        assertThat(refused(() -> SearchLimits.near(null, null, 5.0))).isEqualTo("radiusKm POINT");
    }

    @Test
    void timesNeedADateAndEndAfterTheyStart() {
        assertThat(SearchLimits.window(null, null, null)).isNull();
        assertThat(SearchLimits.window(DAY, LocalTime.of(18, 0), null))
                .isEqualTo(new ResourceSearch.Window(DAY, LocalTime.of(18, 0), null));
        assertThat(refused(() -> SearchLimits.window(null, null, LocalTime.of(18, 0))))
                .isEqualTo("date WINDOW");
        assertThat(refused(() -> SearchLimits.window(DAY, LocalTime.of(18, 0), LocalTime.of(18, 0))))
                .isEqualTo("to WINDOW");
    }

    @Test
    void nearestFirstNeedsAPoint() {
        assertThat(SearchLimits.order(Order.NAME, null)).isEqualTo(Order.NAME);
        assertThat(SearchLimits.order(Order.DISTANCE, new ResourceSearch.Near(37.5, 127.0, 10)))
                .isEqualTo(Order.DISTANCE);
        assertThat(refused(() -> SearchLimits.order(Order.DISTANCE, null))).isEqualTo("sort DISTANCE");
    }

    private static String refused(Runnable terms) {
        var refusal = catchThrowableOfType(SearchLimits.Refused.class, terms::run);
        assertThat(refusal).as("refused").isNotNull();
        return refusal.field() + " " + refusal.rule();
    }
}
