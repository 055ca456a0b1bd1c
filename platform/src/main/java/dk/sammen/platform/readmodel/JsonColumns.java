package dk.sammen.platform.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A value kept as a JSON document in a read-model column, written and read with the service's
 * own ObjectMapper. A document that cannot be written or read is a programming error, not
 * something a caller can handle, so it is unchecked here once.
 */
public class JsonColumns {

    private final ObjectMapper json;

    public JsonColumns(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public <T> T read(String document, Class<T> type) {
        try {
            return json.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored " + type.getSimpleName(), e);
        }
    }
}
