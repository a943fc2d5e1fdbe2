package kr.gongyu.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.FeeUnit;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.imports.ImportView.Problem;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.InstitutionView;
import kr.gongyu.institution.Region;
import kr.gongyu.institution.RegionCode;
import org.junit.jupiter.api.Test;

class RowMapperTest {

    private static final List<Region> REGIONS = List.of(
            new Region(new RegionCode("41000"), "경기도", "Gyeonggi", null, 37.27, 127.0),
            new Region(new RegionCode("41110"), "수원시", "Suwon", new RegionCode("41000"), 37.2636, 127.0286),
            new Region(new RegionCode("11000"), "서울특별시", "Seoul", null, 37.56, 126.97),
            new Region(new RegionCode("11560"), "영등포구", "Yeongdeungpo", new RegionCode("11000"), 37.52, 126.89),
            new Region(new RegionCode("36110"), "세종특별자치시", "Sejong", null, 36.48, 127.28));

    private final InstitutionView suwon = institution(1, "L41110", "경기도 수원시", "41110");
    private final InstitutionView yeongdeungpo = institution(2, "L11560", "서울특별시 영등포구", "11560");
    private final List<String> header =
            Arrays.stream(StandardColumn.values()).map(StandardColumn::label).toList();

    private RowMapper mapper(InstitutionId own) {
        var regionsByCode = new HashMap<RegionCode, Region>();
        REGIONS.forEach(region -> regionsByCode.put(region.code(), region));
        return new RowMapper(
                StandardHeader.read(header).matched().orElseThrow(),
                new ProviderMatcher(List.of(suwon, yeongdeungpo), own),
                new RegionFinder(REGIONS),
                regionsByCode);
    }

    private CsvReader.Record record(Map<String, String> cells) {
        var fields =
                header.stream().map(column -> cells.getOrDefault(column, "")).toList();
        return new CsvReader.Record(2, fields);
    }

    private static Map<String, String> gym(String... changes) {
        var cells = new HashMap<>(Map.of(
                "개방시설명", "수원 시민체육관",
                "개방장소명", "주경기장",
                "개방시설유형구분", "체육시설",
                "소재지도로명주소", "경기 수원시 장안구 수성로 1",
                "평일운영시작시각", "18:00",
                "평일운영종료시각", "22:00",
                "주말운영시작시각", "0900",
                "주말운영종료시각", "1800",
                "위도", "37.29",
                "경도", "127.01"));
        cells.putAll(Map.of("휴관일", "매주 월요일", "유료사용여부", "Y", "사용료", "1시간당 20,000원", "수용가능인원수", "300명"));
        for (int i = 0; i < changes.length; i += 2) {
            cells.put(changes[i], changes[i + 1]);
        }
        return cells;
    }

    @Test
    void mapsARowToASiteAResourceAndItsRules() {
        var outcome = mapper(suwon.id()).map(record(gym()));
        assertThat(outcome).isInstanceOf(RowMapper.Accepted.class);
        var row = ((RowMapper.Accepted) outcome).mapped();
        assertThat(row.institution()).isEqualTo(suwon.id());
        assertThat(row.siteName()).isEqualTo("수원 시민체육관");
        assertThat(row.resourceName()).isEqualTo("수원 시민체육관 주경기장");
        assertThat(row.region()).isEqualTo(new RegionCode("41110"));
        assertThat(row.category()).isEqualTo(Category.GYMNASIUM);
        assertThat(row.kind()).isEqualTo(ResourceKind.SPACE);
        assertThat(row.capacity()).isEqualTo(300);
        assertThat(row.fee().per()).isEqualTo(FeeUnit.HOUR);
        assertThat(row.rules().weekly()).hasSize(2);
        assertThat(row.rules().closedDays()).containsExactly("매주 월요일");
        assertThat(row.rules().slotMinutes()).isEqualTo(60);
        assertThat(row.rules().toRules()).isNotNull();
        assertThat(outcome.warnings()).isEmpty();
    }

    @Test
    void theSameFacilityWrittenOtherwiseHasTheSameKey() {
        var first = ((RowMapper.Accepted) mapper(suwon.id()).map(record(gym()))).mapped();
        var again = ((RowMapper.Accepted)
                        mapper(suwon.id()).map(record(gym("소재지도로명주소", " 경기  수원시 장안구 수성로 1", "수용가능인원수", "250"))))
                .mapped();
        var elsewhere =
                ((RowMapper.Accepted) mapper(suwon.id()).map(record(gym("소재지도로명주소", "경기 수원시 장안구 수성로 2")))).mapped();
        assertThat(again.resourceKey()).isEqualTo(first.resourceKey());
        assertThat(elsewhere.resourceKey()).isNotEqualTo(first.resourceKey());
    }

    @Test
    void fixesWhatItCanWithAWarningForEach() {
        var outcome = mapper(suwon.id())
                .map(record(gym(
                        "위도", "127.01",
                        "경도", "37.29",
                        "수용가능인원수", "",
                        "휴관일", "관리자 재량",
                        "개방시설유형구분", "기타",
                        "개방장소명", "")));
        var row = ((RowMapper.Accepted) outcome).mapped();
        assertThat(row.lat()).isEqualTo(37.29);
        assertThat(row.capacity()).isZero();
        assertThat(row.resourceName()).isEqualTo("수원 시민체육관");
        assertThat(row.category()).isEqualTo(Category.GYMNASIUM);
        assertThat(outcome.warnings()).extracting(Problem::column).containsExactlyInAnyOrder("위도", "수용가능인원수", "휴관일");
    }

    @Test
    void blankCoordinatesTakeTheRegionsOffice() {
        var outcome = mapper(suwon.id()).map(record(gym("위도", "", "경도", "")));
        var row = ((RowMapper.Accepted) outcome).mapped();
        assertThat(row.lat()).isEqualTo(37.2636);
        assertThat(outcome.warnings()).extracting(Problem::column).containsExactly("위도");
    }

    @Test
    void rejectsARowWithEveryErrorNamingItsColumn() {
        var outcome = mapper(suwon.id())
                .map(record(gym("개방시설명", " ", "평일운영종료시각", "25:00", "수용가능인원수", "-3", "위도", "91", "경도", "500")));
        assertThat(outcome).isInstanceOf(RowMapper.Rejected.class);
        assertThat(((RowMapper.Rejected) outcome).errors())
                .extracting(Problem::row, Problem::column)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(2, "개방시설명"),
                        org.assertj.core.api.Assertions.tuple(2, "평일운영종료시각"),
                        org.assertj.core.api.Assertions.tuple(2, "수용가능인원수"),
                        org.assertj.core.api.Assertions.tuple(2, "경도"));
    }

    @Test
    void staffImportOnlyTheirOwnInstitutionsRows() {
        var own = mapper(suwon.id()).map(record(gym("제공기관명", "경기도  수원시")));
        assertThat(own).isInstanceOf(RowMapper.Accepted.class);
        var other = mapper(suwon.id()).map(record(gym("제공기관명", "서울특별시 영등포구")));
        assertThat(((RowMapper.Rejected) other).errors())
                .extracting(Problem::column)
                .containsExactly("제공기관명");
    }

    @Test
    void anOperatorsRowsNameTheirInstitutionByCodeOrName() {
        var byCode = mapper(null)
                .map(record(gym("제공기관코드", "L11560", "소재지도로명주소", "서울특별시 영등포구 여의대로 1", "위도", "37.52", "경도", "126.92")));
        assertThat(((RowMapper.Accepted) byCode).mapped().institution()).isEqualTo(yeongdeungpo.id());
        var byName = mapper(null).map(record(gym("제공기관명", "경기도 수원시")));
        assertThat(((RowMapper.Accepted) byName).mapped().institution()).isEqualTo(suwon.id());
        var none = mapper(null).map(record(gym()));
        assertThat(((RowMapper.Rejected) none).errors())
                .extracting(Problem::column)
                .containsExactly("제공기관명");
    }

    @Test
    void aLocalGovernmentsRowsLieInItsOwnArea() {
        var elsewhere = mapper(suwon.id()).map(record(gym("소재지도로명주소", "서울특별시 영등포구 여의대로 1")));
        assertThat(((RowMapper.Rejected) elsewhere).errors()).singleElement().satisfies(error -> {
            assertThat(error.column()).isEqualTo("소재지도로명주소");
            assertThat(error.message()).contains("관할 구역", "영등포구", "수원시");
        });
        var provinceOnly = mapper(suwon.id()).map(record(gym("소재지도로명주소", "경기도 어딘가로 1")));
        assertThat(((RowMapper.Accepted) provinceOnly).mapped().region())
                .as("an address naming only the 시·도 around a 시 is placed at the 시")
                .isEqualTo(new RegionCode("41110"));
    }

    @Test
    void aRecordLongerThanTheHeaderIsRejected() {
        var fields = new java.util.ArrayList<>(record(gym()).fields());
        fields.add("10,000원 조각");
        var outcome = mapper(suwon.id()).map(new CsvReader.Record(5, fields));
        assertThat(((RowMapper.Rejected) outcome).errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(5);
            assertThat(error.message()).contains("큰따옴표");
        });
    }

    @Test
    void findsTheRegionOfAnAddress() {
        var finder = new RegionFinder(REGIONS);
        assertThat(finder.find("서울 영등포구 여의대로 1")).get().extracting(Region::name).isEqualTo("영등포구");
        assertThat(finder.find("경기도 수원시 팔달구 효원로 241"))
                .get()
                .extracting(Region::name)
                .isEqualTo("수원시");
        assertThat(finder.find("세종특별자치시 한누리대로 2130"))
                .get()
                .extracting(Region::name)
                .isEqualTo("세종특별자치시");
        assertThat(finder.find("어딘가 1")).isEmpty();
    }

    @Test
    void guessesCategoriesFromTypeAndNames() {
        assertThat(Categories.of("회의실", "", "").category()).isEqualTo(Category.MEETING_ROOM);
        assertThat(Categories.of("소회의실", "", "").category()).isEqualTo(Category.MEETING_ROOM);
        assertThat(Categories.of("체육시설", "테니스장 1면", "").category()).isEqualTo(Category.TENNIS_COURT);
        assertThat(Categories.of("기타", "", "공영주차장").category()).isEqualTo(Category.PARKING);
        assertThat(Categories.of("기타", "", "시민회관").warning()).isPresent();
    }

    private static InstitutionView institution(long id, String code, String name, String region) {
        return new InstitutionView(
                new InstitutionId(id), code, name, InstitutionKind.LOCAL, new RegionCode(region), null);
    }
}
