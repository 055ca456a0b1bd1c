package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A transition was planned with a date and a responsible person (principle 7). */
@EventType("dk.sammen.plans.transition-planned.v1")
public record TransitionPlannedV1(
        UUID courseId,
        UUID transitionId,
        TransitionKind kind,
        LocalDate plannedFor,
        UUID responsibleId,
        Instant plannedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
