package dk.sammen.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The development identity provider as the stack's scripts use it: a demo person's access token
 * by the client-credentials grant (what {@code curl -u rikke:demo -d grant_type=client_credentials
 * .../oauth2/token} does), their id, and giving a young person or guardian their citizen id.
 */
public final class DevIdentity {

    public static final String PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI issuer;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    DevIdentity(URI issuer) {
        this.issuer = issuer;
    }

    public URI issuer() {
        return issuer;
    }

    /** A token of this demo person (kept for the run: they last eight hours). */
    public String token(String username) {
        return tokens.computeIfAbsent(username, this::requestToken);
    }

    /** The demo person's id: the subject of their tokens. */
    public UUID id(String username) {
        return UUID.fromString(people().get(username).get("id").asText());
    }

    /** Makes a young person's or guardian's tokens carry the citizen ids the plans service gave them. */
    public void identify(String username, UUID citizenId, Set<UUID> guardianOf) {
        String body = "{\"id\": \"%s\", \"guardianOf\": [%s]}".formatted(citizenId,
                guardianOf.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ")));
        StackHttp.ok(HttpRequest.newBuilder(issuer.resolve("/demo-people/" + username)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
        tokens.remove(username);
    }

    private JsonNode people() {
        try {
            return JSON.readTree(StackHttp.ok(HttpRequest.newBuilder(issuer.resolve("/demo-people")).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String requestToken(String username) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String body = StackHttp.ok(HttpRequest.newBuilder(issuer.resolve("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        try {
            return JSON.readTree(body).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
