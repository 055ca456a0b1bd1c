package dk.sammen.analytics;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.Topics;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.test.TestInfrastructure;
import dk.sammen.synthetic.SyntheticMunicipality;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;

import static org.awaitility.Awaitility.await;

/** Writes a history onto the topics of a test context, the way the services publish, and waits until analytics has it. */
public final class AnalyticsHistory {

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final UnaryOperator<String> topicNames;
    private final JdbcClient jdbc;
    private long published;

    public AnalyticsHistory(KafkaTemplate<String, CloudEvent> kafka, UnaryOperator<String> topicNames, JdbcClient jdbc) {
        this.kafka = withoutIdempotence(kafka);
        this.topicNames = topicNames;
        this.jdbc = jdbc;
        this.published = ledgerSize();
        createTopics();
    }

    /**
     * A producer of its own for the test's bursts, not idempotent: on a topic created a moment ago,
     * the broker can refuse the first batch as "not leader" yet keep its sequence number, and an
     * idempotent producer then retries into "out of order sequence" until it gives up. A plain
     * retry may write an event twice; analytics' ledger takes each event id once.
     */
    private static KafkaTemplate<String, CloudEvent> withoutIdempotence(KafkaTemplate<String, CloudEvent> kafka) {
        Map<String, Object> config = new HashMap<>(kafka.getProducerFactory().getConfigurationProperties());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    /**
     * The writing services create their topics; here none runs, and a broker that creates a topic
     * on the first send can take longer than a producer waits for it on a busy machine.
     */
    private void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()))) {
            for (String topic : Topics.ALL) {
                try {
                    admin.createTopics(List.of(new NewTopic(topicNames.apply(topic), 6, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create " + topic, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void publish(String topic, Instant time, IntegrationEvent event) {
        publish(topic, UUID.randomUUID().toString(), time, event);
    }

    public void publish(String topic, String id, Instant time, IntegrationEvent event) {
        kafka.send(new ProducerRecord<>(topicNames.apply(topic), event.partitionKey(),
                IntegrationEventEnvelope.wrap(event, id, Topics.sourceOf(topic), time))).join();
        published++;
    }

    /** Publishes a synthetic municipality's whole history, as fast as the broker takes it. */
    public void publish(SyntheticMunicipality municipality) {
        List<CompletableFuture<?>> sent = new ArrayList<>();
        municipality.events().forEach(event -> {
            sent.add(kafka.send(new ProducerRecord<>(topicNames.apply(event.topic()), event.key(), event.cloudEvent())));
            published++;
        });
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    public long published() {
        return published;
    }

    /** Waits until every event published so far is in analytics' ledger. */
    public void awaitProjected(Duration atMost) {
        await().atMost(atMost).until(() -> ledgerSize() >= published);
    }

    private long ledgerSize() {
        return jdbc.sql("SELECT count(*) FROM timeline_entry").query(Long.class).single();
    }
}
