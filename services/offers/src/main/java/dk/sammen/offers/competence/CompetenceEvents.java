package dk.sammen.offers.competence;

import dk.sammen.events.offers.Availability;

import java.time.Instant;
import java.util.UUID;

public final class CompetenceEvents {

    private CompetenceEvents() {
    }

    /** @param revision 1 when registered, one more at each update */
    public record CompetenceRegistered(UUID competenceId, int revision, CompetenceDetails details, Availability availability,
                                       Instant registeredAt) {
    }

    public record CompetenceAvailabilityChanged(UUID competenceId, Availability availability, Instant changedAt) {
    }

    public record CompetenceWithdrawn(UUID competenceId, Instant withdrawnAt) {
    }
}
