package dk.sammen.plans.courseoffer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;

import java.util.Set;
import java.util.UUID;

/** An offer as the plans service knows it from the offers service's events. */
public record CatalogueOffer(UUID offerId, int revision, String name, Centre centre, Set<NeedCategory> needCategories) {
}
