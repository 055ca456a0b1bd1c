package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** The provider accepted the referral. */
@EventType("dk.sammen.referrals.referral-accepted.v1")
public record ReferralAcceptedV1(
        UUID referralId,
        UUID courseId,
        Instant acceptedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return referralId.toString();
    }

    @Override
    public String partitionKey() {
        return courseId.toString();
    }
}
