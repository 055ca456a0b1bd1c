package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A member left the interdisciplinary team. */
@EventType("dk.sammen.plans.team-member-removed.v1")
public record TeamMemberRemovedV1(
        UUID courseId,
        UUID memberId,
        Instant removedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
