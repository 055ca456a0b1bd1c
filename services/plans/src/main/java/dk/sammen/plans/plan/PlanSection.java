package dk.sammen.plans.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.SubGoalStatus;
import dk.sammen.plans.kernel.OnePlanSection;
import dk.sammen.plans.plan.PlanEvents.AspirationsDescribed;
import dk.sammen.plans.plan.PlanEvents.CommentAdded;
import dk.sammen.plans.plan.PlanEvents.GoalSet;
import dk.sammen.plans.plan.PlanEvents.SubGoalAdded;
import dk.sammen.plans.plan.PlanEvents.SubGoalStatusChanged;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The one-plan view's plan: the young person's dreams and goals in their own words, with each
 * goal's earlier wordings, its delmål, and the comments on the plan.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class PlanSection implements OnePlanSection<PlanEvents> {

    @Nullable String dreams;
    @Nullable String perceivedPath;
    List<Goal> goals = new ArrayList<>();
    List<Comment> comments = new ArrayList<>();

    /** A comment on the plan by the young person or a team member. */
    record Comment(UUID commentId, UUID authorId, String text, Instant addedAt) {
    }

    record GoalRevision(int revision, String inOwnWords, String how, UUID responsibleId, LocalDate byWhen, Instant setAt) {
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
    static class Goal {
        UUID goalId;
        GoalArea area;
        int revision;
        String inOwnWords;
        String how;
        UUID responsibleId;
        LocalDate byWhen;
        @Nullable String why;
        Instant setAt;
        List<SubGoal> subGoals = new ArrayList<>();
        List<GoalRevision> earlierRevisions = new ArrayList<>();

        @SuppressWarnings("NullAway.Init") // set from its GoalSet at once, or by Jackson from the stored view
        Goal() {
        }
    }

    /** A delmål: open until its owner or the team says it is achieved or not, with a note. */
    record SubGoal(UUID subGoalId, String description, UUID ownerId, LocalDate dueDate, SubGoalStatus status, @Nullable String note) {

        SubGoal changed(SubGoalStatusChanged change) {
            return new SubGoal(subGoalId, description, ownerId, dueDate, change.status(), change.note());
        }
    }

    @Override
    public void apply(PlanEvents event) {
        switch (event) {
            case AspirationsDescribed e -> {
                dreams = e.dreams();
                perceivedPath = e.perceivedPath();
            }
            case GoalSet e -> {
                Goal goal = goal(e.goalId());
                if (goal == null) {
                    goal = new Goal();
                    goal.goalId = e.goalId();
                    goal.area = e.area();
                    goals.add(goal);
                } else {
                    goal.earlierRevisions.add(new GoalRevision(goal.revision, goal.inOwnWords, goal.how, goal.responsibleId, goal.byWhen, goal.setAt));
                }
                goal.revision = e.revision();
                goal.inOwnWords = e.inOwnWords();
                goal.how = e.how();
                goal.responsibleId = e.responsibleId();
                goal.byWhen = e.byWhen();
                goal.why = e.why();
                goal.setAt = e.setAt();
            }
            case SubGoalAdded e -> Objects.requireNonNull(goal(e.goalId()), "a delmål of a goal in the plan").subGoals.add(
                    new SubGoal(e.subGoalId(), e.description(), e.ownerId(), e.dueDate(), SubGoalStatus.OPEN, null));
            case SubGoalStatusChanged e -> goals.forEach(goal -> goal.subGoals.replaceAll(
                    subGoal -> subGoal.subGoalId().equals(e.subGoalId()) ? subGoal.changed(e) : subGoal));
            case CommentAdded e -> comments.add(new Comment(e.commentId(), e.authorId(), e.text(), e.addedAt()));
        }
    }

    private @Nullable Goal goal(UUID goalId) {
        return goals.stream().filter(g -> g.goalId.equals(goalId)).findFirst().orElse(null);
    }
}
