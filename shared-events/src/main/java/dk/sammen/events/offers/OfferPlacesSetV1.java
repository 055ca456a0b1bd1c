package dk.sammen.events.offers;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * How many young people an offer takes at a time, as of a published revision: published with the
 * first revision and whenever a revision changes it. Referrals holds accepted referrals to it.
 */
@EventType("dk.sammen.offers.offer-places-set.v1")
public record OfferPlacesSetV1(
        UUID offerId,
        int revision,
        int places,
        Instant setAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return offerId.toString();
    }
}
