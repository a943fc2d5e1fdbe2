package kr.gongyu.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import kr.gongyu.catalog.Fee;
import kr.gongyu.catalog.FeeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Y|1시간당 10,000원|10000|HOUR",
                "유료|10,000원/시간|10000|HOUR",
                "Y|2시간 20,000원|10000|HOUR",
                "Y|1일 5만원|50000|DAY",
                "Y|회당 1만5천원|15000|SESSION",
                "Y|1대당 1,000원|1000|UNIT",
                "Y|3천원(1회)|3000|SESSION",
                "''|1시간 5000원|5000|HOUR"
            })
    void readsAnAmountAndWhatItPaysFor(String paid, String fee, long amount, FeeUnit unit) {
        var terms = Fees.read(paid, fee);
        assertThat(terms.free()).isFalse();
        assertThat(terms.fee()).isEqualTo(new Fee(amount, unit));
    }

    @Test
    void freeIsFree() {
        assertThat(Fees.read("N", "무료")).satisfies(terms -> {
            assertThat(terms.free()).isTrue();
            assertThat(terms.fee()).isNull();
            assertThat(terms.warnings()).isEmpty();
        });
        assertThat(Fees.read("N", "").free()).isTrue();
        assertThat(Fees.read("", "없음").free()).isTrue();
    }

    @Test
    void actualCostsArePaidWithoutAnAmount() {
        var terms = Fees.read("Y", "실비");
        assertThat(terms.free()).isFalse();
        assertThat(terms.fee()).isNull();
        assertThat(terms.warnings()).isEmpty();
    }

    @Test
    void disagreementIsTakenAsPaidWithAWarning() {
        var amountThoughFree = Fees.read("N", "1시간당 10,000원");
        assertThat(amountThoughFree.free()).isFalse();
        assertThat(amountThoughFree.fee()).isEqualTo(new Fee(10_000, FeeUnit.HOUR));
        assertThat(amountThoughFree.warnings()).hasSize(1);
        var freeThoughPaid = Fees.read("Y", "무료");
        assertThat(freeThoughPaid.free()).isFalse();
        assertThat(freeThoughPaid.warnings()).hasSize(1);
    }

    @Test
    void unknownTermsAreWarnedAbout() {
        assertThat(Fees.read("", "").warnings()).hasSize(1);
        assertThat(Fees.read("Y", "조례에 따름").warnings()).hasSize(1);
        assertThat(Fees.read("Y", "10000").warnings())
                .singleElement()
                .asString()
                .contains("단위");
    }
}
