package kr.gongyu.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.Fee;
import kr.gongyu.catalog.FeeUnit;
import kr.gongyu.reservation.Price.Kind;
import kr.gongyu.reservation.Price.Line;
import org.junit.jupiter.api.Test;

/** The price of a booking from a fee, its surcharges and deposit, without a database. */
class PricingTest {

    /** 2026-05-05, 어린이날, a Tuesday: the one holiday these tests know. */
    private static final LocalDate HOLIDAY = LocalDate.of(2026, 5, 5);

    private final Pricing pricing = new Pricing(HOLIDAY::equals);

    @Test
    void aFreeResourceCostsNothing() {
        var price = pricing.of(null, at(2026, 3, 4, 10), at(2026, 3, 4, 12), 1);

        assertThat(price).isEqualTo(Price.FREE);
    }

    @Test
    void anHourlyFeeIsChargedForEveryHour() {
        var price = pricing.of(new Fee(10_000, FeeUnit.HOUR), at(2026, 3, 4, 10), at(2026, 3, 4, 13), 1);

        assertThat(price.amount()).isEqualTo(30_000);
        assertThat(price.lines()).containsExactly(new Line(Kind.HOUR, 3, 30_000));
    }

    @Test
    void aSessionFeeIsChargedOnceWhateverTheLength() {
        var price = pricing.of(new Fee(25_000, FeeUnit.SESSION), at(2026, 3, 4, 9), at(2026, 3, 4, 13), 1);

        assertThat(price.amount()).isEqualTo(25_000);
        assertThat(price.lines()).containsExactly(new Line(Kind.SESSION, 1, 25_000));
    }

    @Test
    void aDailyFeeIsChargedForEveryDayBegun() {
        var price = pricing.of(new Fee(100_000, FeeUnit.DAY), at(2026, 3, 2, 9), at(2026, 3, 4, 12), 1);

        assertThat(price.amount()).isEqualTo(300_000);
        assertThat(price.lines()).containsExactly(new Line(Kind.DAY, 3, 300_000));
    }

    @Test
    void aUnitFeeIsChargedForEveryUnitBooked() {
        var price = pricing.of(new Fee(3_000, FeeUnit.UNIT), at(2026, 3, 4, 9), at(2026, 3, 4, 18), 4);

        assertThat(price.amount()).isEqualTo(12_000);
        assertThat(price.lines()).containsExactly(new Line(Kind.UNIT, 4, 12_000));
    }

    @Test
    void theNightSurchargeIsAddedOnlyForTheHoursFromSixInTheEvening() {
        var fee = new Fee(10_000, FeeUnit.HOUR, 50, 0, 0, 0);

        var price = pricing.of(fee, at(2026, 3, 4, 16), at(2026, 3, 4, 20), 1);

        assertThat(price.amount()).isEqualTo(40_000 + 10_000);
        assertThat(price.lines()).containsExactly(new Line(Kind.HOUR, 4, 40_000), new Line(Kind.NIGHT, 50, 10_000));
    }

    @Test
    void theWeekendSurchargeIsAddedOnSaturdaysAndSundaysOnly() {
        var fee = new Fee(100_000, FeeUnit.DAY, 0, 20, 0, 0);

        var fridayToSunday = pricing.of(fee, at(2026, 3, 6, 9), at(2026, 3, 8, 18), 1);
        var wednesday = pricing.of(fee, at(2026, 3, 4, 9), at(2026, 3, 4, 18), 1);

        assertThat(fridayToSunday.amount()).isEqualTo(300_000 + 40_000);
        assertThat(fridayToSunday.lines())
                .containsExactly(new Line(Kind.DAY, 3, 300_000), new Line(Kind.WEEKEND, 20, 40_000));
        assertThat(wednesday.amount()).isEqualTo(100_000);
        assertThat(wednesday.lines()).containsExactly(new Line(Kind.DAY, 1, 100_000));
    }

    @Test
    void theHolidaySurchargeIsAddedOnPublicHolidays() {
        var fee = new Fee(20_000, FeeUnit.SESSION, 0, 10, 30, 0);

        var price = pricing.of(fee, at(2026, 5, 5, 10), at(2026, 5, 5, 12), 1);

        assertThat(price.amount()).isEqualTo(26_000);
        assertThat(price.lines()).containsExactly(new Line(Kind.SESSION, 1, 20_000), new Line(Kind.HOLIDAY, 30, 6_000));
    }

    @Test
    void aHolidayOnAWeekendPaysTheLargerSurchargeOnly() {
        var onSaturday = new Pricing(LocalDate.of(2026, 3, 7)::equals);
        var fee = new Fee(20_000, FeeUnit.SESSION, 0, 50, 30, 0);

        var price = onSaturday.of(fee, at(2026, 3, 7, 10), at(2026, 3, 7, 12), 1);

        assertThat(price.amount()).isEqualTo(30_000);
        assertThat(price.lines())
                .containsExactly(new Line(Kind.SESSION, 1, 20_000), new Line(Kind.WEEKEND, 50, 10_000));
    }

    @Test
    void theDepositIsPaidBesideThePriceNotInIt() {
        var fee = new Fee(10_000, FeeUnit.HOUR, 0, 0, 0, 50_000);

        var price = pricing.of(fee, at(2026, 3, 4, 10), at(2026, 3, 4, 12), 1);

        assertThat(price.amount()).isEqualTo(20_000);
        assertThat(price.deposit()).isEqualTo(50_000);
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(Seoul.ZONE).toInstant();
    }
}
