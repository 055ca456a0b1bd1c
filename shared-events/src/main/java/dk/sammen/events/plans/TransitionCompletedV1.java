package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A planned transition took place. */
@EventType("dk.sammen.plans.transition-completed.v1")
public record TransitionCompletedV1(
        UUID courseId,
        UUID transitionId,
        Instant completedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
