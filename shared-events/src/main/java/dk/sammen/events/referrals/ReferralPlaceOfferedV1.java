package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A place of the offer freed, and the referral first on its wait-list was offered it: the provider
 * accepts it (the place is kept for it until then) or the referral leaves the wait-list.
 */
@EventType("dk.sammen.referrals.place-offered.v1")
public record ReferralPlaceOfferedV1(
        UUID referralId,
        UUID courseId,
        UUID offerId,
        Instant offeredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return referralId.toString();
    }

    @Override
    public String partitionKey() {
        return courseId.toString();
    }
}
