package dk.sammen.plans.trial;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.TrialActionDecidedV1;
import dk.sammen.events.plans.TrialActionEvaluatedV1;
import dk.sammen.events.plans.TrialActionProposedV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Trial actions publish their costs and outcome for analysis; hypotheses and reasoning stay here. */
@Component
class TrialIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case TrialEvents.TrialActionProposed e -> new TrialActionProposedV1(e.courseId(), e.trialId(), e.expectedCostPerYear(),
                    e.costBeforePerYear(), e.proposedAt());
            case TrialEvents.TrialActionDecided e -> new TrialActionDecidedV1(e.courseId(), e.trialId(), e.approved(), e.decidedAt());
            case TrialEvents.TrialActionEvaluated e -> new TrialActionEvaluatedV1(e.courseId(), e.trialId(), e.result(),
                    e.actualCostPerYear(), e.evaluatedAt());
            default -> null;
        });
    }
}
