package dk.sammen.offers.needsbank;

import dk.sammen.events.offers.NeedCategory;
import dk.sammen.offers.offer.OfferDetails;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

public final class NeedsBankEvents {

    private NeedsBankEvents() {
    }

    public record NeedPosted(UUID needId, UUID courseId, Set<NeedCategory> needCategories, String goals, String constraints,
                             LocalDate wantedFrom, LocalDate wantedTo, Instant postedAt) {
    }

    public record BidSubmitted(UUID needId, UUID bidId, OfferDetails solution, LocalDate startOn, Instant submittedAt) {
    }

    /** @param offerId the offer the accepted bid becomes, with the bid's solution as its first revision */
    public record BidAccepted(UUID needId, UUID bidId, UUID courseId, UUID offerId, OfferDetails solution, LocalDate startOn,
                              Instant acceptedAt) {
    }
}
