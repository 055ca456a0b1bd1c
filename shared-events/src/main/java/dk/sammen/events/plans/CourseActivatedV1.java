package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** The course became active: consent given, a tovholder assigned, a community goal in the plan. */
@EventType("dk.sammen.plans.course-activated.v1")
public record CourseActivatedV1(
        UUID courseId,
        UUID citizenId,
        Instant activatedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
