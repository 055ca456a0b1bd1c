package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** The provider put the referral on its wait-list. */
@EventType("dk.sammen.referrals.referral-wait-listed.v1")
public record ReferralWaitListedV1(
        UUID referralId,
        UUID courseId,
        int position,
        Instant waitListedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return referralId.toString();
    }

    @Override
    public String partitionKey() {
        return courseId.toString();
    }
}
