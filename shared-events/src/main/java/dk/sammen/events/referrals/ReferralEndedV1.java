package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The young person's time in the offer ended. */
@EventType("dk.sammen.referrals.referral-ended.v1")
public record ReferralEndedV1(
        UUID referralId,
        UUID courseId,
        UUID offerId,
        LocalDate endedOn,
        Instant endedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return referralId.toString();
    }

    @Override
    public String partitionKey() {
        return courseId.toString();
    }
}
