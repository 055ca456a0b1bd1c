package dk.sammen.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tests' identity provider: an RSA key that signs access tokens, and its public key set
 * served over HTTP, so the services verify test tokens exactly as they verify the real
 * provider's (signature from the key set URI, issuer, audience, expiry). One per test JVM.
 */
public final class TestTokens {

    public static final String ISSUER = "http://identity.sammen.test";
    public static final String AUDIENCE = "sammen";
    private static final Duration LIFETIME = Duration.ofHours(2);

    private static final RSAKey KEY = generate();
    private static final Map<TestIdentity, String> TOKENS = new ConcurrentHashMap<>();
    private static volatile String jwkSetUri;

    private TestTokens() {
    }

    /** Where the services find the key set, started on first use. */
    public static synchronized String jwkSetUri() {
        if (jwkSetUri == null) {
            jwkSetUri = serveKeySet();
        }
        return jwkSetUri;
    }

    /** A valid token for this person (the same one for the run, as a front end reuses its token). */
    public static String token(TestIdentity identity) {
        return TOKENS.computeIfAbsent(identity, who -> sign(who, ISSUER, AUDIENCE, Instant.now().plus(LIFETIME), KEY));
    }

    /** A token with a wrong issuer, audience or expiry, or signed by another key, for tests that they are refused. */
    public static String forged(TestIdentity identity, String issuer, String audience, Instant expiresAt, boolean foreignKey) {
        return sign(identity, issuer, audience, expiresAt, foreignKey ? generate() : KEY);
    }

    private static String sign(TestIdentity identity, String issuer, String audience, Instant expiresAt, RSAKey key) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(identity.id().toString())
                .issueTime(Date.from(Instant.now().minusSeconds(5)))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", identity.roles());
        if (identity.centre() != null) {
            claims.claim("centre", identity.centre());
        }
        if (!identity.guardianOf().isEmpty()) {
            claims.claim("guardian_of", identity.guardianOf().stream().map(UUID::toString).toList());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serveKeySet() {
        byte[] keySet = new JWKSet(List.of(KEY.toPublicJWK())).toString().getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keySet.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(keySet);
                }
            });
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
