package dk.sammen.plans.trial;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.sammen.events.plans.TrialResult;
import dk.sammen.plans.kernel.OnePlanSection;
import dk.sammen.plans.trial.TrialEvents.TrialActionDecided;
import dk.sammen.plans.trial.TrialEvents.TrialActionEvaluated;
import dk.sammen.plans.trial.TrialEvents.TrialActionProposed;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The one-plan view's trial actions (afprøvende handlinger): each hypothesis, the decision on it and how it went. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class TrialsSection implements OnePlanSection<TrialEvents> {

    List<Trial> trialActions = new ArrayList<>();

    /** Amounts in whole DKK a year. */
    record Trial(UUID trialId, String hypothesis, long expectedCostPerYear, @Nullable Long costBeforePerYear, @Nullable Boolean approved,
                 @Nullable String reasoning, @Nullable TrialResult result, @Nullable String evaluation, @Nullable Long actualCostPerYear) {
    }

    @Override
    public void apply(TrialEvents event) {
        switch (event) {
            case TrialActionProposed e -> trialActions.add(new Trial(e.trialId(), e.hypothesis(), e.expectedCostPerYear(),
                    e.costBeforePerYear(), null, null, null, null, null));
            case TrialActionDecided e -> trialActions.replaceAll(t -> t.trialId().equals(e.trialId())
                    ? new Trial(t.trialId(), t.hypothesis(), t.expectedCostPerYear(), t.costBeforePerYear(), e.approved(), e.reasoning(),
                    null, null, null) : t);
            case TrialActionEvaluated e -> trialActions.replaceAll(t -> t.trialId().equals(e.trialId())
                    ? new Trial(t.trialId(), t.hypothesis(), t.expectedCostPerYear(), t.costBeforePerYear(), t.approved(), t.reasoning(),
                    e.result(), e.evaluation(), e.actualCostPerYear()) : t);
        }
    }
}
