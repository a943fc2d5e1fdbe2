package kr.gongyu.schedule;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Korean public holidays: those the law fixes, computed ({@link KoreanPublicHolidays}), and those an operator
 * adds (election days, one-off designated holidays).
 */
@Service
public class Holidays {

    private final JdbcClient jdbc;
    /** The added holidays, few and rarely changed, read on every calendar: kept in memory, reloaded on change. */
    private final AtomicReference<Map<LocalDate, String>> added = new AtomicReference<>();

    private final ApplicationEventPublisher events;

    Holidays(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public boolean isPublicHoliday(LocalDate date) {
        return KoreanPublicHolidays.isHoliday(date) || added().containsKey(date);
    }

    /** The holidays of a year, computed and added, by date, with their Korean names. */
    public Map<LocalDate, String> of(int year) {
        var holidays = new TreeMap<LocalDate, String>();
        KoreanPublicHolidays.of(year).forEach((date, holiday) -> holidays.put(date, holiday.name()));
        added().forEach((date, name) -> {
            if (date.getYear() == year) {
                holidays.merge(date, name, (computed, extra) -> computed + "·" + extra);
            }
        });
        return holidays;
    }

    /** The view of holidays that closed-day rules need (설날 연휴, 추석 당일, 공휴일). */
    public ClosedDays.HolidayCalendar calendar() {
        return new ClosedDays.HolidayCalendar(
                this::isPublicHoliday, year -> lunarPeriod(year, "Seollal"), year -> lunarPeriod(year, "Chuseok"));
    }

    /** The three days of 설날 or 추석 in a year, in order, from the computed holidays. */
    private static List<LocalDate> lunarPeriod(int year, String englishName) {
        return KoreanPublicHolidays.of(year).values().stream()
                .filter(holiday -> !holiday.substitute() && holiday.nameEn().contains(englishName))
                .map(KoreanPublicHolidays.Holiday::date)
                .toList();
    }

    @Transactional
    public void add(LocalDate date, String name) {
        jdbc.sql("delete from added_holiday where holiday_date = :date")
                .param("date", Date.valueOf(date))
                .update();
        jdbc.sql("insert into added_holiday (holiday_date, name) values (:date, :name)")
                .param("date", Date.valueOf(date))
                .param("name", name)
                .update();
        added.set(null);
        events.publishEvent(new HolidaysChanged(date));
    }

    @Transactional
    public boolean remove(LocalDate date) {
        var removed = jdbc.sql("delete from added_holiday where holiday_date = :date")
                        .param("date", Date.valueOf(date))
                        .update()
                > 0;
        added.set(null);
        if (removed) {
            events.publishEvent(new HolidaysChanged(date));
        }
        return removed;
    }

    private Map<LocalDate, String> added() {
        var current = added.get();
        if (current == null) {
            var loaded = new TreeMap<LocalDate, String>();
            jdbc.sql("select holiday_date, name from added_holiday").query(rs -> {
                loaded.put(rs.getDate("holiday_date").toLocalDate(), rs.getString("name"));
            });
            current = Map.copyOf(loaded);
            added.set(current);
        }
        return current;
    }
}
