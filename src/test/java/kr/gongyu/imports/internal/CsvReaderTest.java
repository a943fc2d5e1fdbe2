package kr.gongyu.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsWithDelimitersQuotesAndLineBreaks() {
        var records = CsvReader.read("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"line\r\nbreak\",,x\n", ',');
        assertThat(records)
                .extracting(CsvReader.Record::fields)
                .containsExactly(List.of("a", "b,c", "say \"hi\""), List.of("line\r\nbreak", "", "x"));
    }

    @Test
    void numbersRecordsAsASpreadsheetDoesNotLines() {
        var records = CsvReader.read("h\r\n\"two\nlines\"\r\nthird\rfourth", ',');
        assertThat(records).extracting(CsvReader.Record::number).containsExactly(1, 2, 3, 4);
        assertThat(records.get(3).fields()).containsExactly("fourth");
    }

    @Test
    void keepsAQuoteInsideAnUnquotedField() {
        assertThat(CsvReader.read("5\" screen,x", ',').getFirst().fields()).containsExactly("5\" screen", "x");
    }

    @Test
    void refusesAQuoteThatNeverCloses() {
        assertThatThrownBy(() -> CsvReader.read("h\r\nok\r\n\"open,x\r\nmore\r\n", ','))
                .isInstanceOfSatisfying(
                        CsvReader.UnclosedQuote.class,
                        unclosed -> assertThat(unclosed.record()).isEqualTo(3));
    }

    @Test
    void findsTabsInExcelsUnicodeText() {
        assertThat(CsvReader.delimiterOf("개방시설명\t개방장소명\t위도\r\n")).isEqualTo('\t');
        assertThat(CsvReader.delimiterOf("개방시설명,개방장소명\r\n")).isEqualTo(',');
    }
}
