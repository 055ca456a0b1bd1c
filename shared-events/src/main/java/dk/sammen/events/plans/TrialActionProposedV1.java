package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A trial action (prøvehandling) was proposed. The hypothesis stays in the plans service. */
@EventType("dk.sammen.plans.trial-action-proposed.v1")
public record TrialActionProposedV1(
        UUID courseId,
        UUID trialId,
        long expectedCostPerYear,
        @Nullable Long costBeforePerYear,
        Instant proposedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
