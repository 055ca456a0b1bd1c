package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** Two registered people were related, so a family's courses can be seen together. */
@EventType("dk.sammen.plans.family-relation-registered.v1")
public record FamilyRelationRegisteredV1(
        UUID citizenId,
        UUID relatedCitizenId,
        FamilyRelation relation,
        Instant registeredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return citizenId.toString();
    }
}
