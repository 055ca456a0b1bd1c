package dk.sammen.events.offers;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** An offer left the catalogue for good. */
@EventType("dk.sammen.offers.offer-retired.v1")
public record OfferRetiredV1(
        UUID offerId,
        Instant retiredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return offerId.toString();
    }
}
