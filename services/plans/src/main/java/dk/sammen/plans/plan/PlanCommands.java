package dk.sammen.plans.plan;

import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.SubGoalStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Commands that write Borgerens Plan. Every part names who is responsible, how and by when
 * (seed 000 §3.3); the young person's words are kept as they said them.
 */
public final class PlanCommands {

    private PlanCommands() {
    }

    /** The young person's dreams and the path they see towards them, in their own words. */
    public record DescribeAspirations(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                      String dreams, String perceivedPath) {
    }

    public record SetGoal(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                          UUID goalId, GoalArea area, String inOwnWords, String how, UUID responsibleId, LocalDate byWhen) {
    }

    /** Goals change as the young person learns; the earlier wording stays in the history. */
    public record ReviseGoal(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                             UUID goalId, String inOwnWords, String how, UUID responsibleId, LocalDate byWhen, String why) {
    }

    public record AddSubGoal(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                             UUID subGoalId, UUID goalId, String description, UUID ownerId, LocalDate dueDate) {
    }

    public record ChangeSubGoalStatus(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                      UUID subGoalId, SubGoalStatus status, String note) {
    }

    /** The young person's (or a team member's) own comment on the plan they co-produce; the author is the caller. */
    public record CommentOnPlan(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                UUID commentId, UUID authorId, String text) {
    }
}
