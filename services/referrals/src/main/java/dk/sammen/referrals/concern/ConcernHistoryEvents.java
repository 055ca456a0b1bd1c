package dk.sammen.referrals.concern;

import dk.sammen.events.referrals.FlagReason;
import dk.sammen.events.referrals.ReporterKind;

import java.time.Instant;
import java.util.UUID;

public final class ConcernHistoryEvents {

    private ConcernHistoryEvents() {
    }

    public record NotificationLinked(UUID citizenId, UUID underretningId, ReporterKind reporterKind, Instant receivedAt) {
    }

    /** The notifications within the window form a pattern: the young person should be offered a coordinated course. */
    public record FlaggedForCoordinatedCourse(UUID citizenId, FlagReason reason, int notificationCount, int sourceCount,
                                              int windowMonths, Instant flaggedAt) {
    }

    /** Intake decided about a flagged young person: the flag has been acted on, and a new pattern can flag them again. */
    public record FlagActedOn(UUID citizenId, UUID underretningId, Instant actedOnAt) {
    }
}
