package dk.sammen.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The hash that chains an audit entry to the one before it. */
final class AuditChain {

    static final String GENESIS = "genesis";

    private AuditChain() {
    }

    /** SHA-256 over the previous hash and every field, each separated by a unit separator (never in a field's text). */
    static String hash(AuditEntry entry) {
        String canonical = Stream.of(entry.previousHash(), entry.position(), entry.recordedAt(), entry.userId(), entry.roles(),
                        entry.citizenId(), entry.courseId(), entry.action(), entry.resource(), entry.outcome(), entry.basis(),
                        entry.reason(), entry.clientAddress())
                .map(value -> Objects.toString(value, ""))
                .collect(Collectors.joining("\u001f"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
