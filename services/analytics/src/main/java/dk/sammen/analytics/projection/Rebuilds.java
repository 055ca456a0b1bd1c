package dk.sammen.analytics.projection;

import dk.sammen.analytics.identity.PersonIds;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.pipeline.ParkedRecords;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;

/**
 * Rebuilds every projection from the beginning of the log without downtime, the way a changed
 * projection is deployed: the new version builds beside the old one (in its own schema) while
 * readers and the live consumer carry on with the old; when it has caught up, the live consumer
 * stops for the last few records, the new tables replace the old in one transaction, and the
 * live consumer carries on from its committed offsets (what the rebuild already holds is
 * deduplicated by the ledger). One rebuild runs at a time.
 */
@Component
public class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

    private static final RowMapper<Rebuild> REBUILD_ROW = (rs, n) -> new Rebuild(
            rs.getObject("rebuild_id", UUID.class),
            Rebuild.State.valueOf(rs.getString("state")),
            rs.getTimestamp("requested_at").toInstant(),
            Optional.ofNullable(rs.getTimestamp("finished_at")).map(Timestamp::toInstant).orElse(null),
            rs.getLong("events_replayed"),
            rs.getDouble("events_per_second"),
            null,
            List.of(),
            rs.getString("failure"));

    static final String REBUILD_LOCK = "analytics.rebuild";
    private static final Duration PROGRESS_STORED_EVERY = Duration.ofSeconds(1);

    /** A rebuild reads the whole log as fast as it can: a poll is one transaction, so fewer and larger ones. */
    private static final Properties LARGE_POLLS = new Properties();

    static {
        LARGE_POLLS.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        LARGE_POLLS.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(8 * 1024 * 1024));
        LARGE_POLLS.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(64 * 1024 * 1024));
    }

    private final Projections projections;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ConsumerFactory<String, CloudEvent> consumers;
    private final ParkedRecords parked;
    private final PersonIds people;
    private final String liveConsumer;
    private final String[] topics;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild");
        thread.setDaemon(true); // a rebuild never keeps a stopping service alive: one cut off is marked failed at the next start
        return thread;
    });
    private volatile @Nullable Progress running;

    Rebuilds(Projections projections, DataSource dataSource, JdbcClient jdbc, ConsumerFactory<String, CloudEvent> cloudEventConsumerFactory,
             ParkedRecords parked, PersonIds people,
             @Value("${sammen.analytics.consumer-group}") String liveConsumer, String[] analyticsTopics, MeterRegistry meters) {
        this.projections = projections;
        this.dataSource = dataSource;
        this.parked = parked;
        this.people = people;
        this.liveConsumer = liveConsumer;
        this.jdbc = jdbc;
        this.consumers = cloudEventConsumerFactory;
        this.topics = analyticsTopics;
        Gauge.builder("sammen.analytics.rebuild.running", () -> running == null ? 0 : 1)
                .description("1 while a rebuild of the projections runs").register(meters);
        Gauge.builder("sammen.analytics.rebuild.replayed", () -> running == null ? 0 : running.replayed)
                .description("Records the running rebuild has read from the log").baseUnit("events").register(meters);
        Gauge.builder("sammen.analytics.rebuild.remaining", () -> running == null ? 0 : running.remaining())
                .description("Records the running rebuild has still to read").baseUnit("events").register(meters);
        Gauge.builder("sammen.analytics.rebuild.rate", () -> running == null ? 0 : running.rate())
                .description("Replay rate of the running rebuild, events per second").register(meters);
    }

    /**
     * A rebuild cut off by a restart is still marked running; left so, it would block every later
     * one. Another replica's rebuild still holds the lock and is left alone.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void failAbandonedRebuilds() {
        try (SessionLocks locks = SessionLocks.on(dataSource)) {
            if (locks.tryLock(REBUILD_LOCK)) {
                failRunning();
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * Starts a rebuild, or returns the one already running on any replica. Which replica runs it
     * is decided by a PostgreSQL advisory lock held for the whole rebuild: it is let go when the
     * rebuild ends or its replica's connection does, so a replica that dies frees it at once.
     */
    public Rebuild request() {
        SessionLocks locks = SessionLocks.on(dataSource);
        try {
            if (!locks.tryLock(REBUILD_LOCK)) {
                locks.close();
                return runningElsewhere();
            }
            failRunning();
            UUID id = UUID.randomUUID();
            jdbc.sql("INSERT INTO projection_rebuild (rebuild_id, state, requested_at) VALUES (?, 'RUNNING', ?)")
                    .params(id, Timestamp.from(Instant.now())).update();
            running = new Progress(id);
            worker.submit(() -> run(id, locks));
            return find(id).orElseThrow();
        } catch (RuntimeException e) {
            running = null;
            locks.close();
            throw e;
        }
    }

    /** The lock is held elsewhere: its row is there, or will be in a moment (the holder writes it right after locking). */
    private Rebuild runningElsewhere() {
        for (int attempt = 0; attempt < 40; attempt++) {
            Optional<Rebuild> current = jdbc.sql("SELECT * FROM projection_rebuild WHERE state = 'RUNNING'").query(REBUILD_ROW).optional();
            if (current.isPresent()) {
                return withProgress(current.get());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new DomainRuleViolation("one-rebuild-at-a-time", "Another analytics replica is starting a rebuild; ask again in a moment");
    }

    /** Only the lock's holder calls this, so a row still marked running belongs to nobody. */
    private void failRunning() {
        jdbc.sql("UPDATE projection_rebuild SET state = 'FAILED', finished_at = ?, failure = ? WHERE state = 'RUNNING'")
                .params(Timestamp.from(Instant.now()), "Cut off before it finished: its analytics replica stopped").update();
    }

    public Optional<Rebuild> find(UUID rebuildId) {
        return jdbc.sql("SELECT * FROM projection_rebuild WHERE rebuild_id = ?").param(rebuildId).query(REBUILD_ROW).optional()
                .map(this::withProgress);
    }

    private Rebuild withProgress(Rebuild stored) {
        Progress progress = running;
        if (stored.state() != Rebuild.State.RUNNING || progress == null || !progress.rebuildId.equals(stored.rebuildId())) {
            return stored;
        }
        return new Rebuild(stored.rebuildId(), stored.state(), stored.requestedAt(), null, progress.replayed, progress.rate(),
                progress.secondsToGo(), progress.partitions(), null);
    }

    private void run(UUID rebuildId, SessionLocks locks) {
        try (locks) {
            projections.prepareRebuild();
            try (Consumer<String, CloudEvent> consumer = consumers.createConsumer(null, "projection-rebuild", null, LARGE_POLLS)) {
                List<TopicPartition> partitions = Arrays.stream(topics)
                        .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                                .map(info -> new TopicPartition(topic, info.partition())))
                        .toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                // Most of the log, while the live projections go on serving and growing...
                replayUntil(consumer, consumer.endOffsets(partitions));
                projections.completeRebuild();
                // ...then the last records, with every replica's live consumer held at its next batch
                // (it takes this lock shared), so none is written to tables about to be replaced.
                locks.lock(Projections.LIVE_WRITERS_LOCK);
                replayUntil(consumer, consumer.endOffsets(partitions));
            }
            swapGivingWayToReaders();
            locks.unlock(Projections.LIVE_WRITERS_LOCK);
            finish(rebuildId, Rebuild.State.COMPLETED, null);
            Progress done = Objects.requireNonNull(running, "set before the rebuild started");
            log.info("Projections rebuilt from the log: {} events replayed at {} events/s", done.replayed, Math.round(done.rate()));
        } catch (RuntimeException e) {
            log.error("Rebuild {} failed; the live projections are unchanged", rebuildId, e);
            finish(rebuildId, Rebuild.State.FAILED, e.toString());
        } finally {
            running = null;
        }
    }

    private void swapGivingWayToReaders() {
        for (int attempt = 1; ; attempt++) {
            try {
                projections.swapInRebuild();
                return;
            } catch (PessimisticLockingFailureException busy) {
                if (attempt == 100) {
                    throw busy;
                }
                log.debug("Readers hold the live projections; swap attempt {} gives way", attempt);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }

    /**
     * Replays the log up to {@code end}, leaving out what the live consumer parked and nobody has
     * retried (it is not in the live projections either) and any record that cannot be read as an
     * event, which the live consumer parks when it gets there.
     */
    private void replayUntil(Consumer<String, CloudEvent> consumer, Map<TopicPartition, Long> end) {
        Progress progress = Objects.requireNonNull(running, "set before the rebuild started");
        progress.end = end;
        Set<String> leftOut = parked.unresolved(liveConsumer);
        while (!reached(consumer, end)) {
            ConsumerRecords<String, CloudEvent> records = consumer.poll(Duration.ofMillis(500));
            List<LoggedEvent> batch = new ArrayList<>(records.count());
            for (ConsumerRecord<String, CloudEvent> record : records) {
                if (record.offset() >= Objects.requireNonNull(end.get(new TopicPartition(record.topic(), record.partition())))
                        || leftOut.contains(ParkedRecords.position(record))) {
                    continue;
                }
                readable(record).ifPresent(batch::add);
            }
            if (!batch.isEmpty()) {
                projections.applyToRebuild(batch, progress.seen);
                progress.replayed += batch.size();
            }
            progress.positions = positions(consumer, end);
            storeProgressNowAndThen(progress);
        }
        // A poll may have fetched records past the end, left out above: the next replay must read them.
        end.forEach(consumer::seek);
    }

    /** So the other replicas, which answer {@code GET /rebuilds/{id}} from the table, see it move. */
    private void storeProgressNowAndThen(Progress progress) {
        long now = System.nanoTime();
        if (now - progress.storedNanos < PROGRESS_STORED_EVERY.toNanos()) {
            return;
        }
        progress.storedNanos = now;
        jdbc.sql("UPDATE projection_rebuild SET events_replayed = ?, events_per_second = ? WHERE rebuild_id = ? AND state = 'RUNNING'")
                .params(progress.replayed, progress.rate(), progress.rebuildId).update();
    }

    private Optional<LoggedEvent> readable(ConsumerRecord<String, CloudEvent> record) {
        try {
            return record.value() == null ? Optional.empty() : Optional.of(LoggedEvent.of(record.value(), people));
        } catch (RuntimeException unreadable) {
            log.warn("Rebuild leaves out {}-{}@{}, which is not an event it can read: {}", record.topic(), record.partition(),
                    record.offset(), unreadable.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static Map<TopicPartition, Long> positions(Consumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        end.keySet().forEach(partition -> positions.put(partition, consumer.position(partition)));
        return positions;
    }

    private static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private void finish(UUID rebuildId, Rebuild.State state, @Nullable String failure) {
        Progress progress = Objects.requireNonNull(running, "set before the rebuild started");
        jdbc.sql("""
                        UPDATE projection_rebuild SET state = ?, finished_at = ?, events_replayed = ?, events_per_second = ?, failure = ?
                        WHERE rebuild_id = ?""")
                .params(state.name(), Timestamp.from(Instant.now()), progress.replayed, progress.rate(), failure, rebuildId).update();
    }

    /** How far the running rebuild is; written by its thread, read by requests and metrics. */
    private static final class Progress {

        private final UUID rebuildId;
        /** Every event id this rebuild has put in its ledger, the last records' replay included. */
        private final SeenEventIds seen = new SeenEventIds();
        private final long startedNanos = System.nanoTime();
        private long storedNanos = startedNanos;
        private volatile long replayed;
        private volatile Map<TopicPartition, Long> end = Map.of();
        private volatile Map<TopicPartition, Long> positions = Map.of();

        Progress(UUID rebuildId) {
            this.rebuildId = rebuildId;
        }

        double rate() {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            return seconds <= 0 ? 0 : replayed / seconds;
        }

        long remaining() {
            Map<TopicPartition, Long> at = positions;
            return end.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue() - at.getOrDefault(e.getKey(), 0L))).sum();
        }

        @Nullable Long secondsToGo() {
            double rate = rate();
            return rate <= 0 ? null : Math.round(remaining() / rate);
        }

        List<Rebuild.PartitionProgress> partitions() {
            Map<TopicPartition, Long> at = positions;
            return end.entrySet().stream()
                    .map(e -> new Rebuild.PartitionProgress(e.getKey().topic(), e.getKey().partition(), at.getOrDefault(e.getKey(), 0L), e.getValue()))
                    .sorted(Comparator.comparing(Rebuild.PartitionProgress::topic).thenComparing(Rebuild.PartitionProgress::partition))
                    .toList();
        }
    }
}
