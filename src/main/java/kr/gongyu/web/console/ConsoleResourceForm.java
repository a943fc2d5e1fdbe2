package kr.gongyu.web.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.gongyu.catalog.AccessibilityFeature;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.catalog.Fee;
import kr.gongyu.catalog.FeeUnit;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.catalog.SiteId;
import kr.gongyu.identity.OrganizationType;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.listing.EditResource;
import kr.gongyu.listing.ResourceSettingsView;
import kr.gongyu.schedule.OpeningRulesSpec;
import kr.gongyu.schedule.OpeningRulesSpec.WindowSpec;
import kr.gongyu.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The console's resource form as staff typed it: every field kept as text, so that a page with mistakes shows
 * the input again exactly. {@link #command(FormErrors)} reads it into the listing's {@link EditResource};
 * {@link #of(ResourceSettingsView)} fills it from a resource's listing. Error keys are the ids of the fields
 * ({@code windows-2-close}).
 */
final class ConsoleResourceForm {

    /** The site select's value for "a new site". */
    static final String NEW_SITE = "new";

    static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final int EMPTY_WINDOWS = 3;
    private static final int EMPTY_REFUNDS = 2;

    private static final List<String> TEXTS = List.of(
            "siteId",
            "siteName",
            "siteAddress",
            "siteRegionCode",
            "siteLat",
            "siteLng",
            "name",
            "category",
            "kind",
            "capacity",
            "quantity",
            "confirmation",
            "free",
            "feeAmount",
            "feePer",
            "feeNightPercent",
            "feeWeekendPercent",
            "feeHolidayPercent",
            "feeDeposit",
            "eligibility",
            "eligibilityRegion",
            "organizationIds",
            "maxActivePerUser",
            "maxPerUserPerMonth",
            "paymentDeadlineHours",
            "waitlistClaimHours",
            "closedDays",
            "closedDates",
            "closedOnPublicHolidays",
            "slotMinutes",
            "minSlots",
            "maxSlots",
            "bufferMinutes",
            "bookingOpensDaysAhead",
            "bookingClosesHoursBefore",
            "releaseDay",
            "releaseAt",
            "releaseMonthsAhead",
            "multiDay",
            "description",
            "rules",
            "contactPhone",
            "areaM2",
            "amenities");

    /** A weekly window's row: days ticked, opening and closing time. */
    record Window(Set<String> days, String open, String close, boolean volunteer) {

        boolean isBlank() {
            return days.isEmpty() && open.isBlank() && close.isBlank();
        }
    }

    /** A season's row: one weekly window of a season; rows of the same name and dates make one season. */
    record SeasonRow(String name, String from, String to, Set<String> days, String open, String close) {

        boolean isBlank() {
            return name.isBlank()
                    && from.isBlank()
                    && to.isBlank()
                    && days.isEmpty()
                    && open.isBlank()
                    && close.isBlank();
        }
    }

    /** A row of the refund table: so many days before, this percent back. */
    record Refund(String days, String percent) {

        boolean isBlank() {
            return days.isBlank() && percent.isBlank();
        }
    }

    private final Map<String, String> texts;
    final List<Window> windows;
    final List<SeasonRow> seasons;
    final List<Refund> refunds;
    final Set<String> organizationTypes;
    final Set<String> accessibility;

    private ConsoleResourceForm(
            Map<String, String> texts,
            List<Window> windows,
            List<SeasonRow> seasons,
            List<Refund> refunds,
            Set<String> organizationTypes,
            Set<String> accessibility) {
        this.texts = texts;
        this.windows = windows;
        this.seasons = seasons;
        this.refunds = refunds;
        this.organizationTypes = organizationTypes;
        this.accessibility = accessibility;
    }

    /** The text of a field as typed; empty when absent. */
    public String get(String field) {
        return texts.getOrDefault(field, "");
    }

    public boolean checked(String field) {
        return "true".equals(get(field));
    }

    public List<Window> getWindows() {
        return windows;
    }

    public List<SeasonRow> getSeasons() {
        return seasons;
    }

    public List<Refund> getRefunds() {
        return refunds;
    }

    public Set<String> getOrganizationTypes() {
        return organizationTypes;
    }

    public Set<String> getAccessibility() {
        return accessibility;
    }

    /** An empty form for a new resource, with the usual defaults. */
    static ConsoleResourceForm blank(@Nullable String firstSite) {
        var texts = new HashMap<String, String>();
        texts.put("siteId", firstSite == null ? NEW_SITE : firstSite);
        texts.put("kind", ResourceKind.SPACE.name());
        texts.put("capacity", "10");
        texts.put("quantity", "1");
        texts.put("confirmation", Confirmation.INSTANT.name());
        texts.put("free", "true");
        texts.put("feePer", FeeUnit.HOUR.name());
        texts.put("eligibility", EligibilityType.EVERYONE.name());
        texts.put("slotMinutes", "60");
        texts.put("minSlots", "1");
        texts.put("maxSlots", "4");
        texts.put("bookingOpensDaysAhead", "30");
        texts.put("bookingClosesHoursBefore", "0");
        texts.put("closedOnPublicHolidays", "true");
        return new ConsoleResourceForm(
                texts,
                padded(new ArrayList<>(), EMPTY_WINDOWS, () -> new Window(Set.of(), "", "", false)),
                padded(new ArrayList<>(), 1, () -> new SeasonRow("", "", "", Set.of(), "", "")),
                padded(new ArrayList<>(), EMPTY_REFUNDS, () -> new Refund("", "")),
                Set.of(),
                Set.of());
    }

    /** The form as posted; {@code addWindow} and {@code addSeason} each ask for one more empty row. */
    static ConsoleResourceForm posted(MultiValueMap<String, String> params) {
        var texts = new HashMap<String, String>();
        for (var field : TEXTS) {
            var value = params.getFirst(field);
            if (value != null) {
                texts.put(field, value);
            }
        }
        for (var checkbox : List.of("closedOnPublicHolidays", "multiDay")) {
            texts.put(checkbox, String.valueOf(params.containsKey(checkbox)));
        }
        var windows = rows(
                params,
                "windows",
                prefix -> new Window(
                        new LinkedHashSet<>(params.getOrDefault(prefix + ".days", List.of())),
                        text(params, prefix + ".open"),
                        text(params, prefix + ".close"),
                        params.containsKey(prefix + ".volunteer")));
        var seasons = rows(
                params,
                "seasons",
                prefix -> new SeasonRow(
                        text(params, prefix + ".name"),
                        text(params, prefix + ".from"),
                        text(params, prefix + ".to"),
                        new LinkedHashSet<>(params.getOrDefault(prefix + ".days", List.of())),
                        text(params, prefix + ".open"),
                        text(params, prefix + ".close")));
        var refunds = rows(
                params,
                "refunds",
                prefix -> new Refund(text(params, prefix + ".days"), text(params, prefix + ".percent")));
        if (params.containsKey("addWindow")) {
            windows.add(new Window(Set.of(), "", "", false));
        }
        if (params.containsKey("addSeason")) {
            seasons.add(new SeasonRow("", "", "", Set.of(), "", ""));
        }
        return new ConsoleResourceForm(
                texts,
                padded(windows, 1, () -> new Window(Set.of(), "", "", false)),
                padded(seasons, 1, () -> new SeasonRow("", "", "", Set.of(), "", "")),
                padded(refunds, 1, () -> new Refund("", "")),
                new LinkedHashSet<>(params.getOrDefault("organizationTypes", List.of())),
                new LinkedHashSet<>(params.getOrDefault("accessibility", List.of())));
    }

    /** The form showing a resource as it is, with empty rows to add to. */
    static ConsoleResourceForm of(ResourceSettingsView settings) {
        var resource = settings.draft();
        var policy = settings.policy();
        var texts = new HashMap<String, String>();
        texts.put("siteId", resource.site().toString());
        texts.put("name", resource.name());
        texts.put("category", resource.category().label());
        texts.put("kind", resource.kind().name());
        texts.put("capacity", String.valueOf(resource.capacity()));
        texts.put("quantity", String.valueOf(resource.quantity()));
        texts.put("confirmation", resource.confirmation().name());
        texts.put("free", String.valueOf(resource.free()));
        texts.put("feePer", FeeUnit.HOUR.name());
        var fee = resource.fee();
        if (fee != null) {
            texts.put("feeAmount", String.valueOf(fee.amount()));
            texts.put("feePer", fee.per().name());
            texts.put("feeNightPercent", String.valueOf(fee.nightPercent()));
            texts.put("feeWeekendPercent", String.valueOf(fee.weekendPercent()));
            texts.put("feeHolidayPercent", String.valueOf(fee.holidayPercent()));
            texts.put("feeDeposit", String.valueOf(fee.deposit()));
        }
        texts.put("paymentDeadlineHours", String.valueOf(policy.paymentDeadlineHours()));
        texts.put("waitlistClaimHours", String.valueOf(policy.waitlistClaimHours()));
        texts.put("eligibility", resource.eligibility().name());
        texts.put("eligibilityRegion", text(resource.eligibleRegion()));
        texts.put(
                "organizationIds",
                resource.eligibleOrganizations().stream()
                        .sorted()
                        .map(String::valueOf)
                        .collect(Collectors.joining(", ")));
        texts.put("maxActivePerUser", text(policy.maxActivePerUser()));
        texts.put("maxPerUserPerMonth", text(policy.maxPerUserPerMonth()));
        texts.put("description", text(resource.description()));
        texts.put("rules", text(resource.rules()));
        texts.put("contactPhone", text(resource.contactPhone()));
        texts.put("areaM2", resource.areaM2() == null ? "" : String.valueOf(resource.areaM2()));
        texts.put(
                "amenities",
                String.join(", ", resource.amenities().stream().sorted().toList()));
        var windows = new ArrayList<Window>();
        var seasons = new ArrayList<SeasonRow>();
        var rules = settings.openingRules();
        if (rules != null) {
            for (var window : list(rules.weekly())) {
                windows.add(new Window(
                        new LinkedHashSet<>(list(window.days())),
                        text(window.open()),
                        text(window.close()),
                        Boolean.TRUE.equals(window.volunteer())));
            }
            for (var season : list(rules.seasons())) {
                var seasonWindows = list(season.weekly());
                if (seasonWindows.isEmpty()) {
                    seasons.add(new SeasonRow(
                            text(season.name()), text(season.from()), text(season.to()), Set.of(), "", ""));
                }
                for (var window : seasonWindows) {
                    seasons.add(new SeasonRow(
                            text(season.name()),
                            text(season.from()),
                            text(season.to()),
                            new LinkedHashSet<>(list(window.days())),
                            text(window.open()),
                            text(window.close())));
                }
            }
            texts.put("closedDays", String.join(", ", list(rules.closedDays())));
            texts.put("closedDates", String.join(", ", list(rules.closedDates())));
            texts.put("closedOnPublicHolidays", String.valueOf(Boolean.TRUE.equals(rules.closedOnPublicHolidays())));
            texts.put("slotMinutes", text(rules.slotMinutes()));
            texts.put("minSlots", text(rules.minSlots()));
            texts.put("maxSlots", text(rules.maxSlots()));
            texts.put("bufferMinutes", text(rules.bufferMinutes()));
            texts.put("bookingOpensDaysAhead", text(rules.bookingOpensDaysAhead()));
            texts.put("bookingClosesHoursBefore", text(rules.bookingClosesHoursBefore()));
            texts.put("multiDay", String.valueOf(Boolean.TRUE.equals(rules.multiDay())));
            var release = rules.bookingRelease();
            if (release != null) {
                texts.put("releaseDay", text(release.dayOfMonth()));
                texts.put("releaseAt", text(release.at()));
                texts.put("releaseMonthsAhead", text(release.monthsAhead()));
            }
        }
        var refunds = new ArrayList<Refund>();
        policy.refundPercentByDaysBefore()
                .reversed()
                .forEach((days, percent) -> refunds.add(new Refund(String.valueOf(days), String.valueOf(percent))));
        return new ConsoleResourceForm(
                texts,
                padded(windows, windows.size() + 1, () -> new Window(Set.of(), "", "", false)),
                padded(seasons, seasons.size() + 1, () -> new SeasonRow("", "", "", Set.of(), "", "")),
                padded(refunds, refunds.size() + 1, () -> new Refund("", "")),
                new LinkedHashSet<>(policy.eligibleOrganizationTypes().stream()
                        .sorted()
                        .map(Enum::name)
                        .toList()),
                new LinkedHashSet<>(resource.accessibility().stream()
                        .sorted()
                        .map(Enum::name)
                        .toList()));
    }

    /**
     * The listing's command the form describes, or null when a field is not even of its type (a word for a number,
     * a number left out): each such mistake goes to {@code errors}, and the editing checks the rest.
     */
    @Nullable
    EditResource command(FormErrors errors) {
        var siteId = get("siteId");
        var newSite = NEW_SITE.equals(siteId);
        if (!newSite && !siteId.isBlank() && !siteId.matches("\\d{1,18}")) {
            errors.reject("siteId", "form.error.choice");
        }
        var site = newSite
                ? new EditResource.NewSite(
                        get("siteName").strip(),
                        get("siteAddress").strip(),
                        region("siteRegionCode", errors),
                        required(decimal("siteLat", errors), "siteLat", errors),
                        required(decimal("siteLng", errors), "siteLng", errors))
                : null;
        var free = !"false".equals(get("free"));
        var fee = free ? null : fee(errors);
        var eligibilityType = choice("eligibility", EligibilityType.class, errors);
        var organizationIds = Arrays.stream(get("organizationIds").split("[,\\s]+"))
                .filter(id -> !id.isBlank())
                .toList();
        if (organizationIds.stream().anyMatch(id -> !id.matches("\\d{1,18}"))) {
            errors.reject("organizationIds", "console.resource.error.organizationIds");
        }
        var types = new LinkedHashSet<OrganizationType>();
        for (var type : organizationTypes) {
            try {
                types.add(OrganizationType.valueOf(type));
            } catch (IllegalArgumentException unknown) {
                errors.reject("organizationIds", "form.error.choice");
            }
        }
        var refundTable = new TreeMap<Integer, Integer>();
        for (int n = 0; n < refunds.size(); n++) {
            var refund = refunds.get(n);
            if (refund.isBlank()) {
                continue;
            }
            if (!refund.days().strip().matches("\\d{1,3}")) {
                errors.reject("refunds-" + n + "-days", "console.resource.error.refunds");
            } else if (!refund.percent().strip().matches("\\d{1,3}")
                    || Integer.parseInt(refund.percent().strip()) > 100) {
                errors.reject("refunds-" + n + "-percent", "console.resource.error.refunds");
            } else {
                refundTable.put(
                        Integer.parseInt(refund.days().strip()),
                        Integer.parseInt(refund.percent().strip()));
            }
        }
        var accessibilityFeatures = new ArrayList<AccessibilityFeature>();
        for (var feature : accessibility) {
            try {
                accessibilityFeatures.add(AccessibilityFeature.valueOf(feature));
            } catch (IllegalArgumentException unknown) {
                errors.reject("accessibility", "form.error.choice");
            }
        }
        var residents = eligibilityType == EligibilityType.RESIDENTS
                && !get("eligibilityRegion").isBlank();
        var kind = choice("kind", ResourceKind.class, errors);
        var capacity = required((Integer) whole("capacity", errors, false), "capacity", errors);
        var quantity = required((Integer) whole("quantity", errors, false), "quantity", errors);
        var confirmation = choice("confirmation", Confirmation.class, errors);
        var region = residents ? region("eligibilityRegion", errors) : null;
        var maxActive = (Integer) whole("maxActivePerUser", errors, false);
        var maxPerMonth = (Integer) whole("maxPerUserPerMonth", errors, false);
        var paymentHours = (Integer) whole("paymentDeadlineHours", errors, false);
        var waitlistHours = (Integer) whole("waitlistClaimHours", errors, false);
        var area = decimal("areaM2", errors);
        var rules = openingRules(errors);
        if (!errors.isEmpty()) {
            return null;
        }
        var organizations = eligibilityType == EligibilityType.ORGANIZATIONS;
        return new EditResource(
                newSite || siteId.isBlank() ? null : new SiteId(Long.parseLong(siteId)),
                site,
                get("name"),
                get("category"),
                Objects.requireNonNull(kind),
                Objects.requireNonNull(capacity),
                Objects.requireNonNull(quantity),
                Objects.requireNonNull(confirmation),
                free,
                fee,
                Objects.requireNonNull(eligibilityType),
                region,
                organizations ? organizationIds.stream().map(Long::parseLong).toList() : List.of(),
                organizations ? types : Set.of(),
                maxActive,
                maxPerMonth,
                rules,
                refundTable.isEmpty() ? null : refundTable,
                paymentHours,
                waitlistHours,
                blankToNull(get("description")),
                blankToNull(get("rules")),
                blankToNull(get("contactPhone")),
                area,
                split(get("amenities")),
                accessibilityFeatures);
    }

    /** The fee of a resource that is not free: an amount and a unit, no part of it negative. */
    private @Nullable Fee fee(FormErrors errors) {
        var amount = required((Long) whole("feeAmount", errors, true), "feeAmount", errors);
        var per = choice("feePer", FeeUnit.class, errors);
        var night = (Integer) whole("feeNightPercent", errors, false);
        var weekend = (Integer) whole("feeWeekendPercent", errors, false);
        var holiday = (Integer) whole("feeHolidayPercent", errors, false);
        var deposit = (Long) whole("feeDeposit", errors, true);
        var parts = new LinkedHashMap<String, @Nullable Number>();
        parts.put("feeAmount", amount);
        parts.put("feeNightPercent", night);
        parts.put("feeWeekendPercent", weekend);
        parts.put("feeHolidayPercent", holiday);
        parts.put("feeDeposit", deposit);
        parts.forEach((field, part) -> {
            if (part != null && part.longValue() < 0) {
                errors.reject(field, "console.resource.error." + field);
            }
        });
        if (!errors.isEmpty() || amount == null || per == null) {
            return null;
        }
        return new Fee(
                amount,
                per,
                night == null ? 0 : night,
                weekend == null ? 0 : weekend,
                holiday == null ? 0 : holiday,
                deposit == null ? 0 : deposit);
    }

    private OpeningRulesSpec openingRules(FormErrors errors) {
        var weekly = new ArrayList<WindowSpec>();
        for (var window : windows) {
            if (!window.isBlank()) {
                weekly.add(new WindowSpec(
                        List.copyOf(window.days()),
                        window.open().strip(),
                        window.close().strip(),
                        window.volunteer()));
            }
        }
        var seasonSpecs = new LinkedHashMap<List<String>, List<WindowSpec>>();
        for (var row : seasons) {
            if (row.isBlank()) {
                continue;
            }
            var windowsOfSeason = seasonSpecs.computeIfAbsent(
                    List.of(row.name().strip(), row.from().strip(), row.to().strip()), key -> new ArrayList<>());
            if (!(row.days().isEmpty() && row.open().isBlank() && row.close().isBlank())) {
                windowsOfSeason.add(new WindowSpec(
                        List.copyOf(row.days()), row.open().strip(), row.close().strip(), false));
            }
        }
        var release = get("releaseDay").isBlank()
                        && get("releaseAt").isBlank()
                        && get("releaseMonthsAhead").isBlank()
                ? null
                : new OpeningRulesSpec.ReleaseSpec(
                        (Integer) whole("releaseDay", errors, false), blankToNull(get("releaseAt")), (Integer)
                                whole("releaseMonthsAhead", errors, false));
        return new OpeningRulesSpec(
                weekly,
                seasonSpecs.entrySet().stream()
                        .map(season -> new OpeningRulesSpec.SeasonSpec(
                                season.getKey().get(0),
                                season.getKey().get(1),
                                season.getKey().get(2),
                                season.getValue()))
                        .toList(),
                split(get("closedDays")),
                checked("closedOnPublicHolidays"),
                split(get("closedDates")),
                (Integer) whole("slotMinutes", errors, false),
                (Integer) whole("minSlots", errors, false),
                (Integer) whole("maxSlots", errors, false),
                (Integer) whole("bufferMinutes", errors, false),
                (Integer) whole("bookingOpensDaysAhead", errors, false),
                release,
                (Integer) whole("bookingClosesHoursBefore", errors, false),
                checked("multiDay"));
    }

    /** A region code as chosen: five digits, else a mistake beside the field. */
    private @Nullable RegionCode region(String field, FormErrors errors) {
        var code = get(field).strip();
        if (!code.matches("\\d{5}")) {
            errors.reject(field, "console.resource.error." + field);
            return null;
        }
        return new RegionCode(code);
    }

    /** The value, or a mistake beside its field when it was left out (its own message says what it takes). */
    private static <T> @Nullable T required(@Nullable T value, String field, FormErrors errors) {
        if (value == null && !errors.has(field)) {
            errors.reject(field, "console.resource.error." + field);
        }
        return value;
    }

    /**
     * The id of the field a mistake of the editing names ({@code openingRules.weekly[2].close} is
     * {@code windows-2-close}), and the key of the message to show there; {@code code} is the mistake's own
     * message key, or a bean validation's message.
     */
    static Map.Entry<String, String> fieldOf(String path, String code) {
        var field = idOf(path);
        var kind = field.replaceAll("-\\d+", "").replace('-', '.');
        if (kind.startsWith("windows")) {
            kind = code.equals("mistake.openingRules.overlap")
                    ? "window.overlap"
                    : kind.equals("windows") ? "window.none" : kind.replace("windows", "window");
        }
        if (kind.startsWith("seasons")) {
            kind = "seasons";
        }
        return Map.entry(field, "console.resource.error." + kind);
    }

    private static String idOf(String path) {
        if (path.startsWith("openingRules.")) {
            var rule = path.substring("openingRules.".length());
            var window = java.util.regex.Pattern.compile("weekly\\[(\\d+)](?:\\.(days|open|close))?")
                    .matcher(rule);
            if (window.matches()) {
                return "windows-" + window.group(1) + "-" + (window.group(2) == null ? "open" : window.group(2));
            }
            if (rule.startsWith("weekly")) {
                return "windows";
            }
            if (rule.startsWith("seasons")) {
                return "seasons-0-name";
            }
            if (rule.startsWith("closedDates")) {
                return "closedDates";
            }
            if (rule.startsWith("bookingRelease")) {
                return "releaseDay";
            }
            return rule;
        }
        return switch (path) {
            case "site", "site.name" -> "siteName";
            case "site.address" -> "siteAddress";
            case "site.regionCode" -> "siteRegionCode";
            case "site.lat" -> "siteLat";
            case "site.lng" -> "siteLng";
            case "fee", "fee.amount" -> "feeAmount";
            case "fee.per" -> "feePer";
            case "fee.nightPercent" -> "feeNightPercent";
            case "fee.weekendPercent" -> "feeWeekendPercent";
            case "fee.holidayPercent" -> "feeHolidayPercent";
            case "fee.deposit" -> "feeDeposit";
            case "eligibility", "eligibility.type" -> "eligibility";
            case "eligibility.regionCode" -> "eligibilityRegion";
            case "quota.maxActivePerUser" -> "maxActivePerUser";
            case "quota.maxPerUserPerMonth" -> "maxPerUserPerMonth";
            case "openingRules" -> "windows";
            default -> {
                if (path.startsWith("eligibility.organization")) {
                    yield "organizationIds";
                }
                if (path.equals("cancellation.paymentDeadlineHours")) {
                    yield "paymentDeadlineHours";
                }
                if (path.equals("cancellation.waitlistClaimHours")) {
                    yield "waitlistClaimHours";
                }
                if (path.startsWith("cancellation")) {
                    yield "refunds-0-days";
                }
                if (path.startsWith("amenities")) {
                    yield "amenities";
                }
                if (path.startsWith("accessibility")) {
                    yield "accessibility";
                }
                yield path;
            }
        };
    }

    private @Nullable Number whole(String field, FormErrors errors, boolean large) {
        var text = get(field).strip().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("-?\\d{1,9}")) {
            errors.reject(field, "form.error.number");
            return null;
        }
        return large ? (Number) Long.parseLong(text) : (Number) Integer.parseInt(text);
    }

    private @Nullable Double decimal(String field, FormErrors errors) {
        var text = get(field).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            errors.reject(field, "form.error.number");
            return null;
        }
    }

    private <E extends Enum<E>> @Nullable E choice(String field, Class<E> type, FormErrors errors) {
        try {
            return Enum.valueOf(type, get(field));
        } catch (IllegalArgumentException unknown) {
            errors.reject(field, "form.error.choice");
            return null;
        }
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("[,\\n]"))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .toList();
    }

    private static <T> List<T> rows(MultiValueMap<String, String> params, String name, Function<String, T> row) {
        var count = 0;
        var pattern = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(name) + "\\[(\\d{1,2})]\\..*");
        for (var key : params.keySet()) {
            var matcher = pattern.matcher(key);
            if (matcher.matches()) {
                count = Math.max(count, Integer.parseInt(matcher.group(1)) + 1);
            }
        }
        var rows = new ArrayList<T>();
        for (int n = 0; n < count; n++) {
            rows.add(row.apply(name + "[" + n + "]"));
        }
        return rows;
    }

    private static <T> List<T> padded(List<T> rows, int atLeast, java.util.function.Supplier<T> empty) {
        var padded = new ArrayList<>(rows);
        while (padded.size() < atLeast) {
            padded.add(empty.get());
        }
        return padded;
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        var value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
