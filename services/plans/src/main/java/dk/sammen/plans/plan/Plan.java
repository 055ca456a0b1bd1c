package dk.sammen.plans.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.SubGoalStatus;
import dk.sammen.plans.kernel.CourseContext;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** Borgerens Plan of one course: goals, sub-goals (delmål) and aspirations. A part of the course aggregate. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Plan {

    /** Set again by Jackson when the course is restored from a snapshot. */
    @JsonBackReference("plan")
    private CourseContext course;
    private final Map<UUID, GoalArea> goalAreas = new HashMap<>();
    private final Map<UUID, Integer> goalRevisions = new HashMap<>();
    private final Map<UUID, SubGoalStatus> subGoals = new HashMap<>();

    /** For Jackson, restoring a snapshot of the course. */
    protected Plan() {
    }

    public Plan(CourseContext course) {
        this.course = course;
    }

    @CommandHandler
    long handle(PlanCommands.DescribeAspirations command) {
        course.requireOpen();
        apply(new PlanEvents.AspirationsDescribed(command.courseId(), command.dreams(), command.perceivedPath(),
                GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(PlanCommands.SetGoal command) {
        course.requireOpen();
        if (goalAreas.containsKey(command.goalId())) {
            throw new DomainRuleViolation("goal-exists", "This goal is already in the plan; revise it instead");
        }
        requireParticipant(command.responsibleId(), "responsible for a goal");
        apply(new PlanEvents.GoalSet(command.courseId(), command.goalId(), command.area(), 1, command.inOwnWords(), command.how(),
                command.responsibleId(), command.byWhen(), null, GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(PlanCommands.ReviseGoal command) {
        course.requireOpen();
        GoalArea area = requireGoal(command.goalId());
        requireParticipant(command.responsibleId(), "responsible for a goal");
        apply(new PlanEvents.GoalSet(command.courseId(), command.goalId(), area, Objects.requireNonNull(goalRevisions.get(command.goalId())) + 1,
                command.inOwnWords(), command.how(), command.responsibleId(), command.byWhen(), command.why(),
                GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(PlanCommands.AddSubGoal command) {
        course.requireOpen();
        requireGoal(command.goalId());
        if (subGoals.containsKey(command.subGoalId())) {
            throw new DomainRuleViolation("sub-goal-exists", "This sub-goal is already in the plan");
        }
        requireParticipant(command.ownerId(), "the owner of a sub-goal");
        apply(new PlanEvents.SubGoalAdded(command.courseId(), command.subGoalId(), command.goalId(), command.description(),
                command.ownerId(), command.dueDate(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(PlanCommands.ChangeSubGoalStatus command) {
        course.requireOpen();
        SubGoalStatus current = subGoals.get(command.subGoalId());
        if (current == null) {
            throw new DomainRuleViolation("unknown-sub-goal", "The plan has no such sub-goal");
        }
        if (current == command.status()) {
            throw new DomainRuleViolation("status-unchanged", "The sub-goal already has this status");
        }
        apply(new PlanEvents.SubGoalStatusChanged(command.courseId(), command.subGoalId(), command.status(), command.note(),
                GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(PlanCommands.CommentOnPlan command) {
        course.requireOpen();
        requireParticipant(command.authorId(), "the author of a comment on the plan");
        apply(new PlanEvents.CommentAdded(command.courseId(), command.commentId(), command.authorId(), command.text(),
                GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(PlanEvents.GoalSet event) {
        goalAreas.put(event.goalId(), event.area());
        goalRevisions.put(event.goalId(), event.revision());
    }

    @EventSourcingHandler
    void on(PlanEvents.SubGoalAdded event) {
        subGoals.put(event.subGoalId(), SubGoalStatus.OPEN);
    }

    @EventSourcingHandler
    void on(PlanEvents.SubGoalStatusChanged event) {
        subGoals.put(event.subGoalId(), event.status());
    }

    /** Participation in general communities is an explicit goal of every plan (seed 000 §4). */
    public boolean hasGeneralCommunityGoal() {
        return goalAreas.containsValue(GoalArea.GENERAL_COMMUNITY);
    }

    private GoalArea requireGoal(UUID goalId) {
        GoalArea area = goalAreas.get(goalId);
        if (area == null) {
            throw new DomainRuleViolation("unknown-goal", "The plan has no such goal");
        }
        return area;
    }

    private void requireParticipant(UUID personId, String what) {
        if (!course.isParticipant(personId)) {
            throw new DomainRuleViolation("responsible-not-on-team",
                    "Only the young person or a member of their team can be " + what);
        }
    }
}
