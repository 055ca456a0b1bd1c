package dk.sammen.platform.relay;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.kafka.KafkaTopics;
import dk.sammen.platform.tracing.TraceContexts;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes a service's integration events to Kafka, reading them from the service's own event
 * store with a pooled streaming processor: the event store is the outbox. Nothing is published
 * that was not stored, and nothing stored is lost while Kafka is down, because the processor's
 * token only moves past a batch once Kafka has acknowledged every record of it.
 *
 * <p>Delivery is at least once: a batch that fails half-way is sent again whole. The CloudEvent
 * id is the stored event's id, so consumers dedupe on it.
 */
@ProcessingGroup(IntegrationEventRelay.PROCESSING_GROUP)
public class IntegrationEventRelay {

    public static final String PROCESSING_GROUP = "integration-event-relay";

    private static final Logger log = LoggerFactory.getLogger(IntegrationEventRelay.class);
    private static final String PENDING_SENDS = IntegrationEventRelay.class.getName() + ".pending";

    private final List<IntegrationEventTranslator> translators;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final KafkaAdmin admin;
    private final RelayProperties properties;
    private final String topic;
    private final NewTopic topicDefinition;
    private final AtomicBoolean topicEnsured = new AtomicBoolean();
    private final Counter published;
    private final TraceContexts traces;

    public IntegrationEventRelay(List<IntegrationEventTranslator> translators,
                                 KafkaTemplate<String, CloudEvent> kafka,
                                 KafkaAdmin admin,
                                 KafkaTopics topics,
                                 RelayProperties properties,
                                 MeterRegistry meters,
                                 TraceContexts traces) {
        this.translators = List.copyOf(translators);
        this.traces = traces;
        this.kafka = kafka;
        this.admin = admin;
        this.properties = properties;
        this.topic = topics.name(properties.topic());
        this.topicDefinition = topics.definition(properties.topic());
        this.published = Counter.builder("sammen.relay.published")
                .description("Integration events handed to Kafka and acknowledged")
                .tag("topic", topic)
                .register(meters);
    }

    @EventHandler
    void on(Object domainEvent, EventMessage<?> message) {
        Optional<IntegrationEvent> integrationEvent = translate(domainEvent);
        if (integrationEvent.isEmpty()) {
            return;
        }
        ensureTopic();
        CloudEvent cloudEvent = IntegrationEventEnvelope.wrap(
                integrationEvent.get(), message.getIdentifier(), properties.source(), message.getTimestamp());
        var record = new ProducerRecord<>(topic, integrationEvent.get().partitionKey(), cloudEvent);
        // In the trace of the command that stored the event; Kafka's observation puts it in the record's headers.
        traces.within(message.getMetaData(), "relay " + cloudEvent.getType(), () -> {
            TraceContexts.TRACE_POINTS.debug("Publishing {} {} to {}", cloudEvent.getType(), cloudEvent.getId(), topic);
            pendingSendsOfThisBatch().add(kafka.send(record));
        });
    }

    private Optional<IntegrationEvent> translate(Object domainEvent) {
        for (IntegrationEventTranslator translator : translators) {
            Optional<IntegrationEvent> translated = translator.translate(domainEvent);
            if (translated.isPresent()) {
                return translated;
            }
        }
        return Optional.empty();
    }

    /**
     * Sends of one batch run concurrently; the batch commits (and the token moves on) only after
     * all of them are acknowledged. The token is stored in the same unit of work, before this
     * check, so a failure here rolls it back and the batch is processed again.
     */
    private List<CompletableFuture<SendResult<String, CloudEvent>>> pendingSendsOfThisBatch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<SendResult<String, CloudEvent>>> pending = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(uow -> awaitAcknowledgements(pending));
            return pending;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<SendResult<String, CloudEvent>>> pending) {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            published.increment(pending.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("Interrupted while publishing to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Publishing {} events to {} failed; the batch will be retried: {}", pending.size(), topic, e.toString());
            throw new KafkaUnavailableException("Kafka did not acknowledge a batch for " + topic, e);
        }
    }

    /**
     * Topics are created on first use as well as at start-up: a service that started while Kafka
     * was down must not let the broker auto-create its topic with a time-limited retention.
     */
    private void ensureTopic() {
        if (topicEnsured.get()) {
            return;
        }
        admin.createOrModifyTopics(topicDefinition);
        topicEnsured.set(true);
    }

    static class KafkaUnavailableException extends RuntimeException {
        KafkaUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
