package kr.gongyu.imports.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.imports.ImportView.Problem;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.InstitutionView;
import kr.gongyu.institution.Region;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.schedule.ClosedDays;
import kr.gongyu.schedule.OpeningRulesSpec;
import kr.gongyu.schedule.OpeningRulesSpec.WindowSpec;
import org.jspecify.annotations.Nullable;

/**
 * Maps each data row of a standard file to a site, a resource and opening rules, or rejects it. Every cell that
 * makes the row impossible is an error naming its column, all of them at once; every cell fixed or guessed is a
 * warning.
 */
public final class RowMapper {

    private static final List<String> WEEKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI");
    private static final List<String> WEEKEND = List.of("SAT", "SUN");
    private static final int MAX_AMENITIES = 30;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern AMENITY_SEPARATORS = Pattern.compile("[,·/;+\\n]");

    private final StandardHeader header;
    private final ProviderMatcher providers;
    private final RegionFinder regions;
    private final Map<RegionCode, Region> regionsByCode;

    public RowMapper(
            StandardHeader header,
            ProviderMatcher providers,
            RegionFinder regions,
            Map<RegionCode, Region> regionsByCode) {
        this.header = header;
        this.providers = providers;
        this.regions = regions;
        this.regionsByCode = regionsByCode;
    }

    /** A row's fate: imported as mapped (perhaps with warnings), or rejected with its errors. */
    public sealed interface Outcome permits Accepted, Rejected {
        List<Problem> warnings();
    }

    public record Accepted(MappedRow mapped, List<Problem> warnings) implements Outcome {}

    public record Rejected(int row, List<Problem> errors, List<Problem> warnings) implements Outcome {}

    public Outcome map(CsvReader.Record record) {
        var row = new Row(record);
        var extra = record.fields()
                .subList(
                        Math.min(record.fields().size(), header.size()),
                        record.fields().size());
        if (extra.stream().anyMatch(cell -> !cell.isBlank())) {
            row.errors.add(new Problem(
                    row.number,
                    null,
                    "칸이 헤더보다 많습니다 (" + record.fields().size() + "칸, 헤더 " + header.size()
                            + "칸): 쉼표가 든 값은 큰따옴표로 감싸 주세요"));
            return row.rejected();
        }
        var institution = row.read(
                () -> providers.match(row.cell(StandardColumn.PROVIDER_CODE), row.cell(StandardColumn.PROVIDER_NAME)));
        var facility = row.read(() -> required(row, StandardColumn.FACILITY_NAME, 100));
        var place = row.read(() -> limited(row, StandardColumn.PLACE_NAME, 150));
        var address = row.read(() -> address(row));
        var resourceName = facility == null || place == null ? null : row.read(() -> resourceName(facility, place));
        var hours = row.read(() -> rules(row));
        var capacity = row.read(() -> Cells.capacity(row.cell(StandardColumn.CAPACITY)));
        var point = row.read(() -> Cells.point(row.cell(StandardColumn.LATITUDE), row.cell(StandardColumn.LONGITUDE)));
        if (!row.errors.isEmpty()
                || institution == null
                || facility == null
                || address == null
                || resourceName == null
                || capacity == null
                || point == null) {
            return row.rejected();
        }
        var region = region(row, address, institution);
        if (institution.kind() == InstitutionKind.LOCAL && !region.liesIn(institution.region())) {
            var own = regionsByCode.get(institution.region());
            row.errors.add(new Problem(
                    row.number,
                    StandardColumn.ROAD_ADDRESS.label(),
                    "지방자치단체의 시설은 관할 구역 안에 있어야 합니다: 주소는 " + region.name() + ", 기관은 " + own.name()));
            return row.rejected();
        }
        double lat;
        double lng;
        if (point.isPresent()) {
            lat = point.get().lat();
            lng = point.get().lng();
            if (point.get().swapped()) {
                row.warn(StandardColumn.LATITUDE, "위도와 경도가 바뀌어 있어 바로잡았습니다");
            }
        } else {
            lat = region.lat();
            lng = region.lng();
            row.warn(StandardColumn.LATITUDE, "위도·경도가 비어 있어 " + region.name() + " 청사 위치로 두었습니다: 콘솔에서 위치를 고쳐 주세요");
        }
        var guess =
                Categories.of(row.cell(StandardColumn.FACILITY_TYPE), row.cell(StandardColumn.PLACE_NAME), facility);
        guess.warning().ifPresent(warning -> row.warn(StandardColumn.FACILITY_TYPE, warning));
        var category = guess.category();
        var kind = category.usualKind();
        if (capacity.isEmpty()) {
            row.warn(StandardColumn.CAPACITY, "수용가능인원수가 비어 있어 0명으로 두었습니다: 인원을 넣기 전에는 인원이 있는 예약을 받지 않습니다");
        }
        var people = capacity.orElse(0);
        var quantity = kind == ResourceKind.SPACE ? 1 : Math.max(1, people);
        var fee = Fees.read(row.cell(StandardColumn.PAID), row.cell(StandardColumn.FEE));
        fee.warnings().forEach(warning -> row.warn(StandardColumn.FEE, warning));
        var areaCell = row.cell(StandardColumn.AREA);
        var area = Cells.area(areaCell);
        if (area == null && !areaCell.isEmpty() && !areaCell.equals("-")) {
            row.warn(StandardColumn.AREA, "면적을 읽지 못해 비워 두었습니다: '" + BadCell.quote(areaCell) + "'");
        }
        var phone = row.cell(StandardColumn.PHONE);
        if (phone.length() > 20) {
            row.warn(StandardColumn.PHONE, "사용안내전화번호가 20자를 넘어 비워 두었습니다");
            phone = "";
        }
        var id = institution.id();
        var mapped = new MappedRow(
                row.number,
                id,
                NaturalKeys.site(id, facility, address),
                NaturalKeys.resource(id, facility, place == null ? "" : place, address),
                facility,
                address,
                region.code(),
                lat,
                lng,
                resourceName,
                category,
                kind,
                people,
                quantity,
                area,
                description(row),
                phone.isEmpty() ? null : phone,
                fee.free(),
                fee.fee(),
                amenities(row),
                hours == null ? null : hours.orElse(null));
        return new Accepted(mapped, List.copyOf(row.warnings));
    }

    private static String required(Row row, StandardColumn column, int maxLength) {
        var text = limited(row, column, maxLength);
        if (text.isEmpty()) {
            throw new BadCell(column, column.label() + "이(가) 비어 있습니다");
        }
        return text;
    }

    private static String limited(Row row, StandardColumn column, int maxLength) {
        var text = collapse(row.cell(column));
        if (text.length() > maxLength) {
            throw new BadCell(column, column.label() + "은(는) " + maxLength + "자까지입니다 (" + text.length() + "자)");
        }
        return text;
    }

    /** The resource's name as the catalogue shows it: "수원시청 대회의실", or the facility alone. */
    private static String resourceName(String facility, String place) {
        var name = place.isEmpty() || place.equals(facility)
                ? facility
                : place.startsWith(facility) ? place : facility + " " + place;
        if (name.length() > 150) {
            throw new BadCell(StandardColumn.PLACE_NAME, "개방시설명과 개방장소명을 합쳐 150자까지입니다");
        }
        return name;
    }

    private String address(Row row) {
        var road = collapse(row.cell(StandardColumn.ROAD_ADDRESS));
        var address = road;
        if (road.isEmpty()) {
            address = collapse(row.cell(StandardColumn.LOT_ADDRESS));
            if (address.isEmpty()) {
                throw new BadCell(StandardColumn.ROAD_ADDRESS, "소재지도로명주소가 비어 있습니다");
            }
            row.warn(StandardColumn.ROAD_ADDRESS, "소재지도로명주소가 비어 있어 소재지지번주소를 썼습니다");
        }
        if (address.length() > 200) {
            throw new BadCell(StandardColumn.ROAD_ADDRESS, "주소는 200자까지입니다 (" + address.length() + "자)");
        }
        return address;
    }

    private Region region(Row row, String address, InstitutionView institution) {
        var found = regions.find(address);
        if (found.isPresent() && !regions.hasDistricts(found.get())) {
            return found.get();
        }
        var own = regionsByCode.get(institution.region());
        if (found.isPresent()
                && institution.kind() == InstitutionKind.LOCAL
                && own.liesIn(found.get().code())) {
            row.warn(StandardColumn.ROAD_ADDRESS, "주소에서 시·군·구를 찾지 못해 기관 소재지(" + own.name() + ")로 두었습니다");
            return own;
        }
        if (found.isPresent()) {
            row.warn(
                    StandardColumn.ROAD_ADDRESS,
                    "주소에서 시·군·구를 찾지 못해 " + found.get().name() + "(으)로 두었습니다");
            return found.get();
        }
        row.warn(StandardColumn.ROAD_ADDRESS, "주소에서 시·도를 찾지 못해 기관 소재지(" + own.name() + ")로 두었습니다");
        return own;
    }

    /** The rules from the hours and closed days; empty when the row gives no hours at all. */
    private Optional<OpeningRulesSpec> rules(Row row) {
        var weekday = Times.hours(
                row.cell(StandardColumn.WEEKDAY_OPEN),
                row.cell(StandardColumn.WEEKDAY_CLOSE),
                StandardColumn.WEEKDAY_OPEN,
                StandardColumn.WEEKDAY_CLOSE);
        var weekend = Times.hours(
                row.cell(StandardColumn.WEEKEND_OPEN),
                row.cell(StandardColumn.WEEKEND_CLOSE),
                StandardColumn.WEEKEND_OPEN,
                StandardColumn.WEEKEND_CLOSE);
        var windows = new ArrayList<WindowSpec>();
        weekday.ifPresent(hours -> windows.add(window(WEEKDAYS, hours)));
        weekend.ifPresent(hours -> windows.add(window(WEEKEND, hours)));
        if (windows.isEmpty()) {
            row.warn(StandardColumn.WEEKDAY_OPEN, "운영시각이 비어 있어 개방 시간 없이 두었습니다: 개방 시간을 넣기 전에는 예약을 받지 않습니다");
            return Optional.empty();
        }
        var closedText = row.cell(StandardColumn.CLOSED_DAYS);
        var closed = ClosedDays.none();
        try {
            closed = ClosedDays.parse(closedText);
        } catch (IllegalArgumentException unknown) {
            row.warn(
                    StandardColumn.CLOSED_DAYS,
                    "휴관일을 읽지 못해 반영하지 않았습니다 (" + BadCell.quote(String.valueOf(unknown.getMessage())) + "): 콘솔에서 넣어 주세요");
        }
        var minutes = new ArrayList<Integer>();
        weekday.ifPresent(hours -> minutes.add(minutes(hours)));
        weekend.ifPresent(hours -> minutes.add(minutes(hours)));
        return Optional.of(new OpeningRulesSpec(
                windows,
                null,
                closed.describe(),
                false,
                null,
                slotMinutes(minutes),
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    /** Merges imported rules into rules staff may have refined: the standard's parts replaced, the rest kept. */
    public static OpeningRulesSpec merged(OpeningRulesSpec existing, OpeningRulesSpec imported) {
        var slot = existing.slotMinutes();
        var keepsSlot = slot != null && imported.weekly().stream().allMatch(window -> minutes(window) % slot == 0);
        return new OpeningRulesSpec(
                imported.weekly(),
                existing.seasons(),
                imported.closedDays(),
                existing.closedOnPublicHolidays(),
                existing.closedDates(),
                keepsSlot ? slot : imported.slotMinutes(),
                existing.minSlots(),
                existing.maxSlots(),
                existing.bufferMinutes(),
                existing.bookingOpensDaysAhead(),
                existing.bookingRelease(),
                existing.bookingClosesHoursBefore(),
                existing.multiDay());
    }

    private static WindowSpec window(List<String> days, Times.Hours hours) {
        return new WindowSpec(days, hours.open().toString(), hours.close().toString(), false);
    }

    private static int minutes(Times.Hours hours) {
        var end = hours.close().equals(LocalTime.MIDNIGHT)
                ? 24 * 60
                : hours.close().toSecondOfDay() / 60;
        return end - hours.open().toSecondOfDay() / 60;
    }

    private static int minutes(WindowSpec window) {
        return minutes(new Times.Hours(LocalTime.parse(window.open()), LocalTime.parse(window.close())));
    }

    /** Hour slots where the windows allow, else half hours or ten minutes; whole sessions when none divides them. */
    private static @Nullable Integer slotMinutes(List<Integer> windows) {
        for (var slot : List.of(60, 30, 10)) {
            if (windows.stream().allMatch(minutes -> minutes % slot == 0)) {
                return slot;
            }
        }
        return null;
    }

    private static @Nullable String description(Row row) {
        var lines = new ArrayList<String>();
        var application = row.cell(StandardColumn.APPLICATION);
        var homepage = row.cell(StandardColumn.HOMEPAGE);
        var manager = row.cell(StandardColumn.MANAGER);
        if (!application.isEmpty()) {
            lines.add("신청 방법: " + collapse(application));
        }
        if (!homepage.isEmpty()) {
            lines.add("누리집: " + collapse(homepage));
        }
        if (!manager.isEmpty()) {
            lines.add("관리기관: " + collapse(manager));
        }
        if (lines.isEmpty()) {
            return null;
        }
        var text = String.join("\n", lines);
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private static Set<String> amenities(Row row) {
        var cell = row.cell(StandardColumn.AMENITIES);
        var amenities = new LinkedHashSet<String>();
        for (var part : AMENITY_SEPARATORS.split(cell)) {
            var amenity = collapse(part);
            if (amenity.isEmpty() || amenity.equals("-") || amenity.equals("없음")) {
                continue;
            }
            if (amenity.length() > 50 || amenities.size() == MAX_AMENITIES) {
                row.warn(StandardColumn.AMENITIES, "부대시설 '" + BadCell.quote(amenity) + "'은(는) 넣지 못했습니다 (50자, 30개까지)");
                continue;
            }
            amenities.add(amenity);
        }
        return amenities;
    }

    private static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** One row being read: its cells, and the problems found so far. */
    private final class Row {
        final int number;
        final CsvReader.Record record;
        final List<Problem> errors = new ArrayList<>();
        final List<Problem> warnings = new ArrayList<>();

        Row(CsvReader.Record record) {
            this.number = record.number();
            this.record = record;
        }

        String cell(StandardColumn column) {
            return header.cell(record.fields(), column);
        }

        /** The value, or null with the error recorded when a cell makes it impossible. */
        <T> @Nullable T read(Supplier<T> value) {
            try {
                return value.get();
            } catch (BadCell bad) {
                errors.add(new Problem(number, bad.column().label(), bad.getMessage()));
                return null;
            }
        }

        void warn(StandardColumn column, String message) {
            warnings.add(new Problem(number, column.label(), message));
        }

        Rejected rejected() {
            return new Rejected(number, List.copyOf(errors), List.copyOf(warnings));
        }
    }
}
