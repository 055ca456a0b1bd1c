package dk.sammen.platform.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.events.Topics;
import dk.sammen.platform.PlatformMigrations;
import dk.sammen.platform.kafka.KafkaTopics;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The audit trail in every service: its table (migrated with the service's own schema), the
 * filter that writes to it, the data-protection officer's endpoints, and its publication on the
 * audit topic.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnWebApplication
@ConditionalOnBean(DataSource.class)
public class AuditAutoConfiguration {

    static final String AUDIT_MIGRATIONS = "classpath:db/audit";

    @Bean
    FlywayConfigurationCustomizer auditTrailMigrations() {
        return PlatformMigrations.adding(AUDIT_MIGRATIONS, false);
    }

    @Bean
    AuditTrail auditTrail(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        return new AuditTrail(jdbc, new TransactionTemplate(transactions), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    AuditFilter auditFilter(AuditTrail trail, ObjectProvider<AuditSubjects> subjects, MeterRegistry meters, ObjectMapper json) {
        return new AuditFilter(trail, subjects.getIfAvailable(() -> courseId -> Optional.empty()),
                Counter.builder("sammen.audit.failures").description("Requests that could not be written to the audit trail")
                        .register(meters), json);
    }

    /** The filter runs inside the security filter chain (after authentication), not as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<AuditFilter> auditFilterOnlyInTheSecurityChain(AuditFilter filter) {
        FilterRegistrationBean<AuditFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    AuditController auditController(AuditTrail trail) {
        return new AuditController(trail);
    }

    @Bean
    AuditPublisher auditPublisher(AuditTrail trail, JdbcClient jdbc, PlatformTransactionManager transactions,
                                  KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate, KafkaTopics topics,
                                  @Value("${spring.application.name}") String service,
                                  @Value("${sammen.audit.publish-interval:1s}") Duration interval) {
        return new AuditPublisher(trail, jdbc, new TransactionTemplate(transactions), cloudEventKafkaTemplate,
                topics.name(Topics.AUDIT), service, interval);
    }
}
