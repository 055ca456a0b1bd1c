package dk.sammen.analytics.trajectory;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A young person whose course has started, with what the analyses need: who they are, when their
 * first course became active, what they were reported to be occupied with, and the offers used.
 *
 * @param changes oldest first
 */
record Subject(UUID citizenId, LocalDate birthMonth, String targetGroup, UUID courseId, LocalDate start, String firstCentre,
               List<Change> changes, List<OfferUse> offers) {

    record Change(LocalDate on, TrajectoryState state, @Nullable String track, boolean completedYouthEducation) {
    }

    record OfferUse(String name, LocalDate startedOn, @Nullable LocalDate endedOn) {
    }

    /** One month of the trajectory: the state at its end (null before the first report) and the offers running in it. */
    record Month(YearMonth month, @Nullable TrajectoryState state, List<String> offersRunning) {
    }

    /** The state on a day: the last one reported on or before it. */
    @Nullable TrajectoryState stateOn(LocalDate day) {
        TrajectoryState state = null;
        for (Change change : changes) {
            if (change.on().isAfter(day)) {
                break;
            }
            state = change.state();
        }
        return state;
    }

    /** Month by month from the month the course started to the month of {@code asOf}. */
    List<Month> sequence(LocalDate asOf) {
        List<Month> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(asOf)); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(asOf) ? asOf : month.atEndOfMonth();
            List<String> running = offers.stream()
                    .filter(o -> !o.startedOn().isAfter(last) && (o.endedOn() == null || !o.endedOn().isBefore(first)))
                    .map(OfferUse::name).sorted().toList();
            months.add(new Month(month, stateOn(last), running));
        }
        return months;
    }

    /**
     * Time from the start to education or a job, for the survival curve; empty for a young
     * person already in education or a job when the course started, who has nothing to wait for.
     * Moving away censors the wait; so does the end of what has been observed.
     */
    Optional<KaplanMeier.Observation> waitForEducationOrJob(LocalDate asOf) {
        TrajectoryState atStart = stateOn(start);
        if (atStart != null && atStart.isEducationOrJob()) {
            return Optional.empty();
        }
        for (Change change : changes) {
            if (change.on().isBefore(start) || change.on().isAfter(asOf)) {
                continue;
            }
            if (change.state().isEducationOrJob()) {
                return Optional.of(new KaplanMeier.Observation(months(change.on()), true));
            }
            if (change.state() == TrajectoryState.MOVED_AWAY) {
                return Optional.of(new KaplanMeier.Observation(months(change.on()), false));
            }
        }
        return Optional.of(new KaplanMeier.Observation(months(asOf), false));
    }

    private int months(LocalDate day) {
        return (int) ChronoUnit.MONTHS.between(start, day);
    }
}
