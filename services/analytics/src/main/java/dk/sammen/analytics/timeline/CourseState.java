package dk.sammen.analytics.timeline;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.events.plans.ProgressionDimension;

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
public record CourseState(UUID courseId, UUID citizenId, Instant asOf, Stage stage, CourseOutcome outcome,
                          UUID tovholderId, Centre tovholderCentre, Instant openedAt, Instant activatedAt, Instant closedAt,
                          Set<UUID> offersRunning, int meetingsHeld, Instant lastMeetingAt, int agreementsOpen,
                          int agreementsFulfilled, int agreementsNotFulfilled, int goalsSet,
                          Map<ProgressionDimension, Double> latestProgression, Long costPerYear, int eventsApplied) {

    public enum Stage {
        OFFERED,
        ACTIVE,
        CLOSED
    }
}
