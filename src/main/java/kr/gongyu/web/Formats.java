package kr.gongyu.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.CategoryGroup;
import kr.gongyu.identity.PersonName;
import kr.gongyu.institution.Region;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the pages write dates, times, money and the catalogue's names in the reader's language; templates call
 * it as {@code @formats}. Times are always Seoul's.
 */
@Component("formats")
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static boolean korean() {
        return !locale().getLanguage().equals("en");
    }

    /** 12,000원, or ₩12,000 in English. */
    public String money(long won) {
        var amount = NumberFormat.getIntegerInstance(locale()).format(won);
        return messages.getMessage("format.money", new Object[] {amount}, locale());
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** 2026년 11월 25일 수요일, or Wednesday, November 25, 2026. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale())
                .format(date);
    }

    /** 11. 25. (수), or Wed 11/25: a day in a week's view. */
    public String shortDate(LocalDate date) {
        return DateTimeFormatter.ofPattern(korean() ? "M. d. (E)" : "EEE M/d", locale())
                .format(date);
    }

    /** 2026년 11월, or November 2026. */
    public String month(LocalDate date) {
        return DateTimeFormatter.ofPattern(korean() ? "yyyy년 M월" : "MMMM yyyy", locale())
                .format(date);
    }

    public String time(LocalTime time) {
        return TIME.format(time);
    }

    /** The instant in Seoul's offset, as a form sends a time back (2027-03-12T09:00+09:00). */
    public OffsetDateTime offsetDateTime(Instant instant) {
        return instant.atZone(Seoul.ZONE).toOffsetDateTime();
    }

    public String time(Instant instant) {
        return TIME.format(instant.atZone(Seoul.ZONE));
    }

    /** The date and time in Seoul: 2026. 11. 25. 14:00, or Nov 25, 2026 14:00. */
    public String dateTime(Instant instant) {
        var seoul = instant.atZone(Seoul.ZONE);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(seoul)
                + " " + TIME.format(seoul);
    }

    public String category(Category category) {
        return korean() ? category.label() : category.labelEn();
    }

    public String group(CategoryGroup group) {
        return korean() ? group.label() : group.labelEn();
    }

    public String region(Region region) {
        return korean() ? region.name() : region.nameEn();
    }

    /** The name of an enum constant in the reader's language, from the key {@code enum.Type.CONSTANT}. */
    public String name(Enum<?> value) {
        return messages.getMessage(
                "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null, locale());
    }

    /** A person's name as lists show it: masked (홍*동). */
    public String maskedName(String name) {
        return new PersonName(name).masked();
    }
}
