package dk.sammen.plans.transition;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.sammen.events.plans.TransitionKind;
import dk.sammen.plans.kernel.Attention;
import dk.sammen.plans.kernel.Attention.Kind;
import dk.sammen.plans.kernel.OnePlanSection;
import dk.sammen.plans.transition.TransitionEvents.AdultTransitionReminderRaised;
import dk.sammen.plans.transition.TransitionEvents.TransitionCompleted;
import dk.sammen.plans.transition.TransitionEvents.TransitionPlanned;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The one-plan view's transitions, planned and completed, and the reminder of an 18th birthday:
 * transitions get heightened attention as they come near (principle 7).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class TransitionsSection implements OnePlanSection<TransitionEvents> {

    /** Transitions this close need attention. */
    static final Period TRANSITION_HORIZON = Period.ofDays(90);

    List<Transition> transitions = new ArrayList<>();
    @Nullable LocalDate adultTransitionReminderFor;

    record Transition(UUID transitionId, TransitionKind kind, LocalDate plannedFor, UUID responsibleId, String description,
                      @Nullable Instant completedAt) {
    }

    @Override
    public void apply(TransitionEvents event) {
        switch (event) {
            case TransitionPlanned e -> transitions.add(new Transition(e.transitionId(), e.kind(), e.plannedFor(), e.responsibleId(),
                    e.description(), null));
            case TransitionCompleted e -> transitions.replaceAll(t -> t.transitionId().equals(e.transitionId())
                    ? new Transition(t.transitionId(), t.kind(), t.plannedFor(), t.responsibleId(), t.description(), e.completedAt()) : t);
            case AdultTransitionReminderRaised e -> adultTransitionReminderFor = e.eighteenthBirthday();
        }
    }

    @Override
    public Stream<Attention> attention(Attention.AsOf asOf) {
        Stream<Attention> upcoming = transitions.stream()
                .filter(t -> t.completedAt() == null && !t.plannedFor().isAfter(asOf.today().plus(TRANSITION_HORIZON)))
                .map(t -> new Attention(Kind.UPCOMING_TRANSITION, t.kind() + " planned for " + t.plannedFor(), t.transitionId()));
        boolean adultTransitionPlanned = transitions.stream().anyMatch(t -> t.kind() == TransitionKind.CHILD_TO_ADULT);
        Stream<Attention> unplanned = adultTransitionReminderFor != null && !adultTransitionPlanned
                ? Stream.of(new Attention(Kind.ADULT_TRANSITION_UNPLANNED,
                "Turns 18 on " + adultTransitionReminderFor + "; plan the move to adult services", null))
                : Stream.empty();
        return Stream.concat(upcoming, unplanned);
    }
}
