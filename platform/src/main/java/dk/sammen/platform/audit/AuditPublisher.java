package dk.sammen.platform.audit;

import dk.sammen.events.audit.AccessRecordedV1;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes the audit trail on the audit topic, in order, from where it last got to: an outbox
 * read in a transaction that holds the publication row, so of several replicas one publishes at
 * a time, and a batch counts as published only once Kafka acknowledged all of it.
 */
final class AuditPublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditPublisher.class);
    private static final int BATCH = 500;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final AuditTrail trail;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final String topic;
    private final String service;
    private final Duration interval;
    private @Nullable ScheduledExecutorService scheduler;

    AuditPublisher(AuditTrail trail, JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, CloudEvent> kafka,
                   String topic, String service, Duration interval) {
        this.trail = trail;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.topic = topic;
        this.service = service;
        this.interval = interval;
    }

    /** Publishes what is not yet published; returns how many entries. */
    int publishPending() {
        Integer published = transactions.execute(status -> {
            Optional<Long> from = jdbc.sql("SELECT position FROM audit_publication FOR UPDATE SKIP LOCKED")
                    .query(Long.class).optional();
            if (from.isEmpty()) {
                return 0; // another replica is publishing
            }
            List<AuditEntry> entries = trail.after(from.get(), BATCH);
            if (entries.isEmpty()) {
                return 0;
            }
            CompletableFuture<?>[] sends = entries.stream().map(this::send).toArray(CompletableFuture[]::new);
            try {
                CompletableFuture.allOf(sends).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while publishing the audit trail", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Kafka did not acknowledge the audit trail", e);
            }
            jdbc.sql("UPDATE audit_publication SET position = ?").param(entries.getLast().position()).update();
            return entries.size();
        });
        return published == null ? 0 : published;
    }

    private CompletableFuture<?> send(AuditEntry entry) {
        AccessRecordedV1 event = new AccessRecordedV1(service, entry.position(), entry.recordedAt(), entry.userId(),
                entry.roles().isEmpty() ? List.of() : Arrays.asList(entry.roles().split(",")), entry.citizenId(),
                entry.courseId(), entry.action(), entry.resource(), entry.outcome(), entry.basis(), entry.reason() != null,
                entry.clientAddress(), entry.previousHash(), Objects.requireNonNull(entry.hash(), "a stored entry is hashed"));
        CloudEvent cloudEvent = IntegrationEventEnvelope.wrap(event, service + ":" + entry.position(),
                URI.create("/sammen/" + service), entry.recordedAt());
        return kafka.send(new ProducerRecord<>(topic, event.partitionKey(), cloudEvent));
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-publisher");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                while (publishPending() == BATCH) {
                    // a backlog: keep going
                }
            } catch (RuntimeException e) {
                log.warn("Publishing the audit trail failed; retrying in {}: {}", interval, e.toString());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            // What is not published now is published from the same place at the next start.
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }
}
