package dk.sammen.plans.course;

import dk.sammen.plans.kernel.CourseEvent;
import dk.sammen.events.Centre;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.CourseOutcome;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** The events of the course's own lifecycle. */
public final class CourseEvents {

    private CourseEvents() {
    }

    public record ConsentRecorded(UUID courseId, UUID citizenId, ConsentGiver givenBy, UUID guardianId,
                                  Set<Centre> sharedWith, Instant recordedAt) implements CourseEvent {
    }

    /** @param sharingStopped the course lost the consent it needs and is no longer shared */
    public record ConsentWithdrawn(UUID courseId, UUID citizenId, ConsentGiver withdrawnBy, UUID guardianId,
                                   boolean sharingStopped, Instant withdrawnAt) implements CourseEvent {
    }

    public record CourseActivated(UUID courseId, UUID citizenId, Instant activatedAt) implements CourseEvent {
    }

    /** The course is closed for good: its young person's personal data is erased. */
    public record CourseErased(UUID courseId, UUID citizenId, Instant erasedAt) implements CourseEvent {
    }

    public record CourseClosed(UUID courseId, UUID citizenId, CourseOutcome outcome, Instant closedAt) implements CourseEvent {
    }
}
