package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An offer running in the course ended. */
@EventType("dk.sammen.plans.course-offer-ended.v1")
public record CourseOfferEndedV1(
        UUID courseId,
        UUID offerId,
        LocalDate endedOn,
        Instant endedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
