package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A member joined the interdisciplinary team. */
@EventType("dk.sammen.plans.team-member-added.v1")
public record TeamMemberAddedV1(
        UUID courseId,
        UUID memberId,
        TeamRole role,
        TeamAffiliation affiliation,
        Instant addedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
