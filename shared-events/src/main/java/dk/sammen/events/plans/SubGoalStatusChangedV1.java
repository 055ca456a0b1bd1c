package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A sub-goal (delmål) changed status. */
@EventType("dk.sammen.plans.sub-goal-status-changed.v1")
public record SubGoalStatusChangedV1(
        UUID courseId,
        UUID subGoalId,
        SubGoalStatus status,
        Instant changedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
