package dk.sammen.analytics.projection;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A rebuild of every projection from the beginning of the log.
 *
 * @param eventsReplayed  records read from the log so far (redeliveries included)
 * @param eventsPerSecond the replay rate so far
 * @param secondsToGo     at that rate, until the rebuild has caught up with the log; null when done
 * @param partitions      where the rebuild is on each partition, and where the log ended when it looked
 */
public record Rebuild(UUID rebuildId, State state, Instant requestedAt, @Nullable Instant finishedAt, long eventsReplayed,
                      double eventsPerSecond, @Nullable Long secondsToGo, List<PartitionProgress> partitions, @Nullable String failure) {

    public enum State {
        RUNNING,
        COMPLETED,
        FAILED
    }

    public record PartitionProgress(String topic, int partition, long position, long end) {
    }
}
