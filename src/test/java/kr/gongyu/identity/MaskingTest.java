package kr.gongyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksTheMiddleOfAThreeCharacterName() {
        assertThat(new PersonName("홍길동").masked()).isEqualTo("홍*동");
    }

    @Test
    void masksAllButTheEndsOfALongerName() {
        assertThat(new PersonName("남궁민수").masked()).isEqualTo("남**수");
        assertThat(new PersonName("Jane Doe").masked()).isEqualTo("J******e");
    }

    @Test
    void keepsOnlyTheFirstCharacterOfATwoCharacterName() {
        assertThat(new PersonName("김철").masked()).isEqualTo("김*");
    }

    @Test
    void masksTheMiddleGroupOfAPhoneNumber() {
        assertThat(new PhoneNumber("010-1234-5678").masked()).isEqualTo("010-****-5678");
        assertThat(new PhoneNumber("02-123-4567").masked()).isEqualTo("02-***-4567");
    }

    @Test
    void keepsOnlyTheLastFourDigitsOfAnUngroupedNumber() {
        assertThat(new PhoneNumber("01012345678").masked()).isEqualTo("*******5678");
    }
}
