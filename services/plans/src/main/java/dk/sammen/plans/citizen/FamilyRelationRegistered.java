package dk.sammen.plans.citizen;

import dk.sammen.events.plans.FamilyRelation;

import java.time.Instant;
import java.util.UUID;

/** The related person is {@code relation} of the citizen (a parent, a child, a sibling). */
public record FamilyRelationRegistered(UUID citizenId, UUID relatedCitizenId, FamilyRelation relation, Instant registeredAt) {
}
