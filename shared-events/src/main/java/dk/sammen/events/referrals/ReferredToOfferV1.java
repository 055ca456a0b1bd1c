package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A team member referred a course's young person to an offer (henvisning). */
@EventType("dk.sammen.referrals.referred-to-offer.v1")
public record ReferredToOfferV1(
        UUID referralId,
        UUID courseId,
        UUID citizenId,
        UUID offerId,
        Instant referredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return referralId.toString();
    }

    @Override
    public String partitionKey() {
        return courseId.toString();
    }
}
