package kr.gongyu.search.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import kr.gongyu.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Computes the free time of every published resource over the coming days before anyone searches them, so that
 * a search seldom meets a day that is not stored: at the first start, each midnight's new date, and after a change
 * made days out of date. A db-scheduler task, so one node at a time; the application starts without waiting for it.
 */
@Configuration(proxyBeanMethods = false)
class FreeDaysJob {

    private static final Logger log = LoggerFactory.getLogger(FreeDaysJob.class);

    @Bean
    RecurringTask<Void> searchFreeDaysTask(FreeDaysSettings settings, FreeTime freeTime, Clock clock) {
        return Tasks.recurring("search-free-days", FixedDelay.of(settings.interval()))
                .execute((instance, context) -> {
                    var started = System.nanoTime();
                    var computed = freeTime.fillAhead(LocalDate.now(clock.withZone(Seoul.ZONE)), settings.ahead());
                    var took = Duration.ofNanos(System.nanoTime() - started).toMillis();
                    if (computed > 0) {
                        log.info("Computed {} days of free time ahead of search in {} ms", computed, took);
                    } else {
                        log.debug("No day of free time to compute ahead of search; looking took {} ms", took);
                    }
                });
    }
}
