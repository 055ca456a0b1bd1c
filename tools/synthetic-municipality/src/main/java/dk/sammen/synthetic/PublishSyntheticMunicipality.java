package dk.sammen.synthetic;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes a synthetic municipality onto the topics of a broker, as the services would have:
 * {@code publish <bootstrap-servers> <young-people> [seed] [topic-prefix]}.
 */
public final class PublishSyntheticMunicipality {

    private PublishSyntheticMunicipality() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("Usage: publish <bootstrap-servers> <young-people> [seed] [topic-prefix]");
            System.exit(2);
        }
        SyntheticMunicipality municipality = SyntheticMunicipality.of(args.length > 2 ? Long.parseLong(args[2]) : 1, Integer.parseInt(args[1]));
        long started = System.nanoTime();
        long published = publish(municipality, args[0], args.length > 3 ? args[3] : "");
        System.out.printf("Published %,d events about %,d young people in %.1f s%n", published, municipality.youngPeople(),
                (System.nanoTime() - started) / 1e9);
    }

    /** Publishes every event and waits until the broker has them all; returns how many. */
    public static long publish(SyntheticMunicipality municipality, String bootstrapServers, String topicPrefix) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        AtomicLong count = new AtomicLong();
        AtomicReference<@Nullable Exception> failed = new AtomicReference<>();
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(config)) {
            municipality.events().takeWhile(event -> failed.get() == null).forEach(event -> {
                producer.send(new ProducerRecord<>(topicPrefix + event.topic(), event.key(), event.cloudEvent()), (metadata, failure) -> {
                    if (failure != null) {
                        failed.compareAndSet(null, failure);
                    }
                });
                count.incrementAndGet();
            });
            producer.flush();
        }
        if (failed.get() != null) {
            throw new IllegalStateException("Could not publish the synthetic municipality (do the topics exist?)", failed.get());
        }
        return count.get();
    }
}
