package dk.sammen.plans.trial;

import dk.sammen.events.plans.TrialResult;
import dk.sammen.plans.course.CourseTestFixture;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/** Trial actions (prøvehandlinger): its rules, each shown by a given/when/then that fails without the rule. */
class TrialTest extends CourseTestFixture {

    private final UUID trialId = UUID.randomUUID();

    private TrialEvents.TrialActionProposed proposed() {
        return new TrialEvents.TrialActionProposed(courseId, trialId, "Beboelsesvogn", 800_000, 1_000_000L, now);
    }

    @Test
    void onlyAnApprovedTrialActionIsEvaluated() {
        fixture.given(opened(24), proposed())
                .when(new TrialCommands.EvaluateTrialAction(courseId, null, trialId, TrialResult.SUCCEEDED, "", 800_000))
                .expectException(DomainRuleViolation.class);
        fixture.given(opened(24), proposed(), new TrialEvents.TrialActionDecided(courseId, trialId, false, "Nej", now))
                .when(new TrialCommands.EvaluateTrialAction(courseId, null, trialId, TrialResult.SUCCEEDED, "", 800_000))
                .expectException(DomainRuleViolation.class);
        fixture.given(opened(24), proposed(), new TrialEvents.TrialActionDecided(courseId, trialId, true, "Ja", now))
                .when(new TrialCommands.EvaluateTrialAction(courseId, null, trialId, TrialResult.PARTLY_SUCCEEDED, "Fremskridt", 800_000))
                .expectEvents(new TrialEvents.TrialActionEvaluated(courseId, trialId, TrialResult.PARTLY_SUCCEEDED, "Fremskridt", 800_000, now));
    }

    @Test
    void aTrialActionIsDecidedOnce() {
        fixture.given(opened(24), proposed(), new TrialEvents.TrialActionDecided(courseId, trialId, true, "Ja", now))
                .when(new TrialCommands.DecideTrialAction(courseId, null, trialId, false, "Alligevel ikke"))
                .expectException(DomainRuleViolation.class);
    }
}
