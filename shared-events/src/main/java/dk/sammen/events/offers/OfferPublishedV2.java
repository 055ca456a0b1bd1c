package dk.sammen.events.offers;

import dk.sammen.events.Centre;
import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An offer in the tilbudsvifte was published, so courses can use this revision of it. Version 2
 * adds the need categories the offer serves, which is how courses recognise double offers.
 */
@EventType("dk.sammen.offers.offer-published.v2")
public record OfferPublishedV2(
        UUID offerId,
        int revision,
        String name,
        Centre owningCentre,
        OfferKind kind,
        Set<NeedCategory> needCategories,
        Instant publishedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return offerId.toString();
    }
}
