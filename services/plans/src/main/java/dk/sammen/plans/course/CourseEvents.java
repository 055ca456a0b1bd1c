package dk.sammen.plans.course;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.plans.kernel.CourseEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** The events of the course's own lifecycle, its opening among them. Shown by {@link LifecycleSection}. */
public sealed interface CourseEvents extends CourseEvent
        permits CourseOpened, CourseEvents.ConsentRecorded, CourseEvents.ConsentWithdrawn, CourseEvents.CourseActivated,
        CourseEvents.CourseErased, CourseEvents.CourseClosed {

    /** @param signedDocumentId the signed consent form among the course's documents, when there is one */
    record ConsentRecorded(UUID courseId, UUID citizenId, ConsentGiver givenBy, @Nullable UUID guardianId,
                           Set<Centre> sharedWith, Instant recordedAt, @Nullable UUID signedDocumentId) implements CourseEvents {

        public ConsentRecorded(UUID courseId, UUID citizenId, ConsentGiver givenBy, @Nullable UUID guardianId, Set<Centre> sharedWith,
                               Instant recordedAt) {
            this(courseId, citizenId, givenBy, guardianId, sharedWith, recordedAt, null);
        }
    }

    /** @param sharingStopped the course lost the consent it needs and is no longer shared */
    record ConsentWithdrawn(UUID courseId, UUID citizenId, ConsentGiver withdrawnBy, @Nullable UUID guardianId,
                            boolean sharingStopped, Instant withdrawnAt) implements CourseEvents {
    }

    record CourseActivated(UUID courseId, UUID citizenId, Instant activatedAt) implements CourseEvents {
    }

    /** The course is closed for good: its young person's personal data is erased. */
    record CourseErased(UUID courseId, UUID citizenId, Instant erasedAt) implements CourseEvents {
    }

    record CourseClosed(UUID courseId, UUID citizenId, CourseOutcome outcome, Instant closedAt) implements CourseEvents {
    }
}
