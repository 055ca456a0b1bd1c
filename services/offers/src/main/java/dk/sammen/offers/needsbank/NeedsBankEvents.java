package dk.sammen.offers.needsbank;

import dk.sammen.events.offers.NeedCategory;
import dk.sammen.offers.offer.OfferDetails;
import dk.sammen.platform.personaldata.DataSubject;
import dk.sammen.platform.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

public final class NeedsBankEvents {

    private NeedsBankEvents() {
    }

    /**
     * The team's words about the young person's goals and circumstances are encrypted under the
     * course's data key: erasing the young person in plans makes them unreadable here too.
     */
    public record NeedPosted(UUID needId, UUID courseId, Set<NeedCategory> needCategories, @PersonalData String goals,
                             @PersonalData String constraints, LocalDate wantedFrom, LocalDate wantedTo, Instant postedAt)
            implements DataSubject {

        @Override
        public UUID dataSubject() {
            return courseId;
        }
    }

    public record BidSubmitted(UUID needId, UUID bidId, OfferDetails solution, LocalDate startOn, Instant submittedAt) {
    }

    /** @param offerId the offer the accepted bid becomes, with the bid's solution as its first revision */
    public record BidAccepted(UUID needId, UUID bidId, UUID courseId, UUID offerId, OfferDetails solution, LocalDate startOn,
                              Instant acceptedAt) {
    }
}
