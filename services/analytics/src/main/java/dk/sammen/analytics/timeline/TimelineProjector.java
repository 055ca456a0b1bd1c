package dk.sammen.analytics.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventCodec;
import io.cloudevents.CloudEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns a CloudEvent from any topic into a timeline entry, attached to the course and the young
 * person it names: every contract calls them {@code courseId} and {@code citizenId}. Events that
 * name neither are kept too, unattached, so nothing in the log is lost to the timeline.
 */
final class TimelineProjector {

    private TimelineProjector() {
    }

    static TimelineEntry project(CloudEvent event) {
        byte[] data = event.getData() == null ? "{}".getBytes(StandardCharsets.UTF_8) : event.getData().toBytes();
        JsonNode tree = EventCodec.tree(data);
        Instant occurredAt = event.getTime() == null ? Instant.EPOCH : event.getTime().toInstant();
        return new TimelineEntry(event.getId(), event.getType(), event.getSource().toString(), event.getSubject(),
                uuid(tree, "courseId"), uuid(tree, "citizenId"), occurredAt, tree);
    }

    private static UUID uuid(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        return value == null || !value.isTextual() ? null : UUID.fromString(value.asText());
    }
}
