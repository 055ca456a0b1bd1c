package dk.sammen.platform.pipeline;

import dk.sammen.events.Topics;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Publishes a parked record to its topic's dead-letter topic, {@code <topic>.dlt}: the same key
 * (so the partitioner puts a course's parked records together), the original headers and bytes,
 * and Spring Kafka's {@code kafka_dlt-*} headers naming the original topic, partition, offset and
 * time, the consumer group and the exception. Nothing is returned until the broker has it.
 */
final class DeadLetterTopics implements DisposableBean {


    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final DeadLetterPublishingRecoverer publisher;

    /** @param producerConfig the service's producer settings (acks=all, idempotence, timeouts) */
    DeadLetterTopics(Map<String, Object> producerConfig) {
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producers = new DefaultKafkaProducerFactory<>(config);
        publisher = new OriginalBytes(new KafkaTemplate<>(producers));
    }

    @Override
    public void destroy() {
        producers.destroy();
    }

    static String of(String topic) {
        return Topics.deadLetterTopicOf(topic);
    }

    /** Publishes {@code record} with {@code cause}; throws if the broker did not take it. */
    void publish(ConsumerRecord<?, ?> record, Exception cause) {
        publisher.accept(record, null, cause);
    }

    private static final class OriginalBytes extends DeadLetterPublishingRecoverer {

        OriginalBytes(KafkaOperations<byte[], byte[]> bytes) {
            super(bytes, (record, cause) -> new TopicPartition(of(record.topic()), -1));
            setFailIfSendResultIsError(true);
            // A record parked behind another is not an error of its own: no stack trace for it.
            setLogRecoveryRecord(false);
        }

        @Override
        protected ProducerRecord<Object, Object> createProducerRecord(ConsumerRecord<?, ?> record, TopicPartition destination,
                                                                      Headers headers, byte @Nullable [] key, byte @Nullable [] value) {
            return new ProducerRecord<>(destination.topic(), null,
                    key != null ? key : bytesOf(record.key()),
                    value != null ? value : bytesOf(record.value()), headers);
        }
    }

    /**
     * The bytes a value was read from. The consumers read CloudEvents in binary mode only (a
     * structured one fails to deserialize and arrives here as its raw bytes), where the value is
     * the event's data and its attributes are in the {@code ce_*} headers already copied.
     */
    static byte @Nullable [] bytesOf(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof CloudEvent event) {
            return event.getData() == null ? null : event.getData().toBytes();
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }
}
