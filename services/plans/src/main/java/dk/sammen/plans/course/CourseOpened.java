package dk.sammen.plans.course;

import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.platform.personaldata.PersonalData;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A coordinated course was offered to a young person; the date of birth decides who must consent.
 * It is the young person's: encrypted under the course's key, so after their erasure it reads as
 * nothing (courses opened before this was so keep it readable in the event store).
 */
public record CourseOpened(UUID courseId, UUID citizenId, @PersonalData @Nullable LocalDate birthDate, CourseOfferReason reason, Instant openedAt)
        implements CourseEvents {
}
