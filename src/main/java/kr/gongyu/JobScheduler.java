package kr.gongyu;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Runs the modules' jobs with db-scheduler: recurring ones ({@link RecurringTask} beans) and one-off ones
 * ({@link OneTimeTask} beans, scheduled through the {@link SchedulerClient} bean, such as an import). Their schedule
 * lives in the {@code scheduled_tasks} table, and each run is picked by one node only, whichever polls first; a
 * one-off instance scheduled for now starts at once on the node that scheduled it, without waiting for a poll.
 */
@Component
class JobScheduler implements SmartLifecycle {

    private final Scheduler scheduler;
    private volatile boolean running;

    JobScheduler(DataSource dataSource, List<RecurringTask<?>> tasks, List<OneTimeTask<?>> oneTimeTasks, Clock clock) {
        // Start tasks are known tasks as well: naming them once is enough.
        this.scheduler = Scheduler.create(dataSource, List.copyOf(oneTimeTasks))
                .startTasks(tasks)
                // The application's one "now": a job scheduled "now" by the application is due now for the scheduler.
                .clock(clock::instant)
                .enableImmediateExecution()
                .threads(2)
                .pollingInterval(Duration.ofSeconds(2))
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    /** Schedules one-off task instances; the same scheduler that runs them, so that one due now starts at once. */
    @Bean
    SchedulerClient schedulerClient() {
        return scheduler;
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        scheduler.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Not paused with an idle test context: db-scheduler's scheduler does not start again once stopped, so a
     * context brought back from Spring's test cache would fail to start.
     */
    @Override
    public boolean isPauseable() {
        return false;
    }
}
