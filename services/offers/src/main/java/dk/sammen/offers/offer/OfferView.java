package dk.sammen.offers.offer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import dk.sammen.platform.web.Versioned;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An offer as the catalogue shows it. */
public record OfferView(UUID offerId, int revision, String name, String description, Centre owningCentre,
                        OfferKind kind, Set<NeedCategory> needCategories, OfferStatus status, Instant publishedAt, long version) implements Versioned {
}
