package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** The course was closed with an outcome. */
@EventType("dk.sammen.plans.course-closed.v1")
public record CourseClosedV1(
        UUID courseId,
        UUID citizenId,
        CourseOutcome outcome,
        Instant closedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
