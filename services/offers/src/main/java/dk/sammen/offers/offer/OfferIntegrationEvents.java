package dk.sammen.offers.offer;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.offers.OfferDraftedV1;
import dk.sammen.events.offers.OfferPlacesSetV1;
import dk.sammen.events.offers.OfferPublishedV2;
import dk.sammen.events.offers.OfferResumedV1;
import dk.sammen.events.offers.OfferRetiredV1;
import dk.sammen.events.offers.OfferSuspendedV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** What the catalogue publishes: every published revision, and the offer's life; reasons stay here. */
@Component
class OfferIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case OfferEvents.OfferDrafted e -> new OfferDraftedV1(e.offerId(), e.details().owningCentre(), e.details().kind(), e.draftedAt());
            case OfferEvents.OfferPublished e -> new OfferPublishedV2(e.offerId(), e.revision(), e.details().name(),
                    e.details().owningCentre(), e.details().kind(), e.details().needCategories(), e.publishedAt());
            case OfferEvents.PlacesSet e -> new OfferPlacesSetV1(e.offerId(), e.revision(), e.places(), e.setAt());
            case OfferEvents.OfferSuspended e -> new OfferSuspendedV1(e.offerId(), e.suspendedAt());
            case OfferEvents.OfferResumed e -> new OfferResumedV1(e.offerId(), e.resumedAt());
            case OfferEvents.OfferRetired e -> new OfferRetiredV1(e.offerId(), e.retiredAt());
            default -> null;
        });
    }
}
