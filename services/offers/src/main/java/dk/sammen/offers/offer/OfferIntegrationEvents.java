package dk.sammen.offers.offer;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.offers.OfferPublishedV2;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** What the catalogue publishes to the other services. */
@Component
class OfferIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return switch (domainEvent) {
            case OfferPublished e -> Optional.of(new OfferPublishedV2(
                    e.offerId(), e.revision(), e.name(), e.owningCentre(), e.kind(), e.needCategories(), e.publishedAt()));
            default -> Optional.empty();
        };
    }
}
