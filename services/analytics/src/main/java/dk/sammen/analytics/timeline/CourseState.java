package dk.sammen.analytics.timeline;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.events.plans.ProgressionDimension;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a course looked like at one moment, folded from its events up to then.
 *
 * @param latestProgression the last measurement on each dimension, on its own scale
 * @param costPerYear       the yearly cost of the course's solution: before a trial action, what it
 *                          replaces; after its evaluation, what it actually costs (the Maria case)
 */
public record CourseState(UUID courseId, @Nullable UUID citizenId, Instant asOf, @Nullable Stage stage, @Nullable CourseOutcome outcome,
                          @Nullable UUID tovholderId, @Nullable Centre tovholderCentre, @Nullable Instant openedAt,
                          @Nullable Instant activatedAt, @Nullable Instant closedAt, Set<UUID> offersRunning, int meetingsHeld,
                          @Nullable Instant lastMeetingAt, int agreementsOpen, int agreementsFulfilled, int agreementsNotFulfilled,
                          int goalsSet, Map<ProgressionDimension, Double> latestProgression, @Nullable Long costPerYear,
                          int eventsApplied) {

    public enum Stage {
        OFFERED,
        ACTIVE,
        CLOSED
    }
}
