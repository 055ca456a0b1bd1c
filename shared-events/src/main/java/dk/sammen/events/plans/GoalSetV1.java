package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A goal of the plan was set (revision 1) or changed (a higher revision). The young person's own words stay in the plans service. */
@EventType("dk.sammen.plans.goal-set.v1")
public record GoalSetV1(
        UUID courseId,
        UUID goalId,
        GoalArea area,
        int revision,
        UUID responsibleId,
        @Nullable LocalDate dueDate,
        Instant setAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
