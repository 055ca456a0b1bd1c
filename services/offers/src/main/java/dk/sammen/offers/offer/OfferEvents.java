package dk.sammen.offers.offer;

import java.time.Instant;
import java.util.UUID;

public final class OfferEvents {

    private OfferEvents() {
    }

    public record OfferDrafted(UUID offerId, OfferDetails details, Instant draftedAt) {
    }

    /** A revision of the offer became the catalogue's: 1 when first published, one more at each revision. */
    public record OfferPublished(UUID offerId, int revision, OfferDetails details, Instant publishedAt) {
    }

    /** How many young people the offer takes at a time, from this revision. */
    public record PlacesSet(UUID offerId, int revision, int places, Instant setAt) {
    }

    public record OfferSuspended(UUID offerId, String reason, Instant suspendedAt) {
    }

    public record OfferResumed(UUID offerId, Instant resumedAt) {
    }

    public record OfferRetired(UUID offerId, String reason, Instant retiredAt) {
    }
}
