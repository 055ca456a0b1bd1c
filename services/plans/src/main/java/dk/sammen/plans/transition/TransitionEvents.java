package dk.sammen.plans.transition;

import dk.sammen.platform.personaldata.PersonalData;
import dk.sammen.events.plans.TransitionKind;
import dk.sammen.plans.kernel.CourseEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public final class TransitionEvents {

    private TransitionEvents() {
    }

    public record TransitionPlanned(UUID courseId, UUID transitionId, TransitionKind kind, LocalDate plannedFor,
                                    UUID responsibleId, @PersonalData String description, Instant plannedAt) implements CourseEvent {
    }

    public record TransitionCompleted(UUID courseId, UUID transitionId, Instant completedAt) implements CourseEvent {
    }

    /** Raised by a persisted deadline well before the young person's 18th birthday. */
    public record AdultTransitionReminderRaised(UUID courseId, UUID citizenId, LocalDate eighteenthBirthday, Instant raisedAt)
            implements CourseEvent {
    }
}
