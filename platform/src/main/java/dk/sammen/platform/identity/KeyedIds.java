package dk.sammen.platform.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Ids that are a keyed hash (HMAC-SHA256) of something else, shaped as a UUID (RFC 9562 version
 * 8, custom): the same input always gives the same id, and without the key no one can compute
 * the id from the input or try inputs until one matches.
 */
public final class KeyedIds {

    private final SecretKeySpec key;

    /** A key of at least 32 characters; {@code name} says which key it is when it is too short. */
    public KeyedIds(String key, String name) {
        if (key == null || key.length() < 32) {
            throw new IllegalArgumentException(name + " must be at least 32 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public UUID of(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            ByteBuffer hash = ByteBuffer.wrap(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
            long high = (hash.getLong() & ~0xF000L) | 0x8000L; // version 8: custom
            long low = (hash.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
            return new UUID(high, low);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
