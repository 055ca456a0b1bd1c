package dk.sammen.platform.pipeline;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * An event one of this service's Axon processors parked in its dead-letter queue: the event, its
 * place in its sequence (the events of one aggregate, in order), and why it was parked.
 */
public record ParkedEvent(
        String id,
        String processor,
        String sequence,
        long index,
        String eventId,
        String eventType,
        @Nullable String aggregateId,
        @Nullable Instant enqueuedAt,
        @Nullable Instant lastTouched,
        @Nullable String cause,
        @Nullable String causeMessage) {
}
