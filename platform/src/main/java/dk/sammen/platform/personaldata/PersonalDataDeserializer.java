package dk.sammen.platform.personaldata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.google.crypto.tink.Aead;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a {@link PersonalData} value back: decrypted while its subject's key exists; once the key
 * is erased, {@link PersonalData#ERASED} (a list of texts: that one word; anything else: null). A value stored before
 * encryption (no {@code pd1:} prefix) is read as it is.
 */
public class PersonalDataDeserializer extends JsonDeserializer<Object> implements ContextualDeserializer {

    private final @Nullable JavaType type;

    public PersonalDataDeserializer() {
        this(null);
    }

    private PersonalDataDeserializer(@Nullable JavaType type) {
        this.type = type;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        return new PersonalDataDeserializer(property != null ? property.getType() : context.getContextualType());
    }

    @Override
    public @Nullable Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING || !parser.getText().startsWith(PersonalDataSerializer.PREFIX)) {
            return context.readValue(parser, type);
        }
        String stored = parser.getText();
        int colon = stored.indexOf(':', PersonalDataSerializer.PREFIX.length());
        UUID subject = UUID.fromString(stored.substring(PersonalDataSerializer.PREFIX.length(), colon));
        if (!(context.getAttribute(DataKeys.class) instanceof DataKeys keys)) {
            throw new IllegalStateException("Personal data read without the data keys: configure the event serializer");
        }
        Optional<Aead> aead = keys.existing(subject);
        if (aead.isEmpty()) {
            return erased();
        }
        try {
            byte[] json = aead.get().decrypt(Base64.getDecoder().decode(stored.substring(colon + 1)), DataKeys.associatedData(subject));
            return PersonalDataSerializer.PLAIN.readValue(json, type);
        } catch (GeneralSecurityException e) {
            throw new IOException("Personal data of " + subject + " does not decrypt with its key", e);
        }
    }

    @Override
    public @Nullable Object getNullValue(DeserializationContext context) {
        return null;
    }

    /**
     * A text reads as erased, and a list or set of texts as that one word; a collection of ids or
     * facts as empty; a date, a number or a record of facts, which cannot say so, as nothing.
     */
    private @Nullable Object erased() {
        if (type == null || type.hasRawClass(String.class) || type.hasRawClass(Object.class)) {
            return PersonalData.ERASED;
        }
        if (type.isTypeOrSubTypeOf(Collection.class)) {
            boolean texts = type.getContentType() == null || type.getContentType().hasRawClass(String.class);
            if (type.isTypeOrSubTypeOf(Set.class)) {
                return texts ? Set.of(PersonalData.ERASED) : Set.of();
            }
            return texts ? List.of(PersonalData.ERASED) : List.of();
        }
        return null;
    }
}
