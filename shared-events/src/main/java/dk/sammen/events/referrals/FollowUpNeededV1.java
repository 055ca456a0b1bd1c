package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A young person in the target group appeared on the follow-up list. */
@EventType("dk.sammen.referrals.follow-up-needed.v1")
public record FollowUpNeededV1(
        UUID citizenId,
        FollowUpReason reason,
        Instant since) implements IntegrationEvent {

    @Override
    public String subject() {
        return citizenId.toString();
    }
}
