package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A trial action was evaluated. */
@EventType("dk.sammen.plans.trial-action-evaluated.v1")
public record TrialActionEvaluatedV1(
        UUID courseId,
        UUID trialId,
        TrialResult result,
        long actualCostPerYear,
        Instant evaluatedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
