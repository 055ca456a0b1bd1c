package dk.sammen.plans.trial;

import dk.sammen.events.plans.TrialResult;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * Commands for trial actions (prøvehandlinger): an unconventional solution tried deliberately, as
 * an investment, with its hypothesis and expected cost, a decision, and an evaluation.
 */
public final class TrialCommands {

    private TrialCommands() {
    }

    /** @param costBeforePerYear what the efforts it replaces cost a year, when it replaces some (Maria: about 1 million DKK) */
    public record ProposeTrialAction(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                     UUID trialId, String hypothesis, long expectedCostPerYear, Long costBeforePerYear) {
    }

    public record DecideTrialAction(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                    UUID trialId, boolean approved, String reasoning) {
    }

    public record EvaluateTrialAction(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                      UUID trialId, TrialResult result, String evaluation, long actualCostPerYear) {
    }
}
