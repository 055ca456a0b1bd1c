package dk.sammen.platform.security;

import dk.sammen.platform.test.TestIdentity;
import dk.sammen.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A token is decoded once and then served from memory, but never past its own lifetime and never
 * when the decoder refused it: the cache accepts nothing the decoder it wraps would refuse.
 */
class CachingJwtDecoderTest {

    private static final Instant ISSUED = Instant.parse("2026-12-01T08:00:00Z");

    private Instant now = ISSUED.plusSeconds(10);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    /** What the wrapped decoder was asked to decode: the expensive part the cache saves. */
    private final List<String> decodedByTheDecoder = new ArrayList<>();
    private boolean decoderRefuses;

    private final JwtDecoder decoder = token -> {
        decodedByTheDecoder.add(token);
        if (decoderRefuses) {
            throw new BadJwtException("An error occurred while attempting to decode the Jwt: refused");
        }
        Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("someone").issuedAt(ISSUED)
                .expiresAt(ISSUED.plus(Duration.ofMinutes(5)));
        return token.startsWith("later") ? jwt.notBefore(ISSUED.plus(Duration.ofMinutes(1))).build() : jwt.build();
    };
    private final CachingJwtDecoder cache = new CachingJwtDecoder(decoder, clock);

    @Test
    void aTokenIsDecodedOnceForItsLifetime() {
        assertThat(cache.decode("token").getSubject()).isEqualTo("someone");
        assertThat(cache.decode("token").getSubject()).isEqualTo("someone");
        assertThat(cache.decode("another")).isNotNull();
        assertThat(decodedByTheDecoder).containsExactly("token", "another");
    }

    @Test
    void anExpiredTokenIsDecodedAgainAndRefusedWhenTheDecoderRefusesIt() {
        cache.decode("token");
        now = ISSUED.plus(Duration.ofMinutes(5));
        decoderRefuses = true;

        assertThatThrownBy(() -> cache.decode("token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("token")).isInstanceOf(BadJwtException.class);
        assertThat(decodedByTheDecoder).containsExactly("token", "token", "token");
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        decoderRefuses = true;
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(decodedByTheDecoder).containsExactly("forged", "forged");
    }

    @Test
    void aTokenNotYetValidIsNotServedFromMemoryBeforeItsTime() {
        cache.decode("later-token");
        cache.decode("later-token");
        assertThat(decodedByTheDecoder).as("before its not-before, the decoder decides every time").hasSize(2);

        now = ISSUED.plus(Duration.ofMinutes(2));
        cache.decode("later-token");
        cache.decode("later-token");
        assertThat(decodedByTheDecoder).hasSize(3);
    }

    /** With the real decoder and the tests' identity provider: a signed token is served again, a forged one refused every time. */
    @Test
    void withTheRealDecoderASignedTokenIsKeptAndAForgedOneRefusedEveryTime() {
        CachingJwtDecoder real = new CachingJwtDecoder(NimbusJwtDecoder.withJwkSetUri(TestTokens.jwkSetUri()).build(), Clock.systemUTC());
        String signed = TestTokens.token(TestIdentity.with("caseworker"));
        assertThat(real.decode(signed)).isSameAs(real.decode(signed));

        String forged = TestTokens.forged(TestIdentity.with("caseworker"), TestTokens.ISSUER, TestTokens.AUDIENCE,
                Instant.now().plus(Duration.ofMinutes(5)), true);
        assertThatThrownBy(() -> real.decode(forged)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> real.decode(forged)).isInstanceOf(JwtException.class);
    }
}
