package dk.sammen.platform.command;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A value's fingerprint: SHA-256 of its JSON in a canonical form, map entries by key and a set's
 * elements in the order of their own JSON. So the same request has the same fingerprint on every
 * replica and after every restart: a set's iteration order follows its elements' hash codes, and
 * an enum's hash code is its identity, different in every JVM.
 */
public final class Fingerprint {

    private final ObjectMapper canonical;

    public Fingerprint(ObjectMapper json) {
        this.canonical = json.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .registerModule(new SimpleModule("canonical-sets").addSerializer(new SetsInOrder()));
    }

    public String of(Object value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.writeValueAsBytes(value)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint " + value.getClass().getSimpleName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final class SetsInOrder extends StdSerializer<Set> {

        SetsInOrder() {
            super(Set.class);
        }

        @Override
        public void serialize(Set value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            ObjectMapper mapper = (ObjectMapper) generator.getCodec();
            List<String> elements = new ArrayList<>();
            for (Object element : (Set<Object>) value) {
                elements.add(mapper.writeValueAsString(element));
            }
            Collections.sort(elements);
            generator.writeStartArray();
            for (String element : elements) {
                generator.writeRawValue(element);
            }
            generator.writeEndArray();
        }
    }
}
