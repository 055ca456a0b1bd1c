package dk.sammen.platform.pipeline;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each streaming Axon processor of this service is doing, read every few seconds: how far
 * it is in the event store, how old the oldest event after that is, and when it last moved. A
 * processor that has events waiting and has not moved for a while is stuck: on an event it keeps
 * failing on (before the dead-letter policy parks it), or because the database is down.
 */
public final class ProcessorProgress {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorProgress.class);

    /** How Axon's token store names this process as a segment's owner. */
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, State> processors = new ConcurrentHashMap<>();

    ProcessorProgress(EventProcessingConfiguration processing, JdbcClient jdbc, Clock clock) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One processor now.
     *
     * @param oldestUnprocessed the age of the oldest event after its position (zero when caught up)
     * @param sinceProgress     how long since its position last moved
     * @param stuckFor          how long events have waited without it moving
     * @param error             the error its segments report, if any
     */
    public record Snapshot(String processor, Duration oldestUnprocessed, Duration sinceProgress, Duration stuckFor, @Nullable String error)
            implements Progress {
    }

    private static final class State {
        @Nullable Long position;
        @Nullable Instant lastProgress;
        @Nullable Instant oldestWaiting;
        @Nullable String error;
    }

    public Map<String, Snapshot> snapshots() {
        Instant now = clock.instant();
        Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
        processors.forEach((name, state) -> {
            Instant oldest = state.oldestWaiting;
            Duration sinceProgress = Progress.since(state.lastProgress, now);
            Duration waiting = Progress.since(oldest, now);
            Duration stuck = oldest == null ? Duration.ZERO : waiting.compareTo(sinceProgress) < 0 ? waiting : sinceProgress;
            snapshots.put(name, new Snapshot(name, waiting, sinceProgress, stuck, state.error));
        });
        return snapshots;
    }

    /** Reads every streaming processor's position; a processor whose segments are all held by another replica is left out. */
    void check() {
        Instant now = clock.instant();
        processing.eventProcessors().forEach((name, processor) -> {
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                return;
            }
            Map<Integer, EventTrackerStatus> status = streaming.processingStatus();
            if (status.isEmpty()) {
                // Held by another replica: that one reports it. Held by none (Axon waits a while before
                // it claims a segment again after errors): still this one's, and its wait keeps growing.
                try {
                    if (ownedElsewhere(name)) {
                        processors.remove(name);
                    }
                } catch (RuntimeException databaseDown) {
                    LOG.debug("Cannot read who holds processor {}", name, databaseDown);
                }
                return;
            }
            long position = status.values().stream().map(EventTrackerStatus::getCurrentPosition)
                    .mapToLong(current -> current.orElse(-1)).min().orElse(-1);
            State state = processors.computeIfAbsent(name, n -> new State());
            if (state.position == null || position != state.position) {
                state.position = position;
                state.lastProgress = now;
            }
            state.error = status.values().stream().filter(EventTrackerStatus::isErrorState).findFirst()
                    .map(segment -> segment.getError() == null ? "error" : segment.getError().getClass().getSimpleName())
                    .orElse(null);
            try {
                state.oldestWaiting = firstEventAfter(position).orElse(null);
            } catch (RuntimeException databaseDown) {
                // Nothing can be read now; the position not moving still shows, since the last known wait grows on.
                LOG.debug("Cannot read the event store to see what processor {} has waiting", name, databaseDown);
            }
        });
    }

    private boolean ownedElsewhere(String processor) {
        return jdbc.sql("SELECT count(*) FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL AND owner <> ?")
                .params(processor, NODE).query(Long.class).single() > 0;
    }

    private Optional<Instant> firstEventAfter(long position) {
        return jdbc.sql("SELECT time_stamp FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT 1")
                .param(position).query(String.class).optional().map(Instant::parse);
    }
}
