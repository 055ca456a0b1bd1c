package dk.sammen.events.offers;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A suspended offer is usable again. */
@EventType("dk.sammen.offers.offer-resumed.v1")
public record OfferResumedV1(
        UUID offerId,
        Instant resumedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return offerId.toString();
    }
}
