package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A coordinated course (borgerforløb) was opened for a young person. */
@EventType("dk.sammen.plans.course-opened.v1")
public record CourseOpenedV1(UUID courseId, UUID citizenId, CourseOfferReason reason, Instant openedAt)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
