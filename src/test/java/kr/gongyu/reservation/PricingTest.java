package kr.gongyu.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.Fee;
import kr.gongyu.catalog.FeeUnit;
import kr.gongyu.reservation.Price.Kind;
import kr.gongyu.reservation.Price.Line;
import kr.gongyu.reservation.ReservationRefused.Reason;
import org.junit.jupiter.api.Test;

/** The price of a booking from a fee, its surcharges, deposit and fee exemptions (감면), without a database. */
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

    private static final Discount DISABLED = new Discount("DISABLED", null, 50, true);
    private static final Discount MULTI_CHILD = new Discount("MULTI_CHILD", null, 30, false);
    private static final Discount VOLUNTEER = new Discount("VOLUNTEER", "자원봉사자", 20, true);

    private static DiscountTerms offered(boolean combine) {
        return new DiscountTerms(combine, List.of(DISABLED, MULTI_CHILD, VOLUNTEER), false);
    }

    @Test
    void noClaimLeavesTheFullPrice() {
        var fee = new Fee(10_000, FeeUnit.HOUR);

        var price = pricing.of(fee, at(2026, 3, 4, 10), at(2026, 3, 4, 12), 1, offered(false), List.of());

        assertThat(price).isEqualTo(pricing.of(fee, at(2026, 3, 4, 10), at(2026, 3, 4, 12), 1));
        assertThat(price.discount()).isNull();
    }

    @Test
    void aClaimedDiscountTakesItsPercentOffTheFeeAndSurchargesButNotTheDeposit() {
        var fee = new Fee(10_000, FeeUnit.HOUR, 50, 0, 0, 50_000);

        var price = pricing.of(fee, at(2026, 3, 4, 17), at(2026, 3, 4, 19), 1, offered(false), List.of("DISABLED"));

        assertThat(price.amount()).isEqualTo((20_000 + 5_000) / 2);
        assertThat(price.deposit()).isEqualTo(50_000);
        assertThat(price.lines())
                .containsExactly(
                        new Line(Kind.HOUR, 2, 20_000),
                        new Line(Kind.NIGHT, 50, 5_000),
                        new Line(Kind.DISCOUNT, 50, 12_500, "DISABLED"));
        assertThat(price.discount()).isEqualTo(new Price.DiscountClaim(List.of(DISABLED), false));
        assertThat(price.discount().percent()).isEqualTo(50);
        assertThat(price.discount().evidenceRequired()).isTrue();
        assertThat(price.discountAmount()).isEqualTo(12_500);
    }

    @Test
    void anInstitutionsOwnCategoryIsClaimedByItsCode() {
        var price = pricing.of(
                new Fee(10_000, FeeUnit.SESSION),
                at(2026, 3, 4, 10),
                at(2026, 3, 4, 12),
                1,
                offered(false),
                List.of("VOLUNTEER"));

        assertThat(price.amount()).isEqualTo(8_000);
        assertThat(price.discount().applied()).containsExactly(VOLUNTEER);
    }

    @Test
    void aDiscountIsRoundedDownToTheWon() {
        var price = pricing.of(
                new Fee(999, FeeUnit.SESSION),
                at(2026, 3, 4, 10),
                at(2026, 3, 4, 12),
                1,
                offered(false),
                List.of("MULTI_CHILD"));

        assertThat(price.lines()).contains(new Line(Kind.DISCOUNT, 30, 299, "MULTI_CHILD"));
        assertThat(price.amount()).isEqualTo(700);
    }

    @Test
    void aHundredPercentDiscountMakesTheUseFree() {
        var full = new DiscountTerms(false, List.of(new Discount("BASIC_LIVELIHOOD", null, 100, true)), false);

        var price = pricing.of(
                new Fee(30_000, FeeUnit.SESSION, 0, 0, 0, 10_000),
                at(2026, 3, 4, 10),
                at(2026, 3, 4, 12),
                1,
                full,
                List.of("BASIC_LIVELIHOOD"));

        assertThat(price.amount()).isZero();
        assertThat(price.deposit()).isEqualTo(10_000);
    }

    @Test
    void discountsThatDoNotCombineGiveTheLargestClaimedOnly() {
        var price = pricing.of(
                new Fee(10_000, FeeUnit.SESSION),
                at(2026, 3, 4, 10),
                at(2026, 3, 4, 12),
                1,
                offered(false),
                List.of("MULTI_CHILD", "DISABLED", "VOLUNTEER"));

        assertThat(price.amount()).isEqualTo(5_000);
        assertThat(price.discount().applied()).containsExactly(DISABLED);
        assertThat(price.lines())
                .containsExactly(new Line(Kind.SESSION, 1, 10_000), new Line(Kind.DISCOUNT, 50, 5_000, "DISABLED"));
    }

    @Test
    void discountsThatCombineAreTakenOffOneAfterAnother() {
        var price = pricing.of(
                new Fee(10_000, FeeUnit.SESSION),
                at(2026, 3, 4, 10),
                at(2026, 3, 4, 12),
                1,
                offered(true),
                List.of("DISABLED", "MULTI_CHILD"));

        assertThat(price.amount()).isEqualTo(3_500);
        assertThat(price.lines())
                .containsExactly(
                        new Line(Kind.SESSION, 1, 10_000),
                        new Line(Kind.DISCOUNT, 50, 5_000, "DISABLED"),
                        new Line(Kind.DISCOUNT, 30, 1_500, "MULTI_CHILD"));
        assertThat(price.discount().percent()).isEqualTo(65);
    }

    @Test
    void combinedDiscountsNeverPassTheWholePrice() {
        var generous = new DiscountTerms(
                true,
                List.of(new Discount("DISABLED", null, 100, false), new Discount("SENIOR", null, 60, false)),
                false);

        var price = pricing.of(
                new Fee(10_000, FeeUnit.SESSION),
                at(2026, 3, 4, 10),
                at(2026, 3, 4, 12),
                1,
                generous,
                List.of("SENIOR", "DISABLED"));

        assertThat(price.amount()).isZero();
        assertThat(price.discount().percent()).isEqualTo(100);
    }

    @Test
    void aCategoryClaimedTwiceCountsOnce() {
        var price = pricing.of(
                new Fee(10_000, FeeUnit.SESSION),
                at(2026, 3, 4, 10),
                at(2026, 3, 4, 12),
                1,
                offered(true),
                List.of("MULTI_CHILD", "MULTI_CHILD"));

        assertThat(price.amount()).isEqualTo(7_000);
    }

    @Test
    void aDiscountNotOfferedIsRefused() {
        var fee = new Fee(10_000, FeeUnit.SESSION);

        assertThatThrownBy(() ->
                        pricing.of(fee, at(2026, 3, 4, 10), at(2026, 3, 4, 12), 1, offered(false), List.of("SENIOR")))
                .isInstanceOfSatisfying(
                        ReservationRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.DISCOUNT_NOT_OFFERED));
        assertThatThrownBy(() -> pricing.of(
                        fee, at(2026, 3, 4, 10), at(2026, 3, 4, 12), 1, DiscountTerms.NONE, List.of("DISABLED")))
                .isInstanceOf(ReservationRefused.class);
    }

    @Test
    void aFreeBookingHasNothingToTakeOff() {
        var price = pricing.of(null, at(2026, 3, 4, 10), at(2026, 3, 4, 12), 1, offered(false), List.of("DISABLED"));

        assertThat(price).isEqualTo(Price.FREE);
    }

    @Test
    void aRefusedDiscountPutsThePriceBackToFullAndKeepsTheClaimMarked() {
        var fee = new Fee(10_000, FeeUnit.HOUR, 50, 0, 0, 0);
        var full = pricing.of(fee, at(2026, 3, 4, 17), at(2026, 3, 4, 19), 1);
        var claimed = pricing.of(
                fee, at(2026, 3, 4, 17), at(2026, 3, 4, 19), 1, offered(true), List.of("DISABLED", "MULTI_CHILD"));

        var refused = claimed.withoutDiscount();

        assertThat(refused.amount()).isEqualTo(full.amount());
        assertThat(refused.lines()).isEqualTo(full.lines());
        assertThat(refused.discount()).isEqualTo(new Price.DiscountClaim(List.of(DISABLED, MULTI_CHILD), true));
        assertThat(refused.discountAmount()).isZero();
        assertThat(refused.withoutDiscount()).isEqualTo(refused);
    }

    @Test
    void aDiscountIsAPercentFromOneToAHundredAndAnOwnCategoryHasAName() {
        assertThatThrownBy(() -> new Discount("DISABLED", null, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Discount("DISABLED", null, 101, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Discount("VOLUNTEER", null, 10, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiscountTerms(false, List.of(DISABLED, DISABLED), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(Seoul.ZONE).toInstant();
    }
}
