package dk.sammen.referrals.erasure;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The intake register keeps an underretning that led nowhere (decided: no further action) for
 * {@code sammen.referrals.retention-after-no-action} (default five years) after the decision;
 * then its words, its reporter and the register's CPR numbers and names go
 * ({@link ErasedCitizens#forgetUnderretning}). Checked every hour by one replica at a time; one
 * underretning that fails is left for the next run and stops no other.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ErasedCitizens erased;
    private final Clock clock;
    private final Period afterNoAction;

    Retention(JdbcClient jdbc, PlatformTransactionManager transactions, ErasedCitizens erased, Clock clock,
              @Value("${sammen.referrals.retention-after-no-action:P5Y}") Period afterNoAction) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.erased = erased;
        this.clock = clock;
        this.afterNoAction = afterNoAction;
    }

    /** @return how many underretninger were forgotten */
    public int forgetThoseDue() {
        Timestamp decidedBefore = Timestamp.from(clock.instant().atZone(ZoneOffset.UTC).minus(afterNoAction).toInstant());
        record Due(UUID underretningId, UUID citizenId) {
        }
        List<Due> due = jdbc.sql("""
                        SELECT underretning_id, citizen_id FROM underretning_view
                        WHERE decision = 'NO_FURTHER_ACTION' AND decided_at < ?""")
                .param(decidedBefore).query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        int forgotten = 0;
        for (Due underretning : due) {
            try {
                transactions.executeWithoutResult(tx -> {
                    erased.forgetUnderretning(underretning.underretningId());
                    // A household known only from what was forgotten is forgotten with it.
                    jdbc.sql("DELETE FROM household_link WHERE citizen_id = ? AND NOT EXISTS (SELECT 1 FROM underretning_view WHERE citizen_id = ?)")
                            .params(underretning.citizenId(), underretning.citizenId()).update();
                });
                forgotten++;
            } catch (RuntimeException failed) {
                log.error("Could not forget underretning {} after its retention period; tried again next hour: {}",
                        underretning.underretningId(), failed.toString());
            }
        }
        return forgotten;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> underretningRetention(Retention retention) {
            return Tasks.recurring("underretning-retention", FixedDelay.of(Duration.ofHours(1)))
                    .execute((instance, context) -> retention.forgetThoseDue());
        }
    }
}
