package dk.sammen.plans.erasure;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** Erasure after the retention period, checked every hour by one replica at a time (db-scheduler). */
@Configuration(proxyBeanMethods = false)
class RetentionSchedule {

    @Bean
    RecurringTask<Void> personalDataRetention(Erasure erasure) {
        return Tasks.recurring("personal-data-retention", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> erasure.eraseThoseDue());
    }
}
