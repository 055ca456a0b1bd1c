package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A young person's notifications form a pattern: they should be offered a coordinated course. */
@EventType("dk.sammen.referrals.flagged-for-coordinated-course.v1")
public record FlaggedForCoordinatedCourseV1(
        UUID citizenId,
        FlagReason reason,
        int notificationCount,
        int sourceCount,
        int windowMonths,
        Instant flaggedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return citizenId.toString();
    }
}
