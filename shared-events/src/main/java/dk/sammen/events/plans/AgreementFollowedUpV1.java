package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A binding agreement was followed up: fulfilled or not. */
@EventType("dk.sammen.plans.agreement-followed-up.v1")
public record AgreementFollowedUpV1(
        UUID courseId,
        UUID agreementId,
        boolean fulfilled,
        Instant followedUpAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
