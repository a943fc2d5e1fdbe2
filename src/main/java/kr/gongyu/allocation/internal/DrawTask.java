package kr.gongyu.allocation.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import kr.gongyu.allocation.LotteryRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler task that draws a round at its draw instant: one instance per round, named by its id, run on one
 * node. A node that dies mid-draw rolled its transaction back; db-scheduler runs the instance again elsewhere.
 */
@Configuration(proxyBeanMethods = false)
public class DrawTask {

    public static final String NAME = "lottery-draw";

    private static final Logger log = LoggerFactory.getLogger(DrawTask.class);

    @Bean
    OneTimeTask<Void> lotteryDrawTask(LotteryDraw draw) {
        return Tasks.oneTime(NAME).execute((instance, context) -> {
            try {
                draw.draw(Long.parseLong(instance.getId()));
            } catch (LotteryRefused cancelled) {
                // A round cancelled after its draw was scheduled has nothing to draw.
                log.info("Lottery {} not drawn: {}", instance.getId(), cancelled.reason());
            }
        });
    }
}
