package dk.sammen.offers.offer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;
import java.util.UUID;

/** Put an offer in the catalogue, so courses can use it. */
public record PublishOffer(@TargetAggregateIdentifier UUID offerId, String name, String description,
                           Centre owningCentre, OfferKind kind, Set<NeedCategory> needCategories) {
}
