package dk.sammen.referrals.underretning;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The intake's queue at each scrape: underretninger awaiting assessment, and those past their
 * assessment deadline still unassessed (deadline breaches are counted as they happen, in
 * {@code sammen.referrals.deadline.breaches}).
 */
@Component
class IntakeMetrics {

    IntakeMetrics(JdbcClient jdbc, MeterRegistry meters) {
        Gauge.builder("sammen.referrals.awaiting.assessment", () -> jdbc.sql(
                        "SELECT count(*) FROM underretning_view WHERE assessed_at IS NULL AND NOT handled_outside_system").query(Long.class).single())
                .description("Underretninger not yet assessed").register(meters);
        Gauge.builder("sammen.referrals.assessment.overdue", () -> jdbc.sql(
                        "SELECT count(*) FROM underretning_view WHERE assessed_at IS NULL AND assessment_due < now()").query(Long.class).single())
                .description("Underretninger past their assessment deadline and not yet assessed").register(meters);
    }
}
