package dk.sammen.plans.plan;

import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.SubGoalStatus;
import dk.sammen.plans.plan.PlanEvents.GoalSet;
import dk.sammen.plans.plan.PlanEvents.SubGoalAdded;
import dk.sammen.plans.plan.PlanEvents.SubGoalStatusChanged;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-plan view's plan, folded from the plan's events. */
class PlanSectionTest {

    private final PlanSection section = new PlanSection();

    @Test
    void aRevisedGoalKeepsItsEarlierWordingAndItsDelmål() {
        UUID courseId = UUID.randomUUID();
        UUID citizenId = UUID.randomUUID();
        Instant now = Instant.parse("2026-03-01T09:00:00Z");
        UUID goalId = UUID.randomUUID();
        UUID subGoalId = UUID.randomUUID();
        section.apply(new GoalSet(courseId, goalId, GoalArea.EDUCATION, 1, "Gå i skole hver dag", "Med mentor", citizenId,
                LocalDate.of(2026, 8, 1), null, now));
        section.apply(new SubGoalAdded(courseId, subGoalId, goalId, "Stå op kl. 7", citizenId, LocalDate.of(2026, 5, 1), now));
        section.apply(new GoalSet(courseId, goalId, GoalArea.EDUCATION, 2, "Gå i skole fire dage om ugen", "Med mentor", citizenId,
                LocalDate.of(2026, 8, 1), "Fem dage var for meget", now.plusSeconds(60)));
        section.apply(new SubGoalStatusChanged(courseId, subGoalId, SubGoalStatus.ACHIEVED, "Går godt", now.plusSeconds(120)));

        assertThat(section.goals).singleElement().satisfies(goal -> {
            assertThat(goal.inOwnWords).isEqualTo("Gå i skole fire dage om ugen");
            assertThat(goal.why).isEqualTo("Fem dage var for meget");
            assertThat(goal.earlierRevisions).extracting(PlanSection.GoalRevision::inOwnWords).containsExactly("Gå i skole hver dag");
            assertThat(goal.subGoals).singleElement().satisfies(subGoal -> {
                assertThat(subGoal.status()).isEqualTo(SubGoalStatus.ACHIEVED);
                assertThat(subGoal.note()).isEqualTo("Går godt");
            });
        });
    }
}
