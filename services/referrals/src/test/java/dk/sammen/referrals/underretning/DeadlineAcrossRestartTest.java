package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.platform.test.TestInfrastructure;
import dk.sammen.referrals.ReferralsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A deadline outlives the instance that scheduled it: one instance receives the underretning and
 * stops; another, started on the same database, records the breach when the deadline passes.
 */
class DeadlineAcrossRestartTest {

    private static ConfigurableApplicationContext start(String database, String topicPrefix) {
        var postgres = TestInfrastructure.postgres();
        return new SpringApplicationBuilder(ReferralsApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.jdbcUrl(database),
                "--spring.datasource.username=" + postgres.user(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
                "--sammen.kafka.topic-prefix=" + topicPrefix,
                "--sammen.referrals.deadlines.assessment-within=PT10S",
                "--db-scheduler.polling-interval=1s",
                "--sammen.allow-development-keys=true");
    }

    @Test
    void aDeadlineScheduledBeforeARestartIsMetAfterIt() {
        String database = TestInfrastructure.freshDatabase("referrals_restart");
        String topicPrefix = "t" + TestInfrastructure.shortId() + ".";
        UUID underretningId = UUID.randomUUID();

        try (ConfigurableApplicationContext before = start(database, topicPrefix)) {
            before.getBean(UnderretningIntake.class).receive(underretningId, new ReceiveUnderretningRequest(
                    null, new ReceiveUnderretningRequest.Reporter(ReporterKind.PRIVATE_CITIZEN, true, null, null, null, null),
                    List.of(), false, false, null, List.of(), Set.of(ConcernCategory.NEGLECT), "Bekymring", IntakeChannel.PHONE,
                    Instant.now(), false));
        }
        try (ConfigurableApplicationContext after = start(database, topicPrefix)) {
            JdbcClient jdbc = after.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(40)).until(() -> jdbc.sql("""
                            SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%DeadlineMissed'""")
                    .param(underretningId.toString()).query(Long.class).single() == 1);
            // Nothing left of the underretning's deadlines; the hourly retention task stays, as it should.
            assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name <> 'underretning-retention'").query(Long.class).single())
                    .isZero();
        }
    }
}
