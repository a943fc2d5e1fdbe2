package kr.gongyu.payment.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import kr.gongyu.payment.PaymentRefunds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Gives owed refunds back through their providers: a db-scheduler task, so one node at a time. */
@Configuration(proxyBeanMethods = false)
class RefundJob {

    private static final int BATCH = 100;

    @Bean
    RecurringTask<Void> paymentRefundTask(PaymentSettings settings, PaymentRefunds refunds) {
        return Tasks.recurring("payment-refunds", FixedDelay.of(settings.refundInterval()))
                .execute((instance, context) -> refunds.giveBackOwed(BATCH));
    }
}
