package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A team meeting was held with the young person present. */
@EventType("dk.sammen.plans.meeting-held.v1")
public record MeetingHeldV1(
        UUID courseId,
        UUID meetingId,
        List<UUID> attendedMemberIds,
        List<UUID> absentMemberIds,
        int decisionCount,
        int agreementCount,
        Instant heldAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
