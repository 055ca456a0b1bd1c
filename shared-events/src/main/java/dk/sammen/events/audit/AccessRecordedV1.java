package dk.sammen.events.audit;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A service recorded a read or change of personal data in its audit trail. The entry's hash
 * chains it to the one before, so a copy of the topic shows whether the service's own trail was
 * altered. Carries no personal text: a break-the-glass reason stays in the service's trail.
 *
 * @param position   the entry's place in the service's chain (1, 2, 3, ... with no gaps)
 * @param userId     the token's subject
 * @param action     method and endpoint, e.g. {@code GET /courses/{courseId}}
 * @param resource   the path called, ids only
 * @param outcome    the HTTP status answered (403: refused)
 * @param basis      on what grounds access was given, e.g. TEAM, EMERGENCY, OWN; absent when refused or by role alone
 * @param emergency  whether break-the-glass was the ground
 */
@EventType("dk.sammen.audit.access-recorded.v1")
public record AccessRecordedV1(
        String service,
        long position,
        Instant recordedAt,
        String userId,
        List<String> roles,
        @Nullable UUID citizenId,
        @Nullable UUID courseId,
        String action,
        String resource,
        int outcome,
        @Nullable String basis,
        boolean emergency,
        @Nullable String clientAddress,
        String previousHash,
        String hash) implements IntegrationEvent {

    @Override
    public String subject() {
        return service + ":" + position;
    }

    /** One young person's accesses stay in order on one partition. */
    @Override
    public String partitionKey() {
        return citizenId != null ? citizenId.toString() : userId;
    }
}
