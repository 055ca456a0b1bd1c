package dk.sammen.platform.pipeline;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Axon's JDBC sequenced dead-letter queue for every streaming processor of a service (a
 * subscribing one runs in its command's transaction, where a failure must fail the command), the
 * policy that fills it ({@link ParkAfterAttempts}), a savepoint per event handler so a handler the
 * database refused leaves a transaction that can still park it ({@link SavepointPerEventHandler}),
 * and the processors' progress for the stall check.
 */
@AutoConfiguration(before = JdbcAutoConfiguration.class)
@ConditionalOnClass(EventProcessingConfiguration.class)
public class ProcessorDeadLetterAutoConfiguration {

    /** Takes the place of Axon's own, which gives a queue only to processors configured one by one. */
    @Bean
    @SuppressWarnings("NullAway") // Axon's provider contract: null is "no queue for this processing group"
    DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(
            EventProcessorProperties processors, ConnectionProvider connections, TransactionManager transactions,
            DeadLetterSchema schema, @Qualifier("eventSerializer") Serializer eventSerializer, Serializer genericSerializer) {
        return new DeadLetterQueueProviderConfigurerModule(processors, group -> null) {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing().registerDeadLetterQueueProvider(group -> streaming(processors, group)
                        ? config -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .schema(schema)
                        .genericSerializer(genericSerializer)
                        .eventSerializer(eventSerializer)
                        .build()
                        : null);
            }
        };
    }

    @Bean
    HandlerEnhancerDefinition savepointPerEventHandler(DataSource dataSource) {
        return new SavepointPerEventHandler(dataSource);
    }

    @Bean
    ConfigurerModule parkAfterAttempts(PipelineProperties properties) {
        return configurer -> configurer.eventProcessing()
                .registerDefaultDeadLetterPolicy(config -> new ParkAfterAttempts(properties.attempts()));
    }

    @Bean
    ProcessorProgress processorProgress(EventProcessingConfiguration processing, JdbcClient jdbc, ObjectProvider<Clock> clock) {
        return new ProcessorProgress(processing, jdbc, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ProcessorDeadLetters processorDeadLetters(JdbcClient jdbc, EventProcessingConfiguration processing,
                                              PlatformTransactionManager transactions) {
        return new ProcessorDeadLetters(jdbc, processing, new TransactionTemplate(transactions));
    }

    @Bean
    @ConditionalOnWebApplication
    ProcessorDeadLetterController processorDeadLetterController(ProcessorDeadLetters parked) {
        return new ProcessorDeadLetterController(parked);
    }

    private static boolean streaming(EventProcessorProperties processors, String group) {
        return Optional.ofNullable(processors.getProcessors().get(group))
                .map(settings -> settings.getMode() != EventProcessorProperties.Mode.SUBSCRIBING)
                .orElse(true);
    }
}
