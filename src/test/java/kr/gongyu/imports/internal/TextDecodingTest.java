package kr.gongyu.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private static final String KOREAN = "개방시설명,소재지도로명주소\r\n수원시청 대회의실,경기도 수원시 팔달구 효원로 241\r\n";

    @Test
    void readsUtf8() {
        assertThat(TextDecoding.decode(KOREAN.getBytes(StandardCharsets.UTF_8)))
                .contains(new TextDecoding.Decoded(KOREAN, "UTF-8"));
    }

    @Test
    void dropsTheByteOrderMarkOfUtf8() {
        var bytes = ("\uFEFF" + KOREAN).getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoding.decode(bytes)).contains(new TextDecoding.Decoded(KOREAN, "UTF-8"));
    }

    @Test
    void readsCp949WhenTheBytesAreNotUtf8() {
        var bytes = KOREAN.getBytes(TextDecoding.CP949);
        assertThat(TextDecoding.decode(bytes)).contains(new TextDecoding.Decoded(KOREAN, "CP949"));
    }

    @Test
    void readsMs949Additions() {
        // 똠 and 햏 are outside EUC-KR's 2,350 syllables: only Microsoft's extension of it encodes them.
        var text = "개방시설명\r\n똠햏 체육관\r\n";
        assertThat(TextDecoding.decode(text.getBytes(TextDecoding.CP949)))
                .contains(new TextDecoding.Decoded(text, "CP949"));
    }

    @Test
    void readsUtf16WithItsByteOrderMark() {
        var bytes = ("\uFEFF" + KOREAN).getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoding.decode(bytes)).contains(new TextDecoding.Decoded(KOREAN, "UTF-16"));
    }

    @Test
    void binaryIsNotText() {
        var random = new byte[4096];
        new Random(1).nextBytes(random);
        assertThat(TextDecoding.decode(random)).isEmpty();
        assertThat(TextDecoding.decode("PK\u0003\u0004[Content_Types].xml".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
    }
}
