package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A team meeting with the young person was scheduled. */
@EventType("dk.sammen.plans.meeting-scheduled.v1")
public record MeetingScheduledV1(
        UUID courseId,
        UUID meetingId,
        Instant scheduledFor,
        List<UUID> invitedMemberIds,
        Instant scheduledAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
