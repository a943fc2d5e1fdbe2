package kr.gongyu.schedule;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Closed days (휴관일) as the national standard data for opened public facilities (전국공공시설개방정보표준데이터) writes
 * them in its free-text column, and as opening rules in the API take them: {@code ["매주 월요일", "매월 첫째·셋째 주
 * 화요일"]}.
 *
 * <p>The rules are kept without duplicates and in a fixed order, so texts that name the same days make equal values
 * and {@link #describe()} always reads the same way. No rules at all means open all year (연중무휴).
 *
 * <p>Public holidays and the dates of 설날 and 추석 follow the lunar calendar and government decisions, so a
 * {@link HolidayCalendar} brings them in from outside and this value stays a pure reading of its texts.
 */
public record ClosedDays(List<Rule> rules) {

    private static final ClosedDays NONE = new ClosedDays(List.of());

    private static final String DAY_NAMES = "월화수목금토일";

    public ClosedDays {
        rules = rules.stream()
                .distinct()
                .sorted(Comparator.comparingInt(ClosedDays::order))
                .toList();
    }

    /** Open all year (연중무휴). */
    public static ClosedDays none() {
        return NONE;
    }

    /** Whether any rule closes the facility on {@code date}. */
    public boolean closes(LocalDate date, HolidayCalendar calendar) {
        return rules.stream().anyMatch(rule -> rule.closes(date, calendar));
    }

    /**
     * Parses the texts of the 휴관일 column or of an opening rule, each of which may name several days.
     *
     * <p>Parts are joined by {@code , · / ;}, line breaks, 및, 와 or 과, and a list shares what stands before and after
     * it: "매주 월·화요일", "매월 2, 4번째 일요일", "설날, 추석 당일". A weekday alone means every week ("월요일", "주말"),
     * ordinals alone every month ("둘째·넷째 주 월요일"), and 설날 or 추석 without 당일 or 연휴 the whole period, since
     * facilities that close for them usually close for all three days. Whitespace may appear anywhere, even inside
     * words ("법정 공휴일", "첫 번째").
     *
     * <p>A remark in parentheses adds the days it names when it reads as closed days itself ("(1월 1일 포함)"); any
     * other remark qualifies the days before it and is dropped: "매주 월요일(공휴일인 경우 개관)" closes every Monday,
     * holiday or not. The qualifier is lost, and that errs on the side of closing.
     *
     * @throws IllegalArgumentException with the message {@code 알 수 없는 휴관일: <part>} naming the part not understood
     */
    public static ClosedDays parse(List<String> texts) {
        var rules = new ArrayList<Rule>();
        for (var text : texts) {
            rules.addAll(read(text));
        }
        return new ClosedDays(rules);
    }

    /** Parses one text; see {@link #parse(List)}. */
    public static ClosedDays parse(String text) {
        return parse(List.of(text));
    }

    /**
     * One canonical Korean text per rule, which {@link #parse(List)} reads back as the same value, e.g. "매주 월요일",
     * "매월 첫째 주 화요일", "공휴일", "1월 1일", "설날 연휴", "추석 당일". Open all year is the empty list.
     */
    public List<String> describe() {
        return rules.stream().map(Rule::describe).toList();
    }

    /** The rules in words for a reader of {@code locale}: English texts for English, else {@link #describe()}. */
    public List<String> describe(Locale locale) {
        return inEnglish(locale) ? rules.stream().map(Rule::inEnglish).toList() : describe();
    }

    static boolean inEnglish(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** One kind of closed day. */
    public sealed interface Rule permits Weekly, MonthlyNth, PublicHolidays, FixedDate, LunarHoliday {

        /** Whether this rule closes the facility on {@code date}. */
        boolean closes(LocalDate date, HolidayCalendar calendar);

        /** The canonical Korean text, which {@link ClosedDays#parse(String)} reads back as this rule. */
        String describe();

        /** The rule in English words, for the pages and answers in English ("every Monday"). */
        String inEnglish();
    }

    /** Every week on one day: 매주 월요일. */
    public record Weekly(DayOfWeek day) implements Rule {

        public Weekly {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public boolean closes(LocalDate date, HolidayCalendar calendar) {
            return date.getDayOfWeek() == day;
        }

        @Override
        public String describe() {
            return "매주 " + dayName(day);
        }

        @Override
        public String inEnglish() {
            return "every " + englishName(day);
        }
    }

    /**
     * The {@code nth} such weekday of every month: 매월 첫째 주 화요일. Weekdays are counted from the first of the month,
     * whatever calendar week they fall in, so the first Tuesday is on day 1–7 and the second on day 8–14; {@link #LAST}
     * is the last such weekday, whether the fourth or the fifth.
     */
    public record MonthlyNth(int nth, DayOfWeek day) implements Rule {

        /** The last such weekday of the month (마지막). */
        public static final int LAST = -1;

        public MonthlyNth {
            if (nth != LAST && (nth < 1 || nth > 5)) {
                throw new IllegalArgumentException("A month has a first to fifth or a last weekday, not " + nth);
            }
            Objects.requireNonNull(day, "day");
        }

        @Override
        public boolean closes(LocalDate date, HolidayCalendar calendar) {
            if (date.getDayOfWeek() != day) {
                return false;
            }
            return nth == LAST
                    ? date.getDayOfMonth() + 7 > date.lengthOfMonth()
                    : (date.getDayOfMonth() - 1) / 7 + 1 == nth;
        }

        @Override
        public String describe() {
            var ordinal = switch (nth) {
                case 1 -> "첫째";
                case 2 -> "둘째";
                case 3 -> "셋째";
                case 4 -> "넷째";
                case 5 -> "다섯째";
                default -> "마지막";
            };
            return "매월 " + ordinal + " 주 " + dayName(day);
        }

        @Override
        public String inEnglish() {
            var ordinal = switch (nth) {
                case 1 -> "first";
                case 2 -> "second";
                case 3 -> "third";
                case 4 -> "fourth";
                case 5 -> "fifth";
                default -> "last";
            };
            return "the " + ordinal + " " + englishName(day) + " of every month";
        }
    }

    /**
     * Whatever days the {@link HolidayCalendar} calls public holidays: 공휴일, 법정공휴일, 국경일. In Korea these include
     * the 설날 and 추석 periods and substitute holidays.
     */
    public record PublicHolidays() implements Rule {

        @Override
        public boolean closes(LocalDate date, HolidayCalendar calendar) {
            return calendar.isPublicHoliday(date);
        }

        @Override
        public String describe() {
            return "공휴일";
        }

        @Override
        public String inEnglish() {
            return "public holidays";
        }
    }

    /** The same day every year: 1월 1일, 1/1, 신정. 2월 29일 closes in leap years only. */
    public record FixedDate(MonthDay date) implements Rule {

        public FixedDate {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public boolean closes(LocalDate day, HolidayCalendar calendar) {
            return MonthDay.from(day).equals(date);
        }

        @Override
        public String describe() {
            return date.getMonthValue() + "월 " + date.getDayOfMonth() + "일";
        }

        @Override
        public String inEnglish() {
            return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth();
        }
    }

    /**
     * 설날 or 추석 of the lunar calendar: the day itself (당일) or the three-day holiday period (연휴), as the
     * {@link HolidayCalendar} dates them.
     */
    public record LunarHoliday(Kind kind, boolean wholeHolidayPeriod) implements Rule {

        /** The two lunar holidays with a three-day period. */
        public enum Kind {
            SEOLLAL("설날", "Seollal"),
            CHUSEOK("추석", "Chuseok");

            private final String label;
            private final String english;

            Kind(String label, String english) {
                this.label = label;
                this.english = english;
            }

            public String label() {
                return label;
            }
        }

        public LunarHoliday {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public boolean closes(LocalDate date, HolidayCalendar calendar) {
            var period = calendar.period(kind, date.getYear());
            return wholeHolidayPeriod ? period.contains(date) : period.get(1).equals(date);
        }

        @Override
        public String describe() {
            return kind.label() + (wholeHolidayPeriod ? " 연휴" : " 당일");
        }

        @Override
        public String inEnglish() {
            return wholeHolidayPeriod ? "the " + kind.english + " holidays" : kind.english + " day";
        }
    }

    /**
     * The holidays that some rules depend on, which need the lunar calendar and the government's announcements.
     *
     * @param publicHoliday whether a date is a public holiday (공휴일), substitute holidays included
     * @param seollal the 설날 period of a year: the day before, the day itself and the day after, in that order
     * @param chuseok the 추석 period of a year, in the same order
     */
    public record HolidayCalendar(
            Predicate<LocalDate> publicHoliday,
            IntFunction<List<LocalDate>> seollal,
            IntFunction<List<LocalDate>> chuseok) {

        public HolidayCalendar {
            Objects.requireNonNull(publicHoliday, "publicHoliday");
            Objects.requireNonNull(seollal, "seollal");
            Objects.requireNonNull(chuseok, "chuseok");
        }

        public boolean isPublicHoliday(LocalDate date) {
            return publicHoliday.test(date);
        }

        /**
         * The three days of a lunar holiday period in {@code year}. Neither period crosses the new year (설날 falls
         * between 21 January and 20 February), so a date's own year finds the period it may belong to.
         */
        public List<LocalDate> period(LunarHoliday.Kind kind, int year) {
            var days = switch (kind) {
                case SEOLLAL -> seollal.apply(year);
                case CHUSEOK -> chuseok.apply(year);
            };
            if (days.size() != 3) {
                throw new IllegalStateException(
                        "The " + kind + " period of " + year + " must have three days, not " + days);
            }
            return days;
        }
    }

    private static String dayName(DayOfWeek day) {
        return DAY_NAMES.charAt(day.getValue() - 1) + "요일";
    }

    private static String englishName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The canonical order: by kind of rule, then by weekday, ordinal or date. */
    private static int order(Rule rule) {
        return switch (rule) {
            case Weekly weekly -> 10_000 + weekly.day().getValue();
            case MonthlyNth monthly ->
                20_000 + monthly.day().getValue() * 10 + (monthly.nth() == MonthlyNth.LAST ? 9 : monthly.nth());
            case PublicHolidays _ -> 30_000;
            case FixedDate fixed ->
                40_000 + fixed.date().getMonthValue() * 100 + fixed.date().getDayOfMonth();
            case LunarHoliday lunar -> 50_000 + lunar.kind().ordinal() * 2 + (lunar.wholeHolidayPeriod() ? 0 : 1);
        };
    }

    private static List<Rule> read(String text) {
        // Files exported on macOS may spell Hangul as decomposed jamo, which would match none of the words.
        var remarks = Remarks.of(Normalizer.normalize(text, Normalizer.Form.NFC));
        var rules = new Reader(remarks.text()).rules();
        for (var remark : remarks.remarks()) {
            try {
                rules.addAll(read(remark));
            } catch (IllegalArgumentException qualifier) {
                // "(공휴일인 경우 개관)", "(단, 공휴일은 개관)": it qualifies the days before it rather than naming more.
            }
        }
        return rules;
    }

    /** A text with its parenthesised remarks cut out, each replaced by a space, and the remarks. */
    private record Remarks(String text, List<String> remarks) {

        static Remarks of(String text) {
            var rest = new StringBuilder();
            var remarks = new ArrayList<String>();
            var remark = new StringBuilder();
            int depth = 0;
            for (char c : text.toCharArray()) {
                if (c == '(' || c == '（') {
                    if (depth++ == 0) {
                        rest.append(' ');
                    } else {
                        remark.append(c);
                    }
                } else if ((c == ')' || c == '）') && depth > 0) {
                    if (--depth == 0) {
                        remarks.add(remark.toString());
                        remark.setLength(0);
                    } else {
                        remark.append(c);
                    }
                } else {
                    (depth > 0 ? remark : rest).append(c);
                }
            }
            if (depth > 0) {
                // A truncated cell: the unclosed remark runs to the end.
                remarks.add(remark.toString());
            }
            return new Remarks(rest.toString(), remarks);
        }
    }

    /** The words of a text. */
    private sealed interface Token {

        /** 매주 or 매월. */
        record Every(boolean monthly) implements Token {}

        /** 첫째, 2번째, 마지막 ... */
        record Ordinal(int nth) implements Token {}

        /** 주, as in 첫째 주. */
        record Week() implements Token {}

        /** 월요일, 월, or 주말 (two days). */
        record Days(List<DayOfWeek> days) implements Token {}

        /** 공휴일 and its synonyms. */
        record Holiday() implements Token {}

        /** 설날, 추석, or 명절 (both). */
        record Lunar(List<LunarHoliday.Kind> kinds) implements Token {}

        /** 연휴 (the whole period) or 당일 (the day only). */
        record Extent(boolean wholePeriod) implements Token {}

        record Date(MonthDay date) implements Token {}

        /** 없음, 연중무휴, -. */
        record Nothing() implements Token {}

        /** Joins parts or the items of a list. */
        record Separator() implements Token {}

        /** A word that adds no meaning, such as 휴관 in "매주 월요일 휴관"; the lexer drops it. */
        record Filler() implements Token {}

        record Unknown() implements Token {}
    }

    /** A token and where it starts, so that an error can quote the part around it. */
    private record Lexeme(Token token, int start) {}

    private record Keyword(String word, Token token) {}

    /**
     * Cuts a text into tokens. Blanks end a number but are otherwise ignored, even inside a word ("법정 공휴일", "첫 번째");
     * line breaks separate parts.
     */
    private static final class Lexer {

        private static final List<Keyword> KEYWORDS = keywords();

        private final String text;
        private int at;

        Lexer(String text) {
            this.text = text;
        }

        List<Lexeme> lexemes() {
            var lexemes = new ArrayList<Lexeme>();
            while ((at = skipBlanks(at)) < text.length()) {
                int start = at;
                var token = isDigit(at) ? number() : word();
                if (!(token instanceof Token.Filler)) {
                    lexemes.add(new Lexeme(token, start));
                }
            }
            return lexemes;
        }

        private Token word() {
            // The keywords are longest first, so 일요일 wins over 일 and 매월 over 월.
            for (var keyword : KEYWORDS) {
                int end = match(keyword.word(), at);
                if (end >= 0) {
                    at = end;
                    return keyword.token();
                }
            }
            at++;
            return new Token.Unknown();
        }

        /** A date (1/1, 12월 25일) or an ordinal (2, 4번째, 2주). */
        private Token number() {
            int first = digits();
            int afterSlash = match("/", at);
            if (afterSlash >= 0 && isDigit(skipBlanks(afterSlash))) {
                int slash = at;
                at = skipBlanks(afterSlash);
                int second = digits();
                if (match("주", at) < 0 && match("번째", at) < 0 && match("째", at) < 0) {
                    return date(first, second);
                }
                // "매월 2/4주 월요일": the slash lists ordinals, so leave it to be read as a separator.
                at = slash;
                return ordinal(first);
            }
            int afterMonth = match("월", at);
            if (afterMonth >= 0 && match("월요일", at) < 0) {
                at = skipBlanks(afterMonth);
                if (!isDigit(at)) {
                    return new Token.Unknown(); // "3월": a month, which is not a closed day
                }
                int day = digits();
                int afterDay = match("일", at);
                if (afterDay < 0) {
                    return new Token.Unknown();
                }
                at = afterDay;
                return date(first, day);
            }
            int afterDay = match("일", at);
            if (afterDay >= 0 && match("일요일", at) < 0) {
                // "매월 1일": a day of every month. Read as an ordinal it would silently become the first Sunday.
                at = afterDay;
                return new Token.Unknown();
            }
            return ordinal(first);
        }

        private Token ordinal(int nth) {
            for (var suffix : List.of("번째", "째")) {
                int end = match(suffix, at);
                if (end >= 0) {
                    at = end;
                    break;
                }
            }
            return nth >= 1 && nth <= 5 ? new Token.Ordinal(nth) : new Token.Unknown();
        }

        private static Token date(int month, int day) {
            try {
                return new Token.Date(MonthDay.of(month, day));
            } catch (DateTimeException notADate) {
                return new Token.Unknown();
            }
        }

        private int digits() {
            int value = 0;
            while (isDigit(at)) {
                // Capped, as no meaningful number has more than two digits and a long one must not overflow.
                value = Math.min(value * 10 + text.charAt(at++) - '0', 1_000);
            }
            return value;
        }

        private boolean isDigit(int index) {
            return index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9';
        }

        /** Where {@code word} ends if it starts at {@code from}, blanks between its letters allowed; -1 if not. */
        private int match(String word, int from) {
            int index = from;
            for (int k = 0; k < word.length(); k++) {
                index = skipBlanks(index);
                if (index >= text.length() || text.charAt(index) != word.charAt(k)) {
                    return -1;
                }
                index++;
            }
            return index;
        }

        private int skipBlanks(int index) {
            while (index < text.length() && isBlank(text.charAt(index))) {
                index++;
            }
            return index;
        }

        private static boolean isBlank(char c) {
            return c != '\n' && c != '\r' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
        }

        private static List<Keyword> keywords() {
            var keywords = new ArrayList<Keyword>();
            add(keywords, new Token.Every(false), "매주");
            add(keywords, new Token.Every(true), "매월", "매달");
            add(keywords, new Token.Ordinal(1), "첫째", "첫번째", "첫");
            add(keywords, new Token.Ordinal(2), "둘째", "두번째");
            add(keywords, new Token.Ordinal(3), "셋째", "세번째");
            add(keywords, new Token.Ordinal(4), "넷째", "네번째", "네째");
            add(keywords, new Token.Ordinal(5), "다섯째", "다섯번째");
            add(keywords, new Token.Ordinal(MonthlyNth.LAST), "마지막");
            add(keywords, new Token.Week(), "주");
            for (var day : DayOfWeek.values()) {
                var name = String.valueOf(DAY_NAMES.charAt(day.getValue() - 1));
                add(keywords, new Token.Days(List.of(day)), name + "요일", name);
            }
            add(keywords, new Token.Days(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)), "주말");
            add(keywords, new Token.Holiday(), "공휴일", "법정공휴일", "대체공휴일", "국경일");
            add(keywords, new Token.Lunar(List.of(LunarHoliday.Kind.SEOLLAL)), "설날", "설", "구정");
            add(keywords, new Token.Lunar(List.of(LunarHoliday.Kind.CHUSEOK)), "추석", "한가위");
            add(keywords, new Token.Lunar(List.of(LunarHoliday.Kind.values())), "명절");
            add(keywords, new Token.Extent(true), "연휴");
            add(keywords, new Token.Extent(false), "당일");
            add(keywords, new Token.Date(MonthDay.of(1, 1)), "신정");
            add(keywords, new Token.Date(MonthDay.of(12, 25)), "성탄절");
            add(keywords, new Token.Nothing(), "없음", "연중무휴", "무휴", "-");
            add(keywords, new Token.Separator(), ",", "，", "、", "·", "ㆍ", "・", "∙", "•", "/", ";", ".", "&");
            add(keywords, new Token.Separator(), "\n", "\r", "및", "와", "과", "그리고");
            add(keywords, new Token.Filler(), "정기", "휴관일", "휴관", "휴무일", "휴무", "포함", "매년");
            keywords.sort(
                    Comparator.comparingInt((Keyword keyword) -> keyword.word().length())
                            .reversed());
            return List.copyOf(keywords);
        }

        private static void add(List<Keyword> keywords, Token token, String... words) {
            for (var word : words) {
                keywords.add(new Keyword(word, token));
            }
        }
    }

    /**
     * Reads rules from tokens, phrase by phrase. A phrase is one kind of rule with its lists: "매월 첫째·셋째 주 화요일"
     * is one phrase, "매주 월요일 및 공휴일" two. Separators between phrases are optional.
     */
    private static final class Reader {

        private final String text;
        private final List<Lexeme> lexemes;
        private final List<Rule> rules = new ArrayList<>();
        private int next;
        private int phraseStart;

        Reader(String text) {
            this.text = text;
            this.lexemes = new Lexer(text).lexemes();
        }

        List<Rule> rules() {
            while (skipSeparators()) {
                phraseStart = next;
                phrase();
            }
            return rules;
        }

        private void phrase() {
            switch (peek()) {
                case Token.Every every -> {
                    next++;
                    if (every.monthly()) {
                        monthly();
                    } else {
                        weekly();
                    }
                }
                case Token.Ordinal _ -> monthly(); // 매월 is often left out: "둘째·넷째 주 월요일"
                case Token.Days _ -> weekly(); // a weekday alone means every week: "월요일", "주말"
                case Token.Holiday _ -> {
                    next++;
                    rules.add(new PublicHolidays());
                }
                case Token.Lunar _ -> lunar();
                case Token.Date date -> {
                    next++;
                    rules.add(new FixedDate(date.date()));
                }
                case Token.Nothing _ -> next++;
                case null, default -> throw notUnderstood();
            }
        }

        private void weekly() {
            for (var day : weekdays()) {
                rules.add(new Weekly(day));
            }
        }

        private void monthly() {
            var nths = ordinals();
            var days = weekdays();
            for (var nth : nths) {
                for (var day : days) {
                    rules.add(new MonthlyNth(nth, day));
                }
            }
        }

        /** 첫째·셋째 주, 2, 4번째, 2·4주: ordinals, each with an optional 주. */
        private List<Integer> ordinals() {
            var nths = new ArrayList<Integer>();
            do {
                if (!(peek() instanceof Token.Ordinal(var nth))) {
                    throw notUnderstood();
                }
                next++;
                nths.add(nth);
                if (peek() instanceof Token.Week) {
                    next++;
                }
            } while (continuesWith(Token.Ordinal.class));
            return nths;
        }

        /** 월·화요일, 월, 화, 토·일요일, 주말. */
        private List<DayOfWeek> weekdays() {
            var days = new ArrayList<DayOfWeek>();
            do {
                if (!(peek() instanceof Token.Days(var listed))) {
                    throw notUnderstood();
                }
                next++;
                days.addAll(listed);
            } while (continuesWith(Token.Days.class));
            return days;
        }

        /** 설날·추석, 설날 및 추석 연휴, 명절 당일: the extent, 연휴 unless said otherwise, applies to the whole list. */
        private void lunar() {
            var kinds = new ArrayList<LunarHoliday.Kind>();
            do {
                if (!(peek() instanceof Token.Lunar(var listed))) {
                    throw notUnderstood();
                }
                next++;
                kinds.addAll(listed);
            } while (continuesWith(Token.Lunar.class));
            boolean wholePeriod = true;
            if (peek() instanceof Token.Extent(var whole)) {
                next++;
                wholePeriod = whole;
            }
            for (var kind : kinds) {
                rules.add(new LunarHoliday(kind, wholePeriod));
            }
        }

        /** Whether a list goes on with another item of {@code kind}, after any separators; if so, moves to it. */
        private boolean continuesWith(Class<? extends Token> kind) {
            int ahead = next;
            while (ahead < lexemes.size() && lexemes.get(ahead).token() instanceof Token.Separator) {
                ahead++;
            }
            if (ahead < lexemes.size() && kind.isInstance(lexemes.get(ahead).token())) {
                next = ahead;
                return true;
            }
            return false;
        }

        /** Moves past separators; whether a phrase follows. */
        private boolean skipSeparators() {
            while (peek() instanceof Token.Separator) {
                next++;
            }
            return next < lexemes.size();
        }

        private @Nullable Token peek() {
            return next < lexemes.size() ? lexemes.get(next).token() : null;
        }

        /** The phrase being read, up to the separator after the word that stopped it. */
        private IllegalArgumentException notUnderstood() {
            int end = text.length();
            for (int i = next; i < lexemes.size(); i++) {
                if (lexemes.get(i).token() instanceof Token.Separator) {
                    end = lexemes.get(i).start();
                    break;
                }
            }
            var part = text.substring(lexemes.get(phraseStart).start(), end).strip();
            return new IllegalArgumentException("알 수 없는 휴관일: " + part);
        }
    }
}
