package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** The team acknowledged a double-offer warning with a reason (kept in the plans service). */
@EventType("dk.sammen.plans.double-offer-acknowledged.v1")
public record DoubleOfferAcknowledgedV1(
        UUID courseId,
        UUID warningId,
        Instant acknowledgedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
