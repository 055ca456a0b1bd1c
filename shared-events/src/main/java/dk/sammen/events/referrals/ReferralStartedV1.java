package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The young person started in the offer. */
@EventType("dk.sammen.referrals.referral-started.v1")
public record ReferralStartedV1(
        UUID referralId,
        UUID courseId,
        UUID offerId,
        LocalDate startedOn,
        Instant startedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return referralId.toString();
    }

    @Override
    public String partitionKey() {
        return courseId.toString();
    }
}
