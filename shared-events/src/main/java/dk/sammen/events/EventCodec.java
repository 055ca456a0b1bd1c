package dk.sammen.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON form of integration-event payloads, shared by publishers and consumers so both
 * agree on it: ISO-8601 timestamps, enum names, unknown fields tolerated (a consumer on an older
 * build of the contracts keeps reading a type whose schema gained optional fields).
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventCodec() {
    }

    public static byte[] encode(IntegrationEvent event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    public static <T extends IntegrationEvent> T decode(byte[] data, Class<T> contract) {
        try {
            return MAPPER.readValue(data, contract);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot decode " + contract.getSimpleName(), e);
        }
    }

    /** The contract from data already read as a tree (by a consumer that looked at it, or changed it, first). */
    public static <T extends IntegrationEvent> T decode(JsonNode tree, Class<T> contract) {
        try {
            return MAPPER.treeToValue(tree, contract);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot decode " + contract.getSimpleName(), e);
        }
    }

    public static JsonNode tree(byte[] data) {
        try {
            return MAPPER.readTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Event data is not JSON", e);
        }
    }
}
