package dk.sammen.platform.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.web.InvalidInputException;
import dk.sammen.platform.web.Responses;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Creating commands that honour an {@code Idempotency-Key}: a client that lost the answer to its
 * request and sends it again gets the resource the first attempt created, not a second one.
 *
 * <p>The key is claimed in the same transaction that stores the command's events. A concurrent
 * retry blocks on the key until the first attempt commits (and then finds its resource) or rolls
 * back (and then creates it itself). The same key with a different body is refused, because
 * answering it with the first resource would hide that the second request was never carried out.
 *
 * <p>A key belongs to the caller who sent it (the token's subject): two front ends that happen to
 * pick the same key do not get each other's resources. It lasts {@code sammen.idempotency.key-lifetime}
 * (a day): a retry comes within seconds or minutes, and after that the key may be used afresh.
 */
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Fingerprint fingerprint;
    private final Duration keyLifetime;

    public IdempotentCreation(JdbcClient jdbc, TransactionTemplate transaction, ObjectMapper json, Duration keyLifetime) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.fingerprint = new Fingerprint(json);
        this.keyLifetime = keyLifetime;
    }

    /**
     * Creates a resource with a fresh id, once per key.
     *
     * @param scope    what kind of resource the key creates, such as {@code courses}
     * @param key      the client's {@code Idempotency-Key}, or {@code null} for none
     * @param request  the request body, compared with the first request's on a retry
     * @param creation sends the creating command for the given new id
     * @return {@code 201 Created} with the resource's URL; on a replay the first resource's
     */
    public ResponseEntity<Responses.Created> create(String scope, String key, Object request, Consumer<UUID> creation) {
        return create(scope, key, request, UUID.randomUUID(), creation);
    }

    /** Creates a resource whose id follows from the request (such as a citizen's pseudonym), once per key. */
    public ResponseEntity<Responses.Created> create(String scope, String key, Object request, UUID id, Consumer<UUID> creation) {
        if (key == null) {
            creation.accept(id);
            return Responses.created(id);
        }
        validate(key);
        String requestHash = fingerprint.of(request);
        String callersScope = scope + ":" + Caller.current().map(caller -> String.valueOf(caller.id())).orElse("anonymous");
        Claim claim = Objects.requireNonNull(transaction.execute(status -> {
            // A key past its lifetime is claimed afresh, as if it had never been used.
            int claimed = jdbc.sql("""
                            INSERT INTO idempotency_key (scope, key, request_hash, resource_id) VALUES (?, ?, ?, ?)
                            ON CONFLICT (scope, key) DO UPDATE
                            SET request_hash = EXCLUDED.request_hash, resource_id = EXCLUDED.resource_id, created_at = now()
                            WHERE idempotency_key.created_at < now() - make_interval(secs => ?)""")
                    .params(callersScope, key, requestHash, id, keyLifetime.toSeconds()).update();
            if (claimed == 1) {
                creation.accept(id);
                return new Claim(id, false);
            }
            return existing(callersScope, key, requestHash);
        }));
        ResponseEntity<Responses.Created> created = Responses.created(claim.id());
        return claim.replayed()
                ? ResponseEntity.status(created.getStatusCode()).headers(created.getHeaders())
                        .header(REPLAYED_HEADER, "true").body(created.getBody())
                : created;
    }

    private Claim existing(String scope, String key, String requestHash) {
        Optional<Claim> earlier = jdbc.sql("SELECT resource_id, request_hash FROM idempotency_key WHERE scope = ? AND key = ?")
                .params(scope, key)
                .query((rs, n) -> {
                    if (!rs.getString("request_hash").equals(requestHash)) {
                        throw new IdempotencyKeyReusedException();
                    }
                    return new Claim(rs.getObject("resource_id", UUID.class), true);
                })
                .optional();
        return earlier.orElseThrow(() -> new IllegalStateException("Idempotency key vanished while claimed"));
    }

    private static void validate(String key) {
        if (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInputException(HEADER, "must be 1-255 printable ASCII characters, such as a UUID");
        }
    }


    private record Claim(UUID id, boolean replayed) {
    }

    /** The same key was sent again with a different request. */
    public static class IdempotencyKeyReusedException extends RuntimeException {
        IdempotencyKeyReusedException() {
            super("This Idempotency-Key was already used for a different request; use a new key for a new request");
        }
    }
}
