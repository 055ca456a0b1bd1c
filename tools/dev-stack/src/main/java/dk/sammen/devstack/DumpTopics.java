package dk.sammen.devstack;

import dk.sammen.events.Topics;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code ./sammen dump-topics <file> [bootstrap-servers] [topic-prefix]}: replays the raw topics
 * from the beginning to where they end now into a JSON Lines file, one CloudEvent per line in the
 * CloudEvents JSON format, for an analyst's own tools (DuckDB, pandas, R, Spark). Reads without
 * a consumer group, so it moves no one's offsets. The raw log carries operational ids: for data
 * that leaves the municipality, use analytics' pseudonymised export instead.
 */
public final class DumpTopics {

    private DumpTopics() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ./sammen dump-topics <file> [bootstrap-servers] [topic-prefix]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String bootstrap = args.length > 1 ? args[1] : "localhost:9092";
        String prefix = args.length > 2 ? args[2] : "";
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        EventFormat format = new JsonFormat();
        long written = 0;
        long started = System.nanoTime();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            List<TopicPartition> partitions = Topics.ALL.stream()
                    .flatMap(topic -> consumer.partitionsFor(prefix + topic, Duration.ofSeconds(30)).stream()
                            .map(info -> new TopicPartition(info.topic(), info.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        out.write(format.serialize(record.value()));
                        out.write('\n');
                        written++;
                    }
                }
            }
        }
        System.out.printf("%,d events from %s written to %s in %.1f s%n", written, bootstrap, file, (System.nanoTime() - started) / 1e9);
    }
}
