package kr.gongyu.institution;

import java.util.regex.Pattern;

/**
 * A 5-digit administrative region code (행정구역코드), e.g. {@code 41110} for 수원시 and {@code 41000} for 경기도.
 * The first two digits name the 시·도, so a prefix of a code selects every region beneath it.
 */
public record RegionCode(String value) {

    private static final Pattern CODE = Pattern.compile("\\d{5}");

    public RegionCode {
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("A region code has five digits: " + value);
        }
    }

    /** The code of the 시·도 this region belongs to (itself for a 시·도 and for 세종). */
    public RegionCode province() {
        return value.equals("36110") ? this : new RegionCode(value.substring(0, 2) + "000");
    }

    @Override
    public String toString() {
        return value;
    }
}
