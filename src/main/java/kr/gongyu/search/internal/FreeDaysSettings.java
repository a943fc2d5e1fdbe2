package kr.gongyu.search.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gongyu.search.free-days.*}: how far ahead {@link FreeDaysJob} computes the free time of every published
 * resource before anyone searches, how often it looks for days to compute, and how many days a node keeps in memory.
 *
 * @param ahead the days after today computed ahead (today too); a search of a later date computes its own
 * @param interval how often the job runs: each run computes the days that are missing or out of date, such as
 *     the date that entered the horizon at midnight, or every day after a holiday was added
 * @param kept the most days a node keeps in memory ({@link LocalDays}), equal days of a date shared (a week of
 *     100,000 resources is 700,000 days); 0 keeps none
 */
@ConfigurationProperties("gongyu.search.free-days")
public record FreeDaysSettings(
        @DefaultValue("60") int ahead,
        @DefaultValue("PT5M") Duration interval,
        @DefaultValue("1000000") int kept) {}
