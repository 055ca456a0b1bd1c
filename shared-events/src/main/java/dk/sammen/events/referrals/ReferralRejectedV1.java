package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** The provider rejected the referral; the reason stays in the referrals service. */
@EventType("dk.sammen.referrals.referral-rejected.v1")
public record ReferralRejectedV1(
        UUID referralId,
        UUID courseId,
        Instant rejectedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return referralId.toString();
    }

    @Override
    public String partitionKey() {
        return courseId.toString();
    }
}
