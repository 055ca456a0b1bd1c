package dk.sammen.platform.consistency;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Optional;

/**
 * Where in the event store a write is, and whether a processor has taken it in, read from the
 * token store: a processor stores its token in the transaction that writes its read models, so a
 * token past a write means the write is in every model that processor keeps, whichever replica
 * holds the segment.
 */
final class ProcessorPositions {

    private final JdbcClient jdbc;
    private final Serializer serializer;

    ProcessorPositions(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The global position of the stored event with this id, if this service stored one. */
    Optional<Long> positionOf(String eventId) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?")
                .param(eventId).query(Long.class).optional();
    }

    /**
     * Whether every segment of the processor has passed the position: an event is in one segment,
     * but which one follows from the processor's sequencing policy, so all are asked. A processor
     * with no stored token yet has taken in nothing.
     */
    boolean passed(String processor, long position) {
        List<TrackingToken> segments = jdbc.sql("SELECT token, token_type FROM token_entry WHERE processor_name = ?")
                .param(processor)
                .query((rs, n) -> deserialize(rs.getBytes("token"), rs.getString("token_type")))
                .list();
        return !segments.isEmpty() && segments.stream().allMatch(token -> covers(token, position));
    }

    private TrackingToken deserialize(byte @Nullable [] token, @Nullable String type) {
        if (token == null || type == null) {
            return NOTHING_YET;
        }
        SerializedType serializedType = new SimpleSerializedType(type, null);
        return serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, serializedType));
    }

    /**
     * Covered when the token's lowest position (a replay's current one, a merge's slower half) is
     * at or past it and it is not one of the gaps the token still waits for: a gap below it is an
     * other transaction's, which this write does not depend on.
     */
    static boolean covers(TrackingToken token, long position) {
        TrackingToken lower = WrappedToken.unwrapLowerBound(token);
        if (lower instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return lower != null && lower.position().orElse(-1) >= position;
    }

    /** A segment that has processed nothing yet (Axon stores no token for it): before every position. */
    private static final TrackingToken NOTHING_YET = GapAwareTrackingToken.newInstance(-1, List.of());
}
