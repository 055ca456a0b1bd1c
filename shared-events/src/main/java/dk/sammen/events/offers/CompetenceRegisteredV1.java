package dk.sammen.events.offers;

import dk.sammen.events.Centre;
import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A competence was registered in the competence bank (or updated: a higher revision). */
@EventType("dk.sammen.offers.competence-registered.v1")
public record CompetenceRegisteredV1(
        UUID competenceId,
        int revision,
        Centre centre,
        Set<NeedCategory> needCategories,
        Availability availability,
        Instant registeredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return competenceId.toString();
    }
}
