package dk.sammen.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.jspecify.annotations.Nullable;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code ./sammen dump-topics <file> [bootstrap-servers] [topic-prefix]}: replays the raw topics
 * from the beginning to where they end now into a JSON Lines file, one CloudEvent per line in the
 * CloudEvents JSON format, for an analyst's own tools (DuckDB, pandas, R, Spark). Reads without
 * a consumer group, so it moves no one's offsets. Young people erased in plans are left out: a
 * first pass finds the erasures (and the underretninger that were about them), the second writes
 * every other event. The raw log carries operational ids: for data that leaves the municipality,
 * use analytics' pseudonymised export instead.
 */
public final class DumpTopics {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        long[] written = {0};
        long[] left = {0};
        long started = System.nanoTime();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            List<TopicPartition> partitions = Topics.ALL.stream()
                    .flatMap(topic -> consumer.partitionsFor(prefix + topic, Duration.ofSeconds(30)).stream()
                            .map(info -> new TopicPartition(info.topic(), info.partition())))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Erased erased = new Erased();
            replay(consumer, partitions, end, record -> erased.learn(data(record.value())));
            replay(consumer, partitions, end, record -> {
                if (erased.names(data(record.value()))) {
                    left[0]++;
                    return;
                }
                try {
                    out.write(format.serialize(record.value()));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
            });
        }
        System.out.printf("%,d events from %s written to %s in %.1f s (%,d about erased young people left out)%n", written[0], bootstrap,
                file, (System.nanoTime() - started) / 1e9, left[0]);
    }

    /** Every record from the beginning to the end as it was when the dump began. */
    private static void replay(KafkaConsumer<String, CloudEvent> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> end,
                               Consumer<ConsumerRecord<String, CloudEvent>> each) {
        consumer.seekToBeginning(partitions);
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() < end.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                    each.accept(record);
                }
            }
        }
    }

    private static JsonNode data(CloudEvent event) {
        try {
            return event.getData() == null ? JSON.nullNode() : JSON.readTree(event.getData().toBytes());
        } catch (IOException unreadable) {
            return JSON.nullNode();
        }
    }

    /** Who was erased, their courses, and the underretninger that were about them (also before their identity was known). */
    private static final class Erased {

        private final Set<String> citizens = new HashSet<>();
        private final Set<String> courses = new HashSet<>();
        private final Map<String, Set<String>> underretningerOf = new HashMap<>();

        void learn(JsonNode data) {
            if (data.has("erasedAt") && data.has("courseIds")) {
                citizens.add(data.path("citizenId").asText());
                data.path("courseIds").forEach(course -> courses.add(course.asText()));
            }
            if (data.hasNonNull("underretningId") && data.hasNonNull("citizenId")) {
                underretningerOf.computeIfAbsent(data.path("citizenId").asText(), citizen -> new HashSet<>())
                        .add(data.path("underretningId").asText());
            }
        }

        /** The erased young people's underretninger, gathered once every event has been learnt. */
        private @Nullable Set<String> underretninger;

        boolean names(JsonNode data) {
            Set<String> theirs = underretninger;
            if (theirs == null) {
                Set<String> gathered = new HashSet<>();
                citizens.forEach(citizen -> gathered.addAll(underretningerOf.getOrDefault(citizen, Set.of())));
                underretninger = theirs = gathered;
            }
            return citizens.contains(data.path("citizenId").asText()) || citizens.contains(data.path("relatedCitizenId").asText())
                    || courses.contains(data.path("courseId").asText()) || theirs.contains(data.path("underretningId").asText());
        }
    }
}
