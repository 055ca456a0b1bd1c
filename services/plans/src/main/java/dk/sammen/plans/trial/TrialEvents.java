package dk.sammen.plans.trial;

import dk.sammen.events.plans.TrialResult;
import dk.sammen.plans.kernel.CourseEvent;
import dk.sammen.platform.personaldata.PersonalData;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** Trial actions proposed, decided and evaluated; amounts are whole Danish kroner a year. Shown by {@link TrialsSection}. */
public sealed interface TrialEvents extends CourseEvent {

    record TrialActionProposed(UUID courseId, UUID trialId, @PersonalData String hypothesis, long expectedCostPerYear,
                               @Nullable Long costBeforePerYear, Instant proposedAt) implements TrialEvents {
    }

    record TrialActionDecided(UUID courseId, UUID trialId, boolean approved, @PersonalData String reasoning, Instant decidedAt)
            implements TrialEvents {
    }

    record TrialActionEvaluated(UUID courseId, UUID trialId, TrialResult result, @PersonalData String evaluation,
                                long actualCostPerYear, Instant evaluatedAt) implements TrialEvents {
    }
}
