package dk.sammen.plans.trial;

import dk.sammen.platform.personaldata.PersonalData;
import dk.sammen.events.plans.TrialResult;
import dk.sammen.plans.kernel.CourseEvent;

import java.time.Instant;
import java.util.UUID;

/** Amounts are whole Danish kroner a year. */
public final class TrialEvents {

    private TrialEvents() {
    }

    public record TrialActionProposed(UUID courseId, UUID trialId, @PersonalData String hypothesis, long expectedCostPerYear,
                                      Long costBeforePerYear, Instant proposedAt) implements CourseEvent {
    }

    public record TrialActionDecided(UUID courseId, UUID trialId, boolean approved, @PersonalData String reasoning, Instant decidedAt)
            implements CourseEvent {
    }

    public record TrialActionEvaluated(UUID courseId, UUID trialId, TrialResult result, @PersonalData String evaluation,
                                       long actualCostPerYear, Instant evaluatedAt) implements CourseEvent {
    }
}
