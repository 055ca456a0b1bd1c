package dk.sammen.platform.test;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/** Reads what really is on a topic, from the beginning, as a consumer of another service would. */
public final class TopicReader {

    private TopicReader() {
    }

    /**
     * Reads the topic from the beginning until {@code until} holds for what was read, or the
     * timeout passes; returns everything read.
     */
    public static List<ConsumerRecord<String, CloudEvent>> read(String bootstrapServers, String topic,
                                                               Predicate<List<ConsumerRecord<String, CloudEvent>>> until,
                                                               Duration timeout) {
        Properties config = consumer(bootstrapServers, CloudEventDeserializer.class);
        List<ConsumerRecord<String, CloudEvent>> records = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (var consumer = new KafkaConsumer<String, CloudEvent>(config)) {
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
                Map<String, List<PartitionInfo>> topics = consumer.listTopics(Duration.ofSeconds(2));
                partitions = topics.getOrDefault(topic, List.of()).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!until.test(records) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * Every record on the topic now, as bytes whatever they hold (a parked record may be no
     * CloudEvent): read from the beginning to the end each partition had when the read began.
     */
    public static List<ConsumerRecord<String, byte[]>> readAllBytes(String bootstrapServers, String topic, Duration timeout) {
        Properties config = consumer(bootstrapServers, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (var consumer = new KafkaConsumer<String, byte[]>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Could not read " + topic + " to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** The names of every topic on the broker but Kafka's own. */
    public static List<String> topics(String bootstrapServers) {
        try (var consumer = new KafkaConsumer<String, byte[]>(consumer(bootstrapServers, ByteArrayDeserializer.class))) {
            return consumer.listTopics(Duration.ofSeconds(10)).keySet().stream().filter(name -> !name.startsWith("__")).sorted().toList();
        }
    }

    /** The first record with this key on the topic, waiting up to 20 seconds for it. */
    public static ConsumerRecord<String, CloudEvent> firstWithKey(String topic, String key) {
        return read(TestInfrastructure.kafka().bootstrapServers(), topic,
                read -> read.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(20))
                .stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("Nothing with key " + key + " on " + topic));
    }

    /** A reader's settings: string keys, values as {@code values} reads them, nothing committed. */
    static Properties consumer(String bootstrapServers, Class<?> values) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, values);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return config;
    }
}
