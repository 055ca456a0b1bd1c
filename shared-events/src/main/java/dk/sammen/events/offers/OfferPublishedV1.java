package dk.sammen.events.offers;

import dk.sammen.events.Centre;
import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** An offer in the tilbudsvifte was published, so courses can use this revision of it. */
@EventType("dk.sammen.offers.offer-published.v1")
public record OfferPublishedV1(
        UUID offerId,
        int revision,
        String name,
        Centre owningCentre,
        OfferKind kind,
        Instant publishedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return offerId.toString();
    }
}
