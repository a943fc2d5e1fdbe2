package kr.gongyu.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @Test
    void acceptsFiveDigits() {
        assertThat(new RegionCode("41110").value()).isEqualTo("41110");
    }

    @Test
    void refusesAnythingButFiveDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RegionCode("4111"));
        assertThatIllegalArgumentException().isThrownBy(() -> new RegionCode("4111a"));
        assertThatIllegalArgumentException().isThrownBy(() -> new RegionCode("411100"));
    }

    @Test
    void belongsToTheProvinceOfItsFirstTwoDigits() {
        assertThat(new RegionCode("41110").province()).isEqualTo(new RegionCode("41000"));
        assertThat(new RegionCode("41000").province()).isEqualTo(new RegionCode("41000"));
    }

    @Test
    void sejongIsItsOwnProvince() {
        assertThat(new RegionCode("36110").province()).isEqualTo(new RegionCode("36110"));
    }
}
