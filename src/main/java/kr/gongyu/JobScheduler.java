package kr.gongyu;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the modules' jobs ({@link RecurringTask} beans) with db-scheduler: their schedule lives in the
 * {@code scheduled_tasks} table, and each run is picked by one node only, whichever polls first.
 */
@Component
class JobScheduler implements SmartLifecycle {

    private final Scheduler scheduler;
    private volatile boolean running;

    JobScheduler(DataSource dataSource, List<RecurringTask<?>> tasks) {
        // Start tasks are known tasks as well: naming them once is enough.
        this.scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .threads(2)
                .pollingInterval(Duration.ofSeconds(2))
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
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
}
