package dk.sammen.offers.offer;

import dk.sammen.platform.web.Versioned;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An offer as the catalogue shows it: its current revision, where it is in its life, and how full it is.
 *
 * @param reasons why the offer matched a young person's profile, when it is a match answer
 */
public record OfferView(UUID offerId, int revision, OfferStatus status, OfferDetails details, int placesInUse, int waitListLength,
                        boolean atCapacity, Instant changedAt, List<String> reasons, long version) implements Versioned {

    OfferView because(List<String> why) {
        return new OfferView(offerId, revision, status, details, placesInUse, waitListLength, atCapacity, changedAt, why, version);
    }
}
