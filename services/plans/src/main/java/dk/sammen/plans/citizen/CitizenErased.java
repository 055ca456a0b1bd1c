package dk.sammen.plans.citizen;

import dk.sammen.events.plans.ErasureBasis;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A young person's personal data was erased: the fact stays in the event store (who, which
 * courses, why, when), the data does not. Their data keys are deleted as this is stored.
 */
public record CitizenErased(UUID citizenId, Set<UUID> courseIds, ErasureBasis basis, Instant erasedAt) {
}
