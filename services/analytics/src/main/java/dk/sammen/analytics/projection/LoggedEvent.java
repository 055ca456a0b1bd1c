package dk.sammen.analytics.projection;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.analytics.identity.PersonIds;
import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.IntegrationEvent;
import io.cloudevents.CloudEvent;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An event read from the log: the timeline entry it becomes, and the contract it carries when
 * this build knows its type (an unknown type still reaches the timeline, so nothing is lost).
 */
public record LoggedEvent(TimelineEntry entry, Optional<IntegrationEvent> event) {

    /**
     * Attached to the course and the young person it names: every contract calls them
     * {@code courseId} and {@code citizenId}. People are named by analytics' own ids from here on.
     */
    public static LoggedEvent of(CloudEvent event, PersonIds people) {
        byte[] data = event.getData() == null ? "{}".getBytes(StandardCharsets.UTF_8) : event.getData().toBytes();
        PersonIds.Renamed renamed = people.rename(EventCodec.tree(data), event.getSubject());
        JsonNode tree = renamed.data();
        Instant occurredAt = event.getTime() == null ? Instant.EPOCH : event.getTime().toInstant();
        Optional<IntegrationEvent> contract = event.getData() == null ? Optional.empty()
                : EventContracts.classOf(event.getType()).map(type -> (IntegrationEvent) EventCodec.decode(tree, type));
        return new LoggedEvent(new TimelineEntry(event.getId(), event.getType(), event.getSource().toString(), renamed.subject(),
                uuid(tree, "courseId"), uuid(tree, "citizenId"), occurredAt, tree), contract);
    }

    private static @Nullable UUID uuid(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        return value == null || !value.isTextual() ? null : UUID.fromString(value.asText());
    }
}
