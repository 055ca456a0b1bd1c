package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An underretning received and handled before Sammen, outside the system, was imported: part of
 * the young person's history (it counts toward concern patterns), but no deadline ran in Sammen,
 * so it is no part of the intake's response times and never a breach. Published instead of
 * {@code underretning-received}, so every figure can tell the two apart.
 */
@EventType("dk.sammen.referrals.underretning-imported.v1")
public record UnderretningImportedV1(
        UUID underretningId,
        @Nullable UUID citizenId,
        ReporterKind reporterKind,
        Set<ConcernCategory> concerns,
        IntakeChannel channel,
        Instant receivedAt,
        Instant importedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return underretningId.toString();
    }

    @Override
    public String partitionKey() {
        return citizenId != null ? citizenId.toString() : subject();
    }
}
