package dk.sammen.events.plans;

import dk.sammen.events.Centre;
import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Consent to the course and to sharing across the named centres was recorded. */
@EventType("dk.sammen.plans.consent-recorded.v1")
public record ConsentRecordedV1(
        UUID courseId,
        UUID citizenId,
        ConsentGiver givenBy,
        @Nullable UUID guardianId,
        Set<Centre> sharedWith,
        Instant recordedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
