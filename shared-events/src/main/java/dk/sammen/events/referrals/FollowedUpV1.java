package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** Someone acted on a young person on the follow-up list; they leave it. */
@EventType("dk.sammen.referrals.followed-up.v1")
public record FollowedUpV1(
        UUID citizenId,
        FollowUpAction action,
        Instant followedUpAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return citizenId.toString();
    }
}
