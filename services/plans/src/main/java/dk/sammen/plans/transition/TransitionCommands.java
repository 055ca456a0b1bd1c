package dk.sammen.plans.transition;

import dk.sammen.events.plans.TransitionKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** Commands for transitions, which need heightened attention and planning (principle 7). */
public final class TransitionCommands {

    private TransitionCommands() {
    }

    public record PlanTransition(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                 UUID transitionId, TransitionKind kind, LocalDate plannedFor, UUID responsibleId,
                                 String description) {
    }

    public record CompleteTransition(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                     UUID transitionId) {
    }
}
