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
}
