package dk.sammen.plans.plan;

import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.SubGoalStatus;
import dk.sammen.plans.course.CourseTestFixture;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

/** Borgerens Plan: its rules, each shown by a given/when/then that fails without the rule. */
class PlanTest extends CourseTestFixture {

    @Test
    void someoneOutsideTheTeamCannotBeResponsibleForAGoal() {
        fixture.given(opened(20), teacherJoined())
                .when(new PlanCommands.SetGoal(courseId, null, goalId, GoalArea.JOB, "Job", "Praktik", UUID.randomUUID(), LocalDate.of(2030, 1, 1)))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void aRevisedGoalGetsTheNextRevisionAndSaysWhy() {
        fixture.given(opened(20), teacherJoined(), communityGoal())
                .when(new PlanCommands.ReviseGoal(courseId, null, goalId, "Gå til fodbold", "Med en ven", teacherId,
                        LocalDate.of(2031, 1, 1), "Håndbold var ikke noget for mig"))
                .expectEvents(new PlanEvents.GoalSet(courseId, goalId, GoalArea.GENERAL_COMMUNITY, 2, "Gå til fodbold", "Med en ven",
                        teacherId, LocalDate.of(2031, 1, 1), "Håndbold var ikke noget for mig", now));
    }

    @Test
    void aSubGoalBelongsToAGoalOfThePlan() {
        fixture.given(opened(20))
                .when(new PlanCommands.AddSubGoal(courseId, null, UUID.randomUUID(), goalId, "Møde op", citizenId, LocalDate.of(2030, 1, 1)))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void aSubGoalChangesStatus() {
        UUID subGoalId = UUID.randomUUID();
        fixture.given(opened(20), communityGoal(),
                        new PlanEvents.SubGoalAdded(courseId, subGoalId, goalId, "Møde op", citizenId, LocalDate.of(2030, 1, 1), now))
                .when(new PlanCommands.ChangeSubGoalStatus(courseId, null, subGoalId, SubGoalStatus.ACHIEVED, "Godt gået"))
                .expectEvents(new PlanEvents.SubGoalStatusChanged(courseId, subGoalId, SubGoalStatus.ACHIEVED, "Godt gået", now));
    }
}
