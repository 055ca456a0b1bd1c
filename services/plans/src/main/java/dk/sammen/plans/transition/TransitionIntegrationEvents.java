package dk.sammen.plans.transition;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.AdultTransitionReminderRaisedV1;
import dk.sammen.events.plans.TransitionCompletedV1;
import dk.sammen.events.plans.TransitionPlannedV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class TransitionIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case TransitionEvents.TransitionPlanned e -> new TransitionPlannedV1(e.courseId(), e.transitionId(), e.kind(),
                    e.plannedFor(), e.responsibleId(), e.plannedAt());
            case TransitionEvents.TransitionCompleted e -> new TransitionCompletedV1(e.courseId(), e.transitionId(), e.completedAt());
            case TransitionEvents.AdultTransitionReminderRaised e -> new AdultTransitionReminderRaisedV1(e.courseId(), e.citizenId(),
                    e.eighteenthBirthday(), e.raisedAt());
            default -> null;
        });
    }
}
