package dk.sammen.plans.transition;

import dk.sammen.platform.domain.Denmark;
import org.axonframework.deadline.DeadlineManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * When to remind a team that a young person turns 18 and moves from child to adult services:
 * {@code lead} before the birthday (configurable; 6 months unless told otherwise), or at once
 * when the course opens later than that.
 */
public record AdultTransitionPolicy(Period lead) {

    public static final String DEADLINE = "adult-transition-reminder";

    /** The payload of the persisted deadline. */
    public record Due(LocalDate eighteenthBirthday) {
    }

    /** Schedules the reminder for a minor; an adult gets none. */
    public Optional<Instant> schedule(DeadlineManager deadlines, LocalDate birthDate, Instant now) {
        LocalDate eighteenth = birthDate.plusYears(18);
        if (!eighteenth.isAfter(LocalDate.ofInstant(now, Denmark.ZONE))) {
            return Optional.empty();
        }
        Instant remindAt = eighteenth.minus(lead).atStartOfDay(Denmark.ZONE).toInstant();
        Instant at = remindAt.isBefore(now) ? now : remindAt;
        deadlines.schedule(at, DEADLINE, new Due(eighteenth));
        return Optional.of(at);
    }
}
