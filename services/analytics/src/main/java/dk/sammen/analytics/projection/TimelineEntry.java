package dk.sammen.analytics.projection;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One event in the history of a course or a young person.
 *
 * @param eventId    the CloudEvent id: unique, so a redelivered event is stored once
 * @param courseId   the course it belongs to, if any
 * @param citizenId  the young person it concerns, if known
 * @param occurredAt when it happened in the service that published it
 * @param data       the event's data as published (pseudonymous: no names, no CPR)
 */
public record TimelineEntry(String eventId, String eventType, String source, @Nullable String subject,
                            @Nullable UUID courseId, @Nullable UUID citizenId, Instant occurredAt, JsonNode data) {
}
