package dk.sammen.plans.course;

import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.platform.web.Versioned;

import java.time.Instant;
import java.util.UUID;

/**
 * A course as front ends read it.
 *
 * @param version the course's version, also sent as its {@code ETag}
 */
public record CourseView(UUID courseId, UUID citizenId, CourseOfferReason reason, CourseStatus status,
                         Instant openedAt, long version) implements Versioned {
}
