package dk.sammen.plans.course;

import dk.sammen.events.plans.CourseOfferReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A coordinated course was offered to a young person; the date of birth decides who must consent. */
public record CourseOpened(UUID courseId, UUID citizenId, LocalDate birthDate, CourseOfferReason reason, Instant openedAt)
        implements CourseEvent {
}
