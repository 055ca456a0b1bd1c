package dk.sammen.platform.relay;

import dk.sammen.platform.kafka.CloudEventKafkaAutoConfiguration;
import dk.sammen.platform.kafka.KafkaTopics;
import dk.sammen.platform.tracing.TraceContexts;
import dk.sammen.platform.tracing.TracingAutoConfiguration;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.List;
import java.util.OptionalLong;

/** Switched on by {@code sammen.relay.topic} in every service that writes events. */
@AutoConfiguration(after = {CloudEventKafkaAutoConfiguration.class, TracingAutoConfiguration.class})
@ConditionalOnClass(EventStorageEngine.class)
@ConditionalOnProperty("sammen.relay.topic")
@EnableConfigurationProperties(RelayProperties.class)
public class RelayAutoConfiguration {

    @Bean
    IntegrationEventRelay integrationEventRelay(List<IntegrationEventTranslator> translators,
                                                KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate,
                                                KafkaAdmin admin,
                                                KafkaTopics topics,
                                                RelayProperties properties,
                                                MeterRegistry meters,
                                                TraceContexts traces) {
        return new IntegrationEventRelay(translators, cloudEventKafkaTemplate, admin, topics, properties, meters, traces);
    }

    /**
     * How many stored events the relay has not yet published: the event store's head minus the
     * relay's position. Only the instance that holds the relay's segment knows its position;
     * the others report 0, so the alert takes the maximum over instances.
     */
    @Bean
    SmartInitializingSingleton relayLagGauge(EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry meters) {
        return () -> Gauge.builder("sammen.relay.lag", () -> relayLag(processing, eventStore))
                .description("Events stored but not yet published by the relay").baseUnit("events").register(meters);
    }

    private static double relayLag(EventProcessingConfiguration processing, EventStore eventStore) {
        var relay = processing.eventProcessor(IntegrationEventRelay.PROCESSING_GROUP, StreamingEventProcessor.class);
        if (relay.isEmpty()) {
            return 0;
        }
        TrackingToken headToken = eventStore.createHeadToken();
        OptionalLong head = headToken == null ? OptionalLong.empty() : headToken.position();
        OptionalLong position = relay.get().processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min();
        if (head.isEmpty() || position.isEmpty()) {
            return 0;
        }
        return Math.max(0, head.getAsLong() - position.getAsLong());
    }

    @Bean
    NewTopic integrationEventTopic(KafkaTopics topics, RelayProperties properties) {
        return topics.definition(properties.topic());
    }
}
