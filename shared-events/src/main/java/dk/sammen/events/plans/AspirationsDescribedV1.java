package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** The young person described their dreams and the path they see. The words stay in the plans service. */
@EventType("dk.sammen.plans.aspirations-described.v1")
public record AspirationsDescribedV1(
        UUID courseId,
        Instant describedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
