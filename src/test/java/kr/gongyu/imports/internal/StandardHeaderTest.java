package kr.gongyu.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardHeaderTest {

    private static List<String> standard() {
        return new ArrayList<>(Arrays.stream(StandardColumn.values())
                .map(StandardColumn::label)
                .toList());
    }

    @Test
    void matchesColumnsWhateverTheirSpacesAndTheirOrder() {
        var cells = standard();
        cells.set(0, "\uFEFF 개방 시설명 ");
        cells.set(cells.indexOf("평일운영시작시각"), "평일 운영 시작 시간");
        cells.add("비고");
        Collections.reverse(cells);
        var header = StandardHeader.read(cells).matched().orElseThrow();
        var record =
                cells.stream().map(cell -> " value of " + cell.strip() + " ").toList();
        assertThat(header.cell(record, StandardColumn.FACILITY_NAME)).isEqualTo("value of \uFEFF 개방 시설명");
        assertThat(header.cell(record, StandardColumn.WEEKDAY_OPEN)).isEqualTo("value of 평일 운영 시작 시간");
        assertThat(header.ignored()).containsExactly("비고");
    }

    @Test
    void namesTheRequiredColumnsThatAreMissing() {
        var result = StandardHeader.read(List.of("시설이름", "주소", "위도"));
        assertThat(result.matched()).isEmpty();
        assertThat(result.mismatch().missing())
                .containsExactly("개방시설명", "개방시설유형구분", "소재지도로명주소", "평일운영시작시각", "평일운영종료시각", "경도");
    }

    @Test
    void refusesAColumnNamedTwice() {
        var cells = standard();
        cells.add("위도");
        var result = StandardHeader.read(cells);
        assertThat(result.matched()).isEmpty();
        assertThat(result.mismatch().duplicated()).containsExactly("위도");
    }

    @Test
    void aShortRecordHasBlankCells() {
        var header = StandardHeader.read(standard()).matched().orElseThrow();
        assertThat(header.cell(List.of("수원시청"), StandardColumn.FACILITY_NAME)).isEqualTo("수원시청");
        assertThat(header.cell(List.of("수원시청"), StandardColumn.LATITUDE)).isEmpty();
    }
}
