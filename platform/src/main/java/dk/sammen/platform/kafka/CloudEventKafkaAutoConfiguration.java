package dk.sammen.platform.kafka;

import dk.sammen.events.Topics;
import dk.sammen.platform.pipeline.ConsumerResilience;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

import java.util.Map;

/**
 * CloudEvents on Kafka in binary mode (attributes in {@code ce_*} headers, JSON data in the
 * value), through the CloudEvents SDK's serializers, for every service that publishes or consumes.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(KafkaTopicsProperties.class)
public class CloudEventKafkaAutoConfiguration {

    @Bean
    KafkaTopics kafkaTopics(KafkaTopicsProperties properties) {
        return new KafkaTopics(properties);
    }

    /**
     * Every service's topic by name, for consumers ({@code topics = "#{@plansTopic}"}), and each
     * created with the platform's partitions and retention when a service starts, so a consumer
     * can subscribe before the topic's owner first publishes.
     */
    @Bean
    String plansTopic(KafkaTopics topics) {
        return topics.name(Topics.PLANS);
    }

    @Bean
    String referralsTopic(KafkaTopics topics) {
        return topics.name(Topics.REFERRALS);
    }

    @Bean
    String offersTopic(KafkaTopics topics) {
        return topics.name(Topics.OFFERS);
    }

    @Bean
    KafkaAdmin.NewTopics sammenTopics(KafkaTopics topics) {
        return new KafkaAdmin.NewTopics(Topics.PUBLISHED.stream().map(topics::definition).toArray(NewTopic[]::new));
    }

    @Bean
    KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties(null);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        KafkaTemplate<String, CloudEvent> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        // Puts the current trace context (W3C traceparent) in every record's headers.
        template.setObservationEnabled(true);
        return template;
    }

    /** How every consumer reads a record's value (and an operator's retry reads a parked one). */
    @Bean
    TopicOwnerDeserializer cloudEventValues(KafkaTopics topics) {
        return new TopicOwnerDeserializer(topics);
    }

    @Bean
    ConsumerFactory<String, CloudEvent> cloudEventConsumerFactory(KafkaProperties kafka, KafkaTopics topics,
                                                                  ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> config = kafka.buildConsumerProperties(null);
        // A record that is no CloudEvent, or not its topic owner's, reaches the error handler as itself,
        // to be parked, instead of failing every poll or being acted on.
        DefaultKafkaConsumerFactory<String, CloudEvent> factory = new DefaultKafkaConsumerFactory<>(config, StringDeserializer::new,
                () -> new ErrorHandlingDeserializer<>(new TopicOwnerDeserializer(topics)));
        // The consumers' own metrics, among them records-lag-max per partition: the consumer-lag alert.
        meters.ifAvailable(registry -> factory.addListener(new MicrometerConsumerListener<>(registry)));
        return factory;
    }

    /** Every topic's dead-letter topic, created like the topic itself (see {@link ConsumerResilience}). */
    @Bean
    KafkaAdmin.NewTopics sammenDeadLetterTopics(KafkaTopics topics) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream().map(topic -> topics.definition(Topics.deadLetterTopicOf(topic)))
                .toArray(NewTopic[]::new));
    }

    /**
     * For {@code @KafkaListener(containerFactory = "cloudEventListenerFactory")}. Offsets are
     * committed after a record is handled, so delivery is at least once: listeners must be
     * idempotent (dedupe on the CloudEvent id). A record that fails by itself is retried a few
     * times and then parked on its dead-letter topic, with its key's later records parked behind
     * it; while the database or broker is down, records wait: nothing is lost, a course's order is kept.
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, CloudEvent> cloudEventListenerFactory(
            ConsumerFactory<String, CloudEvent> cloudEventConsumerFactory, ConsumerResilience resilience) {
        return listenerFactory(cloudEventConsumerFactory, false, resilience);
    }

    /**
     * For listeners that take a poll's records as one {@code List<CloudEvent>}, e.g. to store
     * them in one transaction: the same guarantees, with offsets committed after each batch. The
     * listener must name the record that failed ({@code BatchListenerFailedException}), so that
     * record alone is retried and parked.
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, CloudEvent> cloudEventBatchListenerFactory(
            ConsumerFactory<String, CloudEvent> cloudEventConsumerFactory, ConsumerResilience resilience) {
        return listenerFactory(cloudEventConsumerFactory, true, resilience);
    }

    private static ConcurrentKafkaListenerContainerFactory<String, CloudEvent> listenerFactory(
            ConsumerFactory<String, CloudEvent> consumerFactory, boolean batch, ConsumerResilience resilience) {
        var factory = new ConcurrentKafkaListenerContainerFactory<String, CloudEvent>();
        factory.setConsumerFactory(consumerFactory);
        factory.setBatchListener(batch);
        // Continues the trace in a record's headers (record listeners; batch listeners do it per record themselves).
        factory.getContainerProperties().setObservationEnabled(true);
        factory.getContainerProperties().setAckMode(batch ? ContainerProperties.AckMode.BATCH : ContainerProperties.AckMode.RECORD);
        resilience.applyTo(factory, batch);
        return factory;
    }
}
