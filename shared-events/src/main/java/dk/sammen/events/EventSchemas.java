package dk.sammen.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates event data against the JSON Schema of its CloudEvent type. */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** @return the violations, empty when the data conforms. */
    public static List<String> violations(String type, byte[] data) {
        JsonNode json = EventCodec.tree(data);
        return schema(type).validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    public static JsonSchema schema(String type) {
        return SCHEMAS.computeIfAbsent(type, EventSchemas::load);
    }

    private static JsonSchema load(String type) {
        String resource = EventContracts.schemaResource(type);
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No JSON Schema for event type " + type + " at " + resource);
            }
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
