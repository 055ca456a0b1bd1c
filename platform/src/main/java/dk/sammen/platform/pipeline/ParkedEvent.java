package dk.sammen.platform.pipeline;

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
        String aggregateId,
        Instant enqueuedAt,
        Instant lastTouched,
        String cause,
        String causeMessage) {
}
