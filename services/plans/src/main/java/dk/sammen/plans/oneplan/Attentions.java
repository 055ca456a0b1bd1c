package dk.sammen.plans.oneplan;

import dk.sammen.plans.course.CourseStatus;
import dk.sammen.events.plans.TransitionKind;
import dk.sammen.plans.oneplan.OnePlan.Attention;
import dk.sammen.plans.oneplan.OnePlan.Attention.Kind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What needs the team's attention in an active course, as of a moment: meetings as often as the
 * citizen's need requires, typically every 6-12 weeks (principle 6), and agreements past due.
 */
final class Attentions {

    static final Duration LONGEST_MEETING_INTERVAL = Duration.ofDays(7 * 12);
    /** A meeting is overdue once its day has passed without it being recorded as held. */
    static final Duration GRACE = Duration.ofDays(1);
    /** Transitions this close get heightened attention (principle 7). */
    static final Period TRANSITION_HORIZON = Period.ofDays(90);

    private Attentions() {
    }

    static List<Attention> of(OnePlan plan, Instant now, ZoneId zone) {
        if (plan.status != CourseStatus.ACTIVE) {
            return List.of();
        }
        List<Attention> attention = new ArrayList<>();
        plan.meetings.stream()
                .filter(m -> m.heldAt == null && m.scheduledFor.plus(GRACE).isBefore(now))
                .forEach(m -> attention.add(new Attention(Kind.NEXT_MEETING_OVERDUE,
                        "The meeting of " + m.scheduledFor + " is not recorded as held", m.meetingId)));
        Optional<OnePlan.Meeting> next = plan.meetings.stream()
                .filter(m -> m.heldAt == null && !m.scheduledFor.plus(GRACE).isBefore(now))
                .min(Comparator.comparing(m -> m.scheduledFor));
        Instant lastMet = plan.meetings.stream().map(m -> m.heldAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(plan.activatedAt);
        if (next.isEmpty()) {
            attention.add(new Attention(Kind.NO_NEXT_MEETING, "No next meeting is scheduled", null));
        } else if (lastMet != null && next.get().scheduledFor.isAfter(lastMet.plus(LONGEST_MEETING_INTERVAL))) {
            attention.add(new Attention(Kind.NEXT_MEETING_TOO_LATE,
                    "The next meeting is more than 12 weeks after the last one", next.get().meetingId));
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        plan.agreements.stream()
                .filter(a -> a.fulfilled == null && a.dueDate.isBefore(today))
                .forEach(a -> attention.add(new Attention(Kind.AGREEMENT_OVERDUE,
                        "An agreement due " + a.dueDate + " is not followed up", a.agreementId)));
        plan.transitions.stream()
                .filter(t -> t.completedAt() == null && !t.plannedFor().isAfter(today.plus(TRANSITION_HORIZON)))
                .forEach(t -> attention.add(new Attention(Kind.UPCOMING_TRANSITION,
                        t.kind() + " planned for " + t.plannedFor(), t.transitionId())));
        boolean adultTransitionPlanned = plan.transitions.stream().anyMatch(t -> t.kind() == TransitionKind.CHILD_TO_ADULT);
        if (plan.adultTransitionReminderFor != null && !adultTransitionPlanned) {
            attention.add(new Attention(Kind.ADULT_TRANSITION_UNPLANNED,
                    "Turns 18 on " + plan.adultTransitionReminderFor + "; plan the move to adult services", null));
        }
        plan.doubleOfferWarnings.stream()
                .filter(w -> w.acknowledgedBecause() == null)
                .forEach(w -> attention.add(new Attention(Kind.DOUBLE_OFFER_UNACKNOWLEDGED,
                        "Another centre's offer already serves " + w.needCategories() + "; acknowledge with a reason or end one",
                        w.warningId())));
        return List.copyOf(attention);
    }
}
