package dk.sammen.platform.personaldata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.crypto.tink.Aead;
import dk.sammen.platform.domain.DomainRuleViolation;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

/**
 * Writes a {@link PersonalData} value as {@code pd1:<subject>:<base64 AES-GCM ciphertext of its
 * JSON>}, under the key of the {@link DataSubject} being written. Only where the mapper carries
 * {@link DataKeys} (the event store's); elsewhere the value is written as it is.
 */
public class PersonalDataSerializer extends StdSerializer<Object> {

    static final String PREFIX = "pd1:";

    /** The rule a write about an erased subject breaks. */
    public static final String ERASED_RULE = "data-subject-erased";

    /** Plain JSON of the value inside the ciphertext, independent of the mapper's settings (dates as ISO text). */
    static final ObjectMapper PLAIN = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    public PersonalDataSerializer() {
        super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        Object keys = provider.getAttribute(DataKeys.class);
        if (!(keys instanceof DataKeys dataKeys)) {
            provider.defaultSerializeValue(value, generator);
            return;
        }
        UUID subject = subjectOf(generator);
        // A rule, not a fault: whoever asks to write about an erased subject is told so (409), whichever service it is.
        Aead aead = dataKeys.forWriting(subject).orElseThrow(() -> new DomainRuleViolation(ERASED_RULE,
                "The personal data of " + subject + " was erased; nothing more is written about them"));
        try {
            byte[] sealed = aead.encrypt(PLAIN.writeValueAsBytes(value), DataKeys.associatedData(subject));
            generator.writeString(PREFIX + subject + ":" + Base64.getEncoder().encodeToString(sealed));
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot encrypt personal data", e);
        }
    }

    /** The nearest enclosing object that is a data subject's: the event, for a field of it or of a part of it. */
    private static UUID subjectOf(JsonGenerator generator) {
        for (JsonStreamContext context = generator.getOutputContext(); context != null; context = context.getParent()) {
            if (context.getCurrentValue() instanceof DataSubject subject) {
                return subject.dataSubject();
            }
        }
        throw new IllegalStateException("@PersonalData outside a DataSubject: its key is unknown");
    }
}
