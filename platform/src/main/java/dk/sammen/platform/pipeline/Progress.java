package dk.sammen.platform.pipeline;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/** What the stall check and the gauges read of a Kafka consumer or an Axon processor alike. */
interface Progress {

    /** The age of the oldest record or event waiting (zero when none waits). */
    Duration oldestUnprocessed();

    /** How long since it last got through a record or event. */
    Duration sinceProgress();

    /** How long records or events have waited without it getting through them. */
    Duration stuckFor();

    /** Records wait and none got through for {@code limit}. */
    default boolean stalled(Duration limit) {
        return stuckFor().compareTo(limit) >= 0;
    }

    /** The time from {@code moment} to {@code now}; zero when there is no moment (or a clock went back). */
    static Duration since(@Nullable Instant moment, Instant now) {
        if (moment == null) {
            return Duration.ZERO;
        }
        Duration duration = Duration.between(moment, now);
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
