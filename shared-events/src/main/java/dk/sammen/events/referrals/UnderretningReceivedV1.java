package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An underretning (notification of concern) about a child or young person was received. The
 * reporter's identity and the free-text description never leave the referrals service.
 *
 * @param citizenId the young person, or {@code null} while their identity is still unresolved
 */
@EventType("dk.sammen.referrals.underretning-received.v1")
public record UnderretningReceivedV1(
        UUID underretningId,
        @Nullable UUID citizenId,
        ReporterKind reporterKind,
        Set<ConcernCategory> concerns,
        IntakeChannel channel,
        Instant receivedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return underretningId.toString();
    }

    /** Keyed by the young person when known, so all that concerns them stays in order. */
    @Override
    public String partitionKey() {
        return citizenId != null ? citizenId.toString() : subject();
    }
}
