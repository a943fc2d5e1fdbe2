package kr.gongyu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import kr.gongyu.institution.Region;
import kr.gongyu.institution.RegionCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** How a search text is read: places as a filter on the region, words with what the thesaurus adds to them. */
class QueryTextTest {

    private static final List<Region> REGIONS = List.of(
            region("11000", "서울특별시", "Seoul", null),
            region("11140", "중구", "Jung-gu", "11000"),
            region("11680", "강남구", "Gangnam-gu", "11000"),
            region("26000", "부산광역시", "Busan", null),
            region("26110", "중구", "Jung-gu", "26000"),
            region("26500", "수영구", "Suyeong-gu", "26000"),
            region("28000", "인천광역시", "Incheon", null),
            region("28185", "연수구", "Yeonsu-gu", "28000"),
            region("29000", "광주광역시", "Gwangju", null),
            region("41000", "경기도", "Gyeonggi-do", null),
            region("41110", "수원시", "Suwon-si", "41000"),
            region("41610", "광주시", "Gwangju-si", "41000"),
            region("43000", "충청북도", "Chungcheongbuk-do", null),
            region("51000", "강원특별자치도", "Gangwon State", null));

    private final QueryText queryText = new QueryText(new Places(REGIONS), new Thesaurus());

    private static Region region(String code, String name, String nameEn, @Nullable String parent) {
        return new Region(new RegionCode(code), name, nameEn, parent == null ? null : new RegionCode(parent), 0, 0);
    }

    private QueryText.Parsed parse(String text) {
        return queryText.parse(Arrays.asList(text.split(" ")));
    }

    @Test
    void swimmingIsSwimmingAndTheDistrictOnlyByItsFullName() {
        var swimming = parse("수영");
        assertThat(swimming.regions()).isEmpty();
        assertThat(swimming.words()).containsExactly(List.of("수영", "수영장"));

        assertThat(parse("수영 강습").regions())
                .as("an activity word is not a place")
                .isEmpty();

        var place = parse("수영구 회의실");
        assertThat(place.regions()).containsExactly("26500");
        assertThat(place.words())
                .hasSize(1)
                .first()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .first()
                .isEqualTo("회의실");
    }

    @Test
    void aShortPlaceNameIsAPlaceBesideOtherWordsOnly() {
        assertThat(parse("수원 체육관").regions()).containsExactly("41110");
        assertThat(parse("수원").regions())
                .as("alone, it is a word of names and addresses")
                .isEmpty();
        assertThat(parse("수원시").regions()).containsExactly("41110");
        assertThat(parse("충북 회의실").regions()).containsExactly("43");
        assertThat(parse("수원에서 회의").regions()).containsExactly("41110");
    }

    @Test
    void placesInEnglish() {
        var suwon = parse("Suwon meeting room");
        assertThat(suwon.regions()).containsExactly("41110");
        assertThat(suwon.words()).extracting(List::getFirst).containsExactly("meeting", "room");
        assertThat(parse("Gangnam-gu parking").regions()).containsExactly("11680");
        assertThat(parse("gangwon state camping").regions()).containsExactly("51");
        assertThat(parse("Gyeonggi-do pool").regions()).containsExactly("41");
        assertThat(parse("seoul parking").regions()).containsExactly("11");
    }

    @Test
    void placesNamedTogetherNarrowEachOther() {
        assertThat(parse("중구 주차장").regions()).containsExactlyInAnyOrder("11140", "26110");
        assertThat(parse("부산 중구 주차장").regions()).containsExactly("26110");
        assertThat(parse("광주 체육관").regions()).containsExactlyInAnyOrder("29", "41610");
        assertThat(parse("경기 광주 체육관").regions()).containsExactly("41610");
        assertThat(parse("서울 부산 강당").regions()).as("places apart: either").containsExactlyInAnyOrder("11", "26");
    }

    @Test
    void theThesaurusAddsTheFacilitiesThatServeAnActivity() {
        assertThat(parse("결혼식").words().getFirst()).contains("결혼식", "강당", "공연장");
        assertThat(parse("사진 촬영").words())
                .as("two words the thesaurus knows together")
                .hasSize(1);
        assertThat(parse("사진 촬영").words().getFirst()).contains("스튜디오");
        assertThat(parse("연수 강의실").regions())
                .as("연수 is training before it is 연수구")
                .isEmpty();
        assertThat(parse("배드민턴").queryString()).isEqualTo("(\"배드민턴\" | \"배드민턴장\" | \"체육관\")");
    }

    @Test
    void quotesCannotBreakOutOfAWord() {
        assertThat(parse("회의\"실 \"\"").queryString()).isEqualTo("\"회의실\"");
        assertThat(parse("\"").queryString()).isNull();
    }
}
