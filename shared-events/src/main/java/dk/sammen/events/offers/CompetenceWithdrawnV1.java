package dk.sammen.events.offers;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A competence left the competence bank. */
@EventType("dk.sammen.offers.competence-withdrawn.v1")
public record CompetenceWithdrawnV1(
        UUID competenceId,
        Instant withdrawnAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return competenceId.toString();
    }
}
