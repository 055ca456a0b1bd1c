package dk.sammen.plans.course;

import dk.sammen.events.plans.CourseOfferReason;

import java.time.Instant;
import java.util.UUID;

/** A coordinated course was opened for a young person. */
public record CourseOpened(UUID courseId, UUID citizenId, CourseOfferReason reason, Instant openedAt) {
}
