package dk.sammen.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The floor a change's way to analytics stands on: one record produced (acknowledged by all, as the
 * relay's are) and consumed by a consumer already waiting on its partition, on the same broker,
 * at the same random intervals as the changes.
 */
final class KafkaRoundTrip {

    private KafkaRoundTrip() {
    }

    /** Nanoseconds from each send to its record's arrival at the consumer, after {@code warmUp} not counted. */
    static List<Long> measure(String bootstrapServers, int warmUp, int samples, int maxPauseMillis) throws Exception {
        String topic = "bench.round-trip";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        TopicPartition partition = new TopicPartition(topic, 0);
        List<Long> nanos = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 2),
                new StringSerializer(), new StringSerializer());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                     ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            for (int i = 0; i < warmUp + samples; i++) {
                Thread.sleep(ThreadLocalRandom.current().nextInt(maxPauseMillis + 1));
                String key = Integer.toString(i);
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, key, "{\"a\": \"record the size of a small event\"}"));
                long arrived = awaitRecord(consumer, key);
                if (i >= warmUp) {
                    nanos.add(arrived - sent);
                }
            }
        }
        return nanos;
    }

    private static long awaitRecord(KafkaConsumer<String, String> consumer, String key) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                if (record.key().equals(key)) {
                    return System.nanoTime();
                }
            }
        }
        throw new IllegalStateException("Record " + key + " did not come back within 30 s");
    }
}
