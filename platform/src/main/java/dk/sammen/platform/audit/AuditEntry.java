package dk.sammen.platform.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One look at or change of personal data: who (user and roles), which young person and course,
 * what (action and resource), with what outcome, on what basis and why, when, and from where.
 *
 * @param position     the entry's place in the chain, from 1 with no gaps
 * @param basis        on what grounds access was given (TEAM, EMERGENCY, OWN, ...); null if by role alone or refused
 * @param reason       the stated reason, for break-the-glass access
 * @param previousHash the hash of the entry before ({@code genesis} for the first)
 * @param hash         SHA-256 over the previous hash and every field of this entry
 */
public record AuditEntry(long position, Instant recordedAt, String userId, String roles, @Nullable UUID citizenId, @Nullable UUID courseId,
                         String action, String resource, int outcome, @Nullable String basis, @Nullable String reason, String clientAddress,
                         String previousHash, @Nullable String hash) {
}
