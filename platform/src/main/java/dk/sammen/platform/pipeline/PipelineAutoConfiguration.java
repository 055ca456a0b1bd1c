package dk.sammen.platform.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.platform.PlatformMigrations;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.serialization.Deserializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * The event pipeline's resilience in every service: Kafka consumers that park what they cannot
 * process ({@link ConsumerResilience}), the parked records' store and REST resource, and the
 * stall gauges and health component ({@link PipelineMonitor}).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(PipelineProperties.class)
public class PipelineAutoConfiguration {

    static final String PIPELINE_MIGRATIONS = "classpath:db/pipeline";

    @Bean
    FlywayConfigurationCustomizer parkedRecordMigrations() {
        return PlatformMigrations.adding(PIPELINE_MIGRATIONS, false);
    }

    @Bean
    DeadLetterTopics deadLetterTopics(KafkaProperties kafka) {
        return new DeadLetterTopics(kafka.buildProducerProperties(null));
    }

    @Bean
    ParkedRecords parkedRecords(JdbcClient jdbc, PlatformTransactionManager transactions, DeadLetterTopics deadLetterTopics,
                                ObjectProvider<KafkaListenerEndpointRegistry> listeners, ObjectMapper json, ObjectProvider<Clock> clock,
                                Deserializer<CloudEvent> cloudEventValues) {
        return new ParkedRecords(jdbc, new TransactionTemplate(transactions), deadLetterTopics,
                new ListenerRedelivery(listeners), json, clock.getIfAvailable(Clock::systemUTC), cloudEventValues);
    }

    @Bean
    ConsumerProgress consumerProgress(ObjectProvider<Clock> clock) {
        return new ConsumerProgress(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ConsumerResilience consumerResilience(ParkedRecords parked, ConsumerProgress progress, PipelineProperties properties) {
        return new ConsumerResilience(parked, progress, properties);
    }

    /** The health component {@code eventPipeline}. */
    @Bean
    PipelineMonitor eventPipelineHealthIndicator(ConsumerProgress consumers, ObjectProvider<ProcessorProgress> processors,
                                                 ParkedRecords parked, ObjectProvider<ProcessorDeadLetters> parkedEvents,
                                                 PipelineProperties properties, MeterRegistry meters) {
        return new PipelineMonitor(consumers, processors.getIfAvailable(), parked, parkedEvents.getIfAvailable(), properties, meters);
    }

    @Bean
    @ConditionalOnWebApplication
    DeadLetterController deadLetterController(ParkedRecords parked) {
        return new DeadLetterController(parked);
    }
}
