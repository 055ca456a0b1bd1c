package dk.sammen.analytics.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed-hash pseudonyms for what leaves analytics: HMAC-SHA256 of an operational id under a key
 * only analytics' exports hold, cut to 128 bits. The same id gets the same pseudonym in every
 * export made with the key, so analysts can follow a young person through the history; without
 * the key, no one can compute a pseudonym from an id, so an export cannot be joined back to the
 * operational services.
 */
@Component
class Pseudonyms {

    static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Logger log = LoggerFactory.getLogger(Pseudonyms.class);

    private final SecretKeySpec key;

    Pseudonyms(@Value("${sammen.analytics.export.pseudonym-key:}") String configuredKey) {
        byte[] secret;
        if (configuredKey.isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            log.warn("No sammen.analytics.export.pseudonym-key configured: exports use a key of this run only, "
                    + "so their pseudonyms will not match those of exports made after a restart");
        } else {
            secret = configuredKey.getBytes(StandardCharsets.UTF_8);
            if (secret.length < 32) {
                throw new IllegalStateException("sammen.analytics.export.pseudonym-key must be at least 32 bytes");
            }
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String of(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(id.toLowerCase().getBytes(StandardCharsets.UTF_8));
            return "p" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
