package dk.sammen.analytics.timeline;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds the timeline from the beginning of every topic, the way a changed projection is
 * deployed: into a twin table, which then replaces the live one in one transaction.
 *
 * <p>The live consumer is stopped meanwhile, so nothing is written to the old table after the
 * log's end was noted; when it starts again it carries on from its committed offsets, and what
 * the rebuild already holds is deduplicated on the event id. One rebuild runs at a time.
 */
@Component
class TimelineRebuilds {

    private static final Logger log = LoggerFactory.getLogger(TimelineRebuilds.class);

    private static final RowMapper<Rebuild> REBUILD_ROW = (rs, n) -> new Rebuild(
            rs.getObject("rebuild_id", UUID.class),
            Rebuild.State.valueOf(rs.getString("state")),
            rs.getTimestamp("requested_at").toInstant(),
            Optional.ofNullable(rs.getTimestamp("finished_at")).map(Timestamp::toInstant).orElse(null),
            rs.getLong("events_replayed"),
            rs.getString("failure"));

    private final TimelineStore store;
    private final JdbcClient jdbc;
    private final ConsumerFactory<String, CloudEvent> consumers;
    private final KafkaListenerEndpointRegistry listeners;
    private final String[] topics;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "timeline-rebuild"));

    TimelineRebuilds(TimelineStore store, JdbcClient jdbc, ConsumerFactory<String, CloudEvent> cloudEventConsumerFactory,
                     KafkaListenerEndpointRegistry listeners, String[] analyticsTopics) {
        this.store = store;
        this.jdbc = jdbc;
        this.consumers = cloudEventConsumerFactory;
        this.listeners = listeners;
        this.topics = analyticsTopics;
    }

    /**
     * A rebuild runs in this process only, so one still marked running at start-up was cut off
     * by a restart; left as it was, it would block every later rebuild.
     */
    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedRebuildsFailed() {
        jdbc.sql("UPDATE timeline_rebuild SET state = 'FAILED', finished_at = ?, failure = ? WHERE state = 'RUNNING'")
                .params(Timestamp.from(Instant.now()), "Interrupted by a restart of analytics").update();
    }

    /** Starts a rebuild, or returns the one already running. */
    synchronized Rebuild request() {
        Optional<Rebuild> running = jdbc.sql("SELECT * FROM timeline_rebuild WHERE state = 'RUNNING'")
                .query(REBUILD_ROW).optional();
        if (running.isPresent()) {
            return running.get();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO timeline_rebuild (rebuild_id, state, requested_at) VALUES (?, 'RUNNING', ?)")
                .params(id, Timestamp.from(Instant.now())).update();
        worker.submit(() -> run(id));
        return find(id).orElseThrow();
    }

    Optional<Rebuild> find(UUID rebuildId) {
        return jdbc.sql("SELECT * FROM timeline_rebuild WHERE rebuild_id = ?").param(rebuildId).query(REBUILD_ROW).optional();
    }

    private void run(UUID rebuildId) {
        MessageListenerContainer live = listeners.getListenerContainer(TimelineListener.ID);
        live.stop();
        try {
            long replayed = replayIntoTwin();
            store.swapInRebuild();
            finish(rebuildId, Rebuild.State.COMPLETED, replayed, null);
            log.info("Timeline rebuilt from the log: {} events replayed", replayed);
        } catch (RuntimeException e) {
            log.error("Timeline rebuild {} failed; the live timeline is unchanged", rebuildId, e);
            finish(rebuildId, Rebuild.State.FAILED, 0, e.toString());
        } finally {
            live.start();
        }
    }

    private long replayIntoTwin() {
        store.prepareRebuildTable();
        long replayed = 0;
        try (Consumer<String, CloudEvent> consumer = consumers.createConsumer(null, "timeline-rebuild")) {
            List<TopicPartition> partitions = Arrays.stream(topics)
                    .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!reached(consumer, end)) {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        store.add(TimelineStore.REBUILD, TimelineProjector.project(record.value()));
                        replayed++;
                    }
                }
            }
        }
        return replayed;
    }

    private static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private void finish(UUID rebuildId, Rebuild.State state, long replayed, String failure) {
        jdbc.sql("UPDATE timeline_rebuild SET state = ?, finished_at = ?, events_replayed = ?, failure = ? WHERE rebuild_id = ?")
                .params(state.name(), Timestamp.from(Instant.now()), replayed, failure, rebuildId).update();
    }
}
