package kr.gongyu.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import kr.gongyu.imports.ImportRefused;
import kr.gongyu.imports.ImportRefused.Reason;
import org.junit.jupiter.api.Test;

class StandardFileTest {

    private static final String HEADER = String.join(
            ",",
            Arrays.stream(StandardColumn.values()).map(StandardColumn::label).toList());

    @Test
    void findsTheHeaderBelowATitleAndNumbersRowsAsASpreadsheet() {
        var text = "전국공공시설개방정보표준데이터\r\n\r\n" + HEADER + "\r\n수원시청,대회의실\r\n\r\n수원시청,소회의실\r\n";
        var file = StandardFile.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(file.headerRow()).isEqualTo(3);
        assertThat(file.rows()).extracting(CsvReader.Record::number).containsExactly(4, 6);
    }

    @Test
    void refusesWhatIsNotTheStandardNamingWhy() {
        assertRefused("", Reason.EMPTY_FILE);
        assertRefused("\r\n \r\n", Reason.EMPTY_FILE);
        assertRefused(HEADER + "\r\n", Reason.NO_DATA_ROWS);
        assertRefused("이름,주소\r\n가,나\r\n", Reason.WRONG_COLUMNS);
        assertRefused(HEADER + "\r\n\"수원시청,대회의실\r\n", Reason.MALFORMED_CSV);
    }

    private static void assertRefused(String text, Reason reason) {
        assertThatThrownBy(() -> StandardFile.read(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
