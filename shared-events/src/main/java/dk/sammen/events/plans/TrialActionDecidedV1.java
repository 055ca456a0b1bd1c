package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** The team decided on a trial action. */
@EventType("dk.sammen.plans.trial-action-decided.v1")
public record TrialActionDecidedV1(
        UUID courseId,
        UUID trialId,
        boolean approved,
        Instant decidedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
