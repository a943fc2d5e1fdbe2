package kr.gongyu.imports.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of the national standard data for opened public facilities (전국공공시설개방정보표준데이터). A file must
 * have the required ones; the others are read when present. A header cell matches a column whatever its spaces,
 * and 시간 for 시각 ("평일 운영 시작 시간").
 */
public enum StandardColumn {
    FACILITY_NAME("개방시설명", true),
    PLACE_NAME("개방장소명", false),
    FACILITY_TYPE("개방시설유형구분", true),
    ROAD_ADDRESS("소재지도로명주소", true),
    LOT_ADDRESS("소재지지번주소", false),
    MANAGER("관리기관명", false),
    PHONE("사용안내전화번호", false),
    WEEKDAY_OPEN("평일운영시작시각", true),
    WEEKDAY_CLOSE("평일운영종료시각", true),
    WEEKEND_OPEN("주말운영시작시각", false),
    WEEKEND_CLOSE("주말운영종료시각", false),
    CLOSED_DAYS("휴관일", false),
    PAID("유료사용여부", false),
    FEE("사용료", false),
    CAPACITY("수용가능인원수", false),
    AREA("면적", false),
    AMENITIES("부대시설정보", false),
    APPLICATION("신청방법구분", false),
    HOMEPAGE("홈페이지주소", false),
    LATITUDE("위도", true),
    LONGITUDE("경도", true),
    BASE_DATE("데이터기준일자", false),
    PROVIDER_CODE("제공기관코드", false),
    PROVIDER_NAME("제공기관명", false);

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\uFEFF]+");

    private final String label;
    private final boolean required;

    StandardColumn(String label, boolean required) {
        this.label = label;
        this.required = required;
    }

    /** The column's name as the standard writes it, which reports name. */
    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    public static List<StandardColumn> requiredColumns() {
        return Arrays.stream(values()).filter(StandardColumn::required).toList();
    }

    /** The column a header cell names, if any. */
    public static Optional<StandardColumn> of(String headerCell) {
        var folded = fold(headerCell).replace("시간", "시각");
        return Arrays.stream(values()).filter(c -> c.label.equals(folded)).findFirst();
    }

    private static String fold(String cell) {
        var text = Normalizer.normalize(cell, Normalizer.Form.NFC);
        return SPACES.matcher(text).replaceAll("").replace("\"", "");
    }
}
