package dk.sammen.offers.needsbank;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.offers.offer.OfferDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The needs bank (seed 000 §4): a team exposes a young person's need; units bid with a solution; the team accepts one. */
public final class NeedsBankCommands {

    private NeedsBankCommands() {
    }

    /**
     * @param courseId    the course that posted it; kept here and told only to the plans service when a bid is accepted
     * @param goals       the need in the team's words, without anything that identifies the young person
     */
    public record PostNeed(@TargetAggregateIdentifier UUID needId, UUID courseId, Set<NeedCategory> needCategories, String goals,
                           String constraints, LocalDate wantedFrom, LocalDate wantedTo) {
    }

    /** @param solution the bid as the offer it would become: what, who, how it meets the three criteria, cost */
    public record SubmitBid(@TargetAggregateIdentifier UUID needId, UUID bidId, OfferDetails solution, LocalDate startOn) {
    }

    /** @param consentCovers the centres the course's consent in force names now: the bidder's must be one */
    public record AcceptBid(@TargetAggregateIdentifier UUID needId, @TargetAggregateVersion @Nullable Long expectedVersion, UUID bidId,
                            Set<Centre> consentCovers) {
        public AcceptBid {
            consentCovers = Set.copyOf(consentCovers);
        }
    }

}
