package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A consent was withdrawn; sharing under it stops. */
@EventType("dk.sammen.plans.consent-withdrawn.v1")
public record ConsentWithdrawnV1(
        UUID courseId,
        UUID citizenId,
        ConsentGiver withdrawnBy,
        @Nullable UUID guardianId,
        boolean sharingStopped,
        Instant withdrawnAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
