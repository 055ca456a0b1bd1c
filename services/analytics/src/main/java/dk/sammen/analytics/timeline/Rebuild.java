package dk.sammen.analytics.timeline;

import java.time.Instant;
import java.util.UUID;

/**
 * A rebuild of the timeline from the beginning of the log.
 *
 * @param eventsReplayed records read from the log (redeliveries included)
 */
public record Rebuild(UUID rebuildId, State state, Instant requestedAt, Instant finishedAt, long eventsReplayed,
                      String failure) {

    public enum State {
        RUNNING,
        COMPLETED,
        FAILED
    }
}
