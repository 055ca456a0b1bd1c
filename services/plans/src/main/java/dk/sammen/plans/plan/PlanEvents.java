package dk.sammen.plans.plan;

import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.SubGoalStatus;
import dk.sammen.plans.kernel.CourseEvent;
import dk.sammen.platform.personaldata.PersonalData;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The plan's events: the young person's dreams, goals in their own words, delmål and comments. Shown by {@link PlanSection}. */
public sealed interface PlanEvents extends CourseEvent {

    record AspirationsDescribed(UUID courseId, @PersonalData String dreams, @PersonalData String perceivedPath, Instant describedAt)
            implements PlanEvents {
    }

    /** @param revision 1 when the goal is set, one more at each revision; {@code why} is null at revision 1 */
    record GoalSet(UUID courseId, UUID goalId, GoalArea area, int revision, @PersonalData String inOwnWords, @PersonalData String how,
                   UUID responsibleId, LocalDate byWhen, @PersonalData @Nullable String why, Instant setAt) implements PlanEvents {
    }

    record SubGoalAdded(UUID courseId, UUID subGoalId, UUID goalId, @PersonalData String description, UUID ownerId,
                        LocalDate dueDate, Instant addedAt) implements PlanEvents {
    }

    record SubGoalStatusChanged(UUID courseId, UUID subGoalId, SubGoalStatus status, @PersonalData String note, Instant changedAt)
            implements PlanEvents {
    }

    record CommentAdded(UUID courseId, UUID commentId, UUID authorId, @PersonalData String text, Instant addedAt)
            implements PlanEvents {
    }
}
