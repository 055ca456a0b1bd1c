package dk.sammen.platform.relay;

import dk.sammen.platform.kafka.CloudEventKafkaAutoConfiguration;
import dk.sammen.platform.kafka.KafkaTopics;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.List;

/** Switched on by {@code sammen.relay.topic} in every service that writes events. */
@AutoConfiguration(after = CloudEventKafkaAutoConfiguration.class)
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
                                                MeterRegistry meters) {
        return new IntegrationEventRelay(translators, cloudEventKafkaTemplate, admin, topics, properties, meters);
    }

    @Bean
    NewTopic integrationEventTopic(KafkaTopics topics, RelayProperties properties) {
        return topics.definition(properties.topic());
    }
}
