package dk.sammen.plans.transition;

import dk.sammen.events.plans.TransitionKind;
import dk.sammen.plans.kernel.CourseEvent;
import dk.sammen.platform.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Transitions planned and completed, and the 18th-birthday reminder. Shown by {@link TransitionsSection}. */
public sealed interface TransitionEvents extends CourseEvent {

    record TransitionPlanned(UUID courseId, UUID transitionId, TransitionKind kind, LocalDate plannedFor,
                             UUID responsibleId, @PersonalData String description, Instant plannedAt) implements TransitionEvents {
    }

    record TransitionCompleted(UUID courseId, UUID transitionId, Instant completedAt) implements TransitionEvents {
    }

    /** Raised by a persisted deadline well before the young person's 18th birthday. */
    record AdultTransitionReminderRaised(UUID courseId, UUID citizenId, LocalDate eighteenthBirthday, Instant raisedAt)
            implements TransitionEvents {
    }
}
