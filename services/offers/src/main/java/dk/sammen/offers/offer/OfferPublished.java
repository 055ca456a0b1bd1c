package dk.sammen.offers.offer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A revision of an offer was published. */
public record OfferPublished(UUID offerId, int revision, String name, String description,
                             Centre owningCentre, OfferKind kind, Set<NeedCategory> needCategories,
                             Instant publishedAt) {
}
