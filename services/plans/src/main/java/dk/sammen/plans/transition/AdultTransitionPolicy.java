package dk.sammen.plans.transition;

import org.axonframework.deadline.DeadlineManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When to remind a team that a young person turns 18 and moves from child to adult services:
 * {@code lead} before the birthday (configurable; 6 months unless told otherwise), or at once
 * when the course opens later than that.
 */
public record AdultTransitionPolicy(Period lead) {

    public static final String DEADLINE = "adult-transition-reminder";
    static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    /** The payload of the persisted deadline. */
    public record Due(LocalDate eighteenthBirthday) {
    }

    /** Schedules the reminder for a minor; an adult gets none. */
    public Optional<Instant> schedule(DeadlineManager deadlines, LocalDate birthDate, Instant now) {
        LocalDate eighteenth = birthDate.plusYears(18);
        if (!eighteenth.isAfter(LocalDate.ofInstant(now, DENMARK))) {
            return Optional.empty();
        }
        Instant remindAt = eighteenth.minus(lead).atStartOfDay(DENMARK).toInstant();
        Instant at = remindAt.isBefore(now) ? now : remindAt;
        deadlines.schedule(at, DEADLINE, new Due(eighteenth));
        return Optional.of(at);
    }
}
