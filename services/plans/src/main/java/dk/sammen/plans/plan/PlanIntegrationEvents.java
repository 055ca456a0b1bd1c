package dk.sammen.plans.plan;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.AspirationsDescribedV1;
import dk.sammen.events.plans.GoalSetV1;
import dk.sammen.events.plans.SubGoalAddedV1;
import dk.sammen.events.plans.SubGoalStatusChangedV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What the plan publishes: its structure (areas, revisions, owners, dates), never the young
 * person's words, which describe a person and stay in this service.
 */
@Component
class PlanIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case PlanEvents.GoalSet e -> new GoalSetV1(e.courseId(), e.goalId(), e.area(), e.revision(), e.responsibleId(),
                    e.byWhen(), e.setAt());
            case PlanEvents.AspirationsDescribed e -> new AspirationsDescribedV1(e.courseId(), e.describedAt());
            case PlanEvents.SubGoalAdded e -> new SubGoalAddedV1(e.courseId(), e.subGoalId(), e.goalId(), e.ownerId(),
                    e.dueDate(), e.addedAt());
            case PlanEvents.SubGoalStatusChanged e -> new SubGoalStatusChangedV1(e.courseId(), e.subGoalId(), e.status(), e.changedAt());
            default -> null;
        });
    }
}
