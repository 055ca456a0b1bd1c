package dk.sammen.plans.plan;

import dk.sammen.platform.personaldata.PersonalData;
import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.SubGoalStatus;
import dk.sammen.plans.kernel.CourseEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public final class PlanEvents {

    private PlanEvents() {
    }

    public record AspirationsDescribed(UUID courseId, @PersonalData String dreams, @PersonalData String perceivedPath, Instant describedAt)
            implements CourseEvent {
    }

    /** @param revision 1 when the goal is set, one more at each revision; {@code why} is null at revision 1 */
    public record GoalSet(UUID courseId, UUID goalId, GoalArea area, int revision, @PersonalData String inOwnWords, @PersonalData String how,
                          UUID responsibleId, LocalDate byWhen, @PersonalData String why, Instant setAt) implements CourseEvent {
    }

    public record SubGoalAdded(UUID courseId, UUID subGoalId, UUID goalId, @PersonalData String description, UUID ownerId,
                               LocalDate dueDate, Instant addedAt) implements CourseEvent {
    }

    public record SubGoalStatusChanged(UUID courseId, UUID subGoalId, SubGoalStatus status, @PersonalData String note, Instant changedAt)
            implements CourseEvent {
    }

    public record CommentAdded(UUID courseId, UUID commentId, UUID authorId, @PersonalData String text, Instant addedAt)
            implements CourseEvent {
    }
}
