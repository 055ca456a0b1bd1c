package dk.sammen.analytics.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.events.AsyncApiDocument;
import dk.sammen.events.EventContracts;
import dk.sammen.events.IntegrationEvent;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an export's columns and each event type's fields mean, read from the contracts and their
 * JSON Schemas in shared-events, so it cannot drift from what the services publish.
 */
@Component
class DataDictionary {

    static final List<Column> COLUMNS = List.of(
            new Column("eventId", "string", "The event's pseudonym: unique, stable across exports made with the same key", true),
            new Column("eventType", "string", "The versioned CloudEvent type, e.g. dk.sammen.plans.course-opened.v1", false),
            new Column("source", "string", "The publishing service, e.g. /sammen/plans", false),
            new Column("subject", "string", "The pseudonym of what the event is about (a course, a young person, an offer …)", true),
            new Column("courseId", "string", "The course's pseudonym, when the event concerns a course", true),
            new Column("citizenId", "string", "The young person's pseudonym, when the event names them", true),
            new Column("occurredAt", "timestamp", "When it happened in the publishing service (UTC)", false),
            new Column("data", "json", "The event's fields (below, per type), with every id replaced by its pseudonym", false));

    private static final ObjectMapper JSON = new ObjectMapper();

    record Column(String name, String type, String description, boolean pseudonymised) {
    }

    record Field(String name, String type, String description, List<String> values, boolean required, boolean pseudonymised) {
    }

    record EventTypeEntry(String eventType, String topic, String title, String description, List<Field> fields) {
    }

    record Dictionary(String pseudonyms, String smallCells, List<Column> columns, List<EventTypeEntry> eventTypes) {
    }

    Dictionary dictionary() {
        List<EventTypeEntry> types = EventContracts.all().stream().map(DataDictionary::entry).toList();
        return new Dictionary("Every id is HMAC-SHA256 under the export key, cut to 128 bits and written as 'p' + 32 hex digits; "
                + "the operational services do not hold the key, so a pseudonym cannot be joined back to them.",
                "Exports are pseudonymised rows, not aggregates; every aggregate analytics serves suppresses counts from 1 to 4.",
                COLUMNS, types);
    }

    private static EventTypeEntry entry(Class<? extends IntegrationEvent> contract) {
        String type = EventContracts.typeOf(contract);
        JsonNode schema = schema(type);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<Field> fields = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode p = property.getValue();
            JsonNode items = p.has("items") ? p.get("items") : p;
            List<String> values = new ArrayList<>();
            items.path("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add(v.asText());
                }
            });
            String format = items.path("format").asText("");
            String kind = p.has("items") ? "array of " + typeOf(items, values) : typeOf(p, values);
            fields.add(new Field(property.getKey(), kind, p.path("description").asText(null), values, required.contains(property.getKey()),
                    "uuid".equals(format)));
        });
        return new EventTypeEntry(type, AsyncApiDocument.topicOf(contract), schema.path("title").asText(), schema.path("description").asText(), fields);
    }

    private static String typeOf(JsonNode property, List<String> values) {
        if (!values.isEmpty()) {
            return "code";
        }
        String format = property.path("format").asText("");
        if (!format.isEmpty()) {
            return format;
        }
        JsonNode type = property.path("type");
        return type.isArray() ? type.get(0).asText() : type.asText("string");
    }

    private static JsonNode schema(String type) {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(EventContracts.schemaResource(type))) {
            if (in == null) {
                throw new IllegalStateException("No schema for " + type);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
