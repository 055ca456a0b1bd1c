package dk.sammen.platform.identity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * The opaque id every service gives the person behind a CPR number: a keyed hash (HMAC-SHA256)
 * of the number under the municipality's pseudonym key, shaped as a UUID. Services that meet the
 * same person (the plans service registering a young person, the referrals service receiving an
 * underretning about them) arrive at the same id without ever sending the CPR number to each
 * other; without the key the id cannot be traced back to the number (GDPR art. 4(5)).
 */
public final class CitizenPseudonyms {

    private final SecretKeySpec key;

    public CitizenPseudonyms(String key) {
        if (key == null || key.length() < 32) {
            throw new IllegalArgumentException("The citizen pseudonym key must be at least 32 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public UUID of(Cpr cpr) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            ByteBuffer hash = ByteBuffer.wrap(mac.doFinal(cpr.digits().getBytes(StandardCharsets.US_ASCII)));
            long high = (hash.getLong() & ~0xF000L) | 0x8000L; // RFC 9562 version 8: custom
            long low = (hash.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
            return new UUID(high, low);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
