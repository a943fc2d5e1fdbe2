package kr.gongyu.imports.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The standard's numeric cells: capacity, area and coordinates. */
public final class Cells {

    /** South Korea's extent, islands included (Marado to the north of Gangwon, Baengnyeongdo to Dokdo), with a margin. */
    static final double MIN_LAT = 32.9, MAX_LAT = 38.9, MIN_LNG = 124.0, MAX_LNG = 132.0;

    private static final Pattern CAPACITY = Pattern.compile(
            "^(?:약|최대|대략|총)?\\s*(-?\\d[\\d,]*)\\s*(?:[~∼\\-]\\s*(\\d[\\d,]*))?\\s*(?:명|인|대|석|면|개)?\\s*(?:\\(.*\\))?$");
    private static final Pattern AREA = Pattern.compile("^(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:㎡|m2|m²|제곱미터|평방미터)?$");

    private Cells() {}

    /** 수용가능인원수: "50", "50명", "1,200", "약 50명", "30~50명" (the upper bound); empty when blank. */
    public static Optional<Integer> capacity(String cell) {
        var text = cell.strip();
        if (text.isEmpty() || text.equals("-")) {
            return Optional.empty();
        }
        var matcher = CAPACITY.matcher(text);
        if (!matcher.matches()) {
            throw new BadCell(StandardColumn.CAPACITY, "수용가능인원수는 사람 수여야 합니다: '" + text + "'");
        }
        var value = matcher.group(2) != null ? matcher.group(2) : matcher.group(1);
        var plain = value.replace(",", "");
        if (plain.startsWith("-")) {
            throw new BadCell(StandardColumn.CAPACITY, "수용가능인원수는 음수일 수 없습니다: " + text);
        }
        if (plain.length() > 7) {
            throw new BadCell(StandardColumn.CAPACITY, "수용가능인원수가 너무 큽니다: " + text);
        }
        return Optional.of(Integer.parseInt(plain));
    }

    /** 면적 in square metres: "120", "120.5㎡", "1,200m2"; null when blank, zero or unreadable. */
    public static @Nullable Double area(String cell) {
        var matcher = AREA.matcher(cell.strip());
        if (!matcher.matches()) {
            return null;
        }
        var value = Double.parseDouble(matcher.group(1).replace(",", ""));
        return value > 0 ? value : null;
    }

    /** A point given by 위도 and 경도, and whether they were swapped to get it. */
    public record Point(double lat, double lng, boolean swapped) {}

    /**
     * The point of the two cells; empty when either is blank. Throws {@link BadCell} for a cell that is no number, a
     * point not on Earth, or a point outside Korea that is not inside it with the two swapped.
     */
    public static Optional<Point> point(String latCell, String lngCell) {
        if (latCell.isBlank() || lngCell.isBlank()) {
            return Optional.empty();
        }
        var lat = number(latCell, StandardColumn.LATITUDE);
        var lng = number(lngCell, StandardColumn.LONGITUDE);
        if (Math.abs(lat) > 180 || Math.abs(lng) > 180) {
            throw new BadCell(
                    Math.abs(lat) > 180 ? StandardColumn.LATITUDE : StandardColumn.LONGITUDE,
                    "지구 위의 좌표가 아닙니다: 위도 " + latCell.strip() + ", 경도 " + lngCell.strip());
        }
        if (inKorea(lat, lng)) {
            return Optional.of(new Point(lat, lng, false));
        }
        if (inKorea(lng, lat)) {
            return Optional.of(new Point(lng, lat, true));
        }
        if (Math.abs(lat) > 90) {
            throw new BadCell(StandardColumn.LATITUDE, "지구 위의 좌표가 아닙니다: 위도 " + latCell.strip());
        }
        throw new BadCell(
                StandardColumn.LATITUDE,
                "대한민국 밖의 좌표입니다: 위도 " + latCell.strip() + ", 경도 " + lngCell.strip() + " (위도 33~39, 경도 124~132)");
    }

    static boolean inKorea(double lat, double lng) {
        return lat >= MIN_LAT && lat <= MAX_LAT && lng >= MIN_LNG && lng <= MAX_LNG;
    }

    private static double number(String cell, StandardColumn column) {
        var text = cell.strip().replace("°", "");
        try {
            var value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // Refused below, with the column.
        }
        throw new BadCell(column, "숫자가 아닙니다: '" + cell.strip() + "'");
    }
}
