package dk.sammen.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes each access token once: parsing it, checking its signature and its claims cost about a
 * twelfth of a command's CPU (measured with JFR under {@code ./sammen bench plans}), and a client
 * sends the same token with every request for the token's lifetime. A token is served from here
 * only while it is within its own lifetime (no clock skew allowed, unlike the decoder it wraps),
 * so nothing is accepted here that the wrapped decoder would refuse; a refused token is never kept.
 */
final class CachingJwtDecoder implements JwtDecoder {

    /** Tokens kept at most; past it the cache starts over (a few thousand callers at once is far beyond one instance). */
    static final int MOST_KEPT = 10_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Map<String, Jwt> decoded = new ConcurrentHashMap<>();

    CachingJwtDecoder(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Jwt known = decoded.get(token);
        if (known != null && within(known, now)) {
            return known;
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null && within(jwt, now)) {
            if (decoded.size() >= MOST_KEPT) {
                decoded.clear();
            }
            decoded.put(token, jwt);
        } else if (known != null) {
            decoded.remove(token);
        }
        return jwt;
    }

    private static boolean within(Jwt jwt, Instant now) {
        Instant expiresAt = jwt.getExpiresAt();
        Instant notBefore = jwt.getNotBefore();
        return expiresAt != null && now.isBefore(expiresAt) && (notBefore == null || !now.isBefore(notBefore));
    }
}
