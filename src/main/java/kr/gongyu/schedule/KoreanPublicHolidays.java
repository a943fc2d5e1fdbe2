package kr.gongyu.schedule;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.JulianFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public holidays of the Republic of Korea under 관공서의 공휴일에 관한 규정, computed for any year from the rules
 * and the Korean lunar calendar, with the 대체공휴일 (substitute holidays) each rule has earned since it took effect.
 *
 * <p>Only the named days of the regulation are computed. Election days and days the government designates for one
 * occasion (임시공휴일) cannot be computed and are left to operators; Sundays are not listed either. Every year is
 * computed with one list, the one in force since 한글날 returned in 2013: the days dropped before it (식목일, 제헌절 to
 * 2007, 국군의 날, the second and third days of 신정) are not carried, and substitutes start from the date each step
 * of Article 3 took effect, the first in 2014.
 */
public final class KoreanPublicHolidays {

    /** The first and last years computed: wide enough for any booking, and bounded so that the cache stays small. */
    private static final int FIRST_YEAR = 1900;

    private static final int LAST_YEAR = 2199;

    private static final Map<Integer, SortedMap<LocalDate, Holiday>> BY_YEAR = new ConcurrentHashMap<>();

    /**
     * ICU's Korean lunar calendar ({@code DangiCalendar}), reached through the locale keyword because the class itself
     * is marked internal. It reckons new moons at the Seoul meridian, so it puts some of them a day after the Chinese
     * calendar does (설날 2028, 부처님오신날 2023) and, in 2012, the leap month elsewhere.
     */
    private static final ULocale KOREAN_LUNAR = new ULocale("ko_KR@calendar=dangi");

    private static final String SUBSTITUTE = "대체공휴일";

    private static final String SUBSTITUTE_EN = "Substitute holiday";

    /**
     * A public holiday: its date, Korean and English names, and whether it is a substitute (대체공휴일).
     *
     * @param date the day off
     * @param name the Korean name, with the names of two holidays on one day joined by "·"
     * @param nameEn the English name, with the names of two holidays on one day joined by " / "
     * @param substitute whether the day is a 대체공휴일 given in place of a holiday that was lost
     */
    public record Holiday(LocalDate date, String name, String nameEn, boolean substitute) {}

    /**
     * Whether a weekend or a clash earns a holiday a substitute, and from when: Article 3 of the regulation reached the
     * holidays in three steps.
     */
    private enum Substitution {
        NEVER(null, EnumSet.noneOf(DayOfWeek.class)),
        /**
         * 설날 and 추석 (amendment of 5 Nov 2013): "다른 공휴일과 겹치는 경우". Sunday is itself a 공휴일 of the
         * regulation, so it triggers; a Saturday is not, so it never does.
         */
        SEOLLAL_AND_CHUSEOK(LocalDate.of(2014, 1, 1), EnumSet.of(DayOfWeek.SUNDAY)),
        /** 어린이날 (same amendment): a Saturday or another 공휴일, Sunday included. */
        CHILDRENS_DAY(LocalDate.of(2014, 1, 1), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)),
        /** 삼일절, 광복절, 개천절, 한글날 (amendment of 4 Aug 2021, first used for 광복절 2021). */
        NATIONAL_DAYS(LocalDate.of(2021, 8, 4), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)),
        /** 부처님오신날 and 기독탄신일 (amendment of 4 May 2023). */
        BUDDHAS_BIRTHDAY_AND_CHRISTMAS(LocalDate.of(2023, 5, 4), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

        private final LocalDate from;
        private final Set<DayOfWeek> weekendTriggers;

        Substitution(LocalDate from, Set<DayOfWeek> weekendTriggers) {
            this.from = from;
            this.weekendTriggers = weekendTriggers;
        }

        boolean appliesOn(LocalDate date) {
            return from != null && !date.isBefore(from);
        }

        boolean triggeredBy(DayOfWeek day) {
            return weekendTriggers.contains(day);
        }
    }

    /**
     * The holidays of the regulation. The declaration order, fixed-date holidays by date and then the lunar ones, is
     * the order in which the names of two holidays on one day are joined ("어린이날·부처님오신날").
     */
    private enum Kind {
        NEW_YEARS_DAY("신정", "New Year's Day", Substitution.NEVER),
        INDEPENDENCE_MOVEMENT_DAY("삼일절", "Independence Movement Day", Substitution.NATIONAL_DAYS),
        CHILDRENS_DAY("어린이날", "Children's Day", Substitution.CHILDRENS_DAY),
        MEMORIAL_DAY("현충일", "Memorial Day", Substitution.NEVER),
        LIBERATION_DAY("광복절", "Liberation Day", Substitution.NATIONAL_DAYS),
        NATIONAL_FOUNDATION_DAY("개천절", "National Foundation Day", Substitution.NATIONAL_DAYS),
        HANGUL_DAY("한글날", "Hangul Day", Substitution.NATIONAL_DAYS),
        CHRISTMAS_DAY("기독탄신일", "Christmas Day", Substitution.BUDDHAS_BIRTHDAY_AND_CHRISTMAS),
        SEOLLAL("설날", "Seollal", Substitution.SEOLLAL_AND_CHUSEOK),
        BUDDHAS_BIRTHDAY("부처님오신날", "Buddha's Birthday", Substitution.BUDDHAS_BIRTHDAY_AND_CHRISTMAS),
        CHUSEOK("추석", "Chuseok", Substitution.SEOLLAL_AND_CHUSEOK);

        private final String name;
        private final String nameEn;
        private final Substitution substitution;

        Kind(String name, String nameEn, Substitution substitution) {
            this.name = name;
            this.nameEn = nameEn;
            this.substitution = substitution;
        }
    }

    /** One holiday on one date, before clashes are merged and substitutes found. */
    private record Occurrence(LocalDate date, Kind kind, String nameEn) {

        Occurrence(LocalDate date, Kind kind) {
            this(date, kind, kind.nameEn);
        }

        boolean substitutable() {
            return kind.substitution.appliesOn(date);
        }

        boolean lostToTheWeekend() {
            return substitutable() && kind.substitution.triggeredBy(date.getDayOfWeek());
        }
    }

    private KoreanPublicHolidays() {}

    /**
     * The holidays of a year, by date. A date appears once even where two holidays fall on it, their names joined.
     *
     * @param year a year from 1900 to 2199
     * @return the holidays and substitute holidays of the year, in date order; unmodifiable
     * @throws IllegalArgumentException for a year outside the computed range
     */
    public static SortedMap<LocalDate, Holiday> of(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "Korean public holidays are computed for " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
        }
        // The lunar conversions dominate the cost, so each year is computed once.
        return BY_YEAR.computeIfAbsent(year, KoreanPublicHolidays::compute);
    }

    /**
     * Whether a date is a public holiday or a substitute holiday. Sundays as such are not: ask the date for its day of
     * the week.
     *
     * @param date a date from 1900 to 2199
     * @return whether the date is one of {@link #of(int)}'s holidays
     */
    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).containsKey(date);
    }

    private static SortedMap<LocalDate, Holiday> compute(int year) {
        SortedMap<LocalDate, List<Occurrence>> byDate = occurrences(year).stream()
                .sorted(Comparator.comparing(Occurrence::kind))
                .collect(Collectors.groupingBy(Occurrence::date, TreeMap::new, Collectors.toList()));
        Set<LocalDate> taken = new HashSet<>(byDate.keySet());
        SortedMap<LocalDate, Holiday> holidays = new TreeMap<>();
        // In date order, so that when two substitutes would fall on one day the later clash takes the next free day.
        byDate.forEach((date, onDate) -> {
            holidays.put(
                    date, new Holiday(date, joinedNames(onDate), joinedNamesEn(onDate, Occurrence::nameEn), false));
            LocalDate next = date;
            for (List<Occurrence> lost : substitutesOwed(onDate)) {
                next = firstFreeWeekdayAfter(next, taken);
                taken.add(next);
                holidays.put(
                        next,
                        new Holiday(
                                next,
                                SUBSTITUTE + "(" + joinedNames(lost) + ")",
                                SUBSTITUTE_EN + " (" + joinedNamesEn(lost, o -> o.kind().nameEn) + ")",
                                true));
            }
        });
        return Collections.unmodifiableSortedMap(holidays);
    }

    /** The named days of the regulation in a year, one entry per holiday and date. */
    private static List<Occurrence> occurrences(int year) {
        List<Occurrence> all = new ArrayList<>();
        all.add(new Occurrence(LocalDate.of(year, Month.JANUARY, 1), Kind.NEW_YEARS_DAY));
        all.add(new Occurrence(LocalDate.of(year, Month.MARCH, 1), Kind.INDEPENDENCE_MOVEMENT_DAY));
        all.add(new Occurrence(LocalDate.of(year, Month.MAY, 5), Kind.CHILDRENS_DAY));
        all.add(new Occurrence(LocalDate.of(year, Month.JUNE, 6), Kind.MEMORIAL_DAY));
        all.add(new Occurrence(LocalDate.of(year, Month.AUGUST, 15), Kind.LIBERATION_DAY));
        all.add(new Occurrence(LocalDate.of(year, Month.OCTOBER, 3), Kind.NATIONAL_FOUNDATION_DAY));
        // Dropped from the list in 1991 to thin out October's holidays, restored by the amendment of December 2012.
        if (year >= 2013) {
            all.add(new Occurrence(LocalDate.of(year, Month.OCTOBER, 9), Kind.HANGUL_DAY));
        }
        all.add(new Occurrence(LocalDate.of(year, Month.DECEMBER, 25), Kind.CHRISTMAS_DAY));

        // 설날 is the first of the first month with the day before it, which is the last day of the twelfth month
        // whether that month has 29 days or 30, and the day after.
        LocalDate seollal = fromKoreanLunar(year, 1, 1);
        all.add(new Occurrence(seollal.minusDays(1), Kind.SEOLLAL, "Seollal holiday"));
        all.add(new Occurrence(seollal, Kind.SEOLLAL));
        all.add(new Occurrence(seollal.plusDays(1), Kind.SEOLLAL, "Seollal holiday"));

        all.add(new Occurrence(fromKoreanLunar(year, 4, 8), Kind.BUDDHAS_BIRTHDAY));

        LocalDate chuseok = fromKoreanLunar(year, 8, 15);
        all.add(new Occurrence(chuseok.minusDays(1), Kind.CHUSEOK, "Chuseok holiday"));
        all.add(new Occurrence(chuseok, Kind.CHUSEOK));
        all.add(new Occurrence(chuseok.plusDays(1), Kind.CHUSEOK, "Chuseok holiday"));
        return all;
    }

    /**
     * The substitutes that the holidays on one date owe, each as the holidays it stands for. A substitute gives back a
     * day off that was lost, so a date owes as many as it lost: one for each substitutable holiday on a weekend day
     * that its rule counts, or, where several holidays share the date, one for each beyond the first, whichever is
     * more. 어린이날 and 부처님오신날 on Monday 5 May 2025 owed one substitute, Tuesday the 6th, not two.
     */
    private static List<List<Occurrence>> substitutesOwed(List<Occurrence> onDate) {
        List<Occurrence> substitutable =
                onDate.stream().filter(Occurrence::substitutable).toList();
        List<Occurrence> lostToTheWeekend =
                substitutable.stream().filter(Occurrence::lostToTheWeekend).toList();
        // Only a substitutable holiday can claim the day a clash costs: in 2017 추석's eve on 개천절 earned one
        // substitute, for 추석, because the national days had none before 2021.
        int lostToTheClash = Math.min(onDate.size() - 1, substitutable.size());
        int owed = Math.max(lostToTheWeekend.size(), lostToTheClash);
        if (owed == 0) {
            return List.of();
        }
        if (owed == lostToTheWeekend.size()) {
            return lostToTheWeekend.stream().map(List::of).toList();
        }
        if (owed == substitutable.size()) {
            return substitutable.stream().map(List::of).toList();
        }
        // Fewer days lost than holidays that could claim them: the substitute stands for the clash as a whole.
        return Collections.nCopies(owed, substitutable);
    }

    /** "그 날 다음의 첫 번째 비공휴일": the first day after that is neither a weekend day nor a holiday already. */
    private static LocalDate firstFreeWeekdayAfter(LocalDate date, Set<LocalDate> taken) {
        LocalDate next = date.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY
                || next.getDayOfWeek() == DayOfWeek.SUNDAY
                || taken.contains(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static String joinedNames(List<Occurrence> occurrences) {
        return occurrences.stream().map(o -> o.kind().name).collect(Collectors.joining("·"));
    }

    private static String joinedNamesEn(List<Occurrence> occurrences, Function<Occurrence, String> name) {
        return occurrences.stream().map(name).collect(Collectors.joining(" / "));
    }

    /**
     * The Gregorian date of a day of the Korean lunar year that begins in {@code year}, in an ordinary (not leap)
     * month.
     */
    private static LocalDate fromKoreanLunar(int year, int month, int day) {
        Calendar lunar = Calendar.getInstance(TimeZone.GMT_ZONE, KOREAN_LUNAR);
        if (!"dangi".equals(lunar.getType())) {
            throw new IllegalStateException("ICU did not provide the Korean lunar calendar but " + lunar.getType());
        }
        // The lunar year begins between 21 January and 20 February, so 1 July always lies in the one that begins in
        // this year; its extended year numbers it without the 60-year cycle.
        lunar.clear();
        lunar.set(Calendar.JULIAN_DAY, julianDay(LocalDate.of(year, Month.JULY, 1)));
        int lunarYear = lunar.get(Calendar.EXTENDED_YEAR);

        lunar.clear();
        lunar.set(Calendar.EXTENDED_YEAR, lunarYear);
        lunar.set(Calendar.MONTH, month - 1);
        // A leap month repeats the number of the month before it; the holidays fall in the ordinary one.
        lunar.set(Calendar.IS_LEAP_MONTH, 0);
        lunar.set(Calendar.DAY_OF_MONTH, day);
        LocalDate date = LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, lunar.get(Calendar.JULIAN_DAY));

        // A lenient calendar would quietly roll an impossible date over; read the fields back to be sure it did not.
        if (lunar.get(Calendar.EXTENDED_YEAR) != lunarYear
                || lunar.get(Calendar.MONTH) != month - 1
                || lunar.get(Calendar.IS_LEAP_MONTH) != 0
                || lunar.get(Calendar.DAY_OF_MONTH) != day) {
            throw new IllegalStateException("No lunar " + month + "/" + day + " in the lunar year of " + year);
        }
        return date;
    }

    private static int julianDay(LocalDate date) {
        return Math.toIntExact(date.getLong(JulianFields.JULIAN_DAY));
    }
}
