package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** The referrer revoked the referral before it started. */
@EventType("dk.sammen.referrals.referral-revoked.v1")
public record ReferralRevokedV1(
        UUID referralId,
        UUID courseId,
        Instant revokedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return referralId.toString();
    }

    @Override
    public String partitionKey() {
        return courseId.toString();
    }
}
