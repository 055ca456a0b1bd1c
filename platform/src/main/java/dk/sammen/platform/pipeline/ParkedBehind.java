package dk.sammen.platform.pipeline;

import java.util.UUID;

/**
 * The reason a record is parked without having failed: an earlier record of the same key is
 * parked, and a course's events are applied in their order or not at all.
 */
final class ParkedBehind extends RuntimeException {

    ParkedBehind(UUID first) {
        super("Waits behind parked record " + first + " of the same key");
    }
}
