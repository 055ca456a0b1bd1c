package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A sub-goal (delmål) was added under a goal. */
@EventType("dk.sammen.plans.sub-goal-added.v1")
public record SubGoalAddedV1(
        UUID courseId,
        UUID subGoalId,
        UUID goalId,
        UUID ownerId,
        LocalDate dueDate,
        Instant addedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
