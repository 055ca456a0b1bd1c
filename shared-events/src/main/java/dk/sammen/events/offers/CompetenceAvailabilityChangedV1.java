package dk.sammen.events.offers;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A competence became more or less available. */
@EventType("dk.sammen.offers.competence-availability-changed.v1")
public record CompetenceAvailabilityChangedV1(
        UUID competenceId,
        Availability availability,
        Instant changedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return competenceId.toString();
    }
}
