package dk.sammen.referrals.referral;

import dk.sammen.events.Centre;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Commands of a referral (henvisning) of a course's young person to an offer from the catalogue. */
public final class ReferralCommands {

    private ReferralCommands() {
    }

    /**
     * @param providerCentre the centre owning the offer, from the catalogue
     * @param sharedWith     the centres the course's consent covers, from the plans service
     */
    public record ReferToOffer(@TargetAggregateIdentifier UUID referralId, UUID courseId, @Nullable UUID citizenId, UUID offerId,
                               Centre providerCentre, Set<Centre> sharedWith, UUID referredBy) {
    }

    public record AcceptReferral(@TargetAggregateIdentifier UUID referralId, @TargetAggregateVersion @Nullable Long expectedVersion) {
    }

    public record WaitListReferral(@TargetAggregateIdentifier UUID referralId, @TargetAggregateVersion @Nullable Long expectedVersion, int position) {
    }

    public record RejectReferral(@TargetAggregateIdentifier UUID referralId, @TargetAggregateVersion @Nullable Long expectedVersion, String reason) {
    }

    /** Offers the referral, waiting, a place that freed. */
    public record OfferPlace(@TargetAggregateIdentifier UUID referralId) {
    }

    public record StartReferral(@TargetAggregateIdentifier UUID referralId, @TargetAggregateVersion @Nullable Long expectedVersion, LocalDate startedOn) {
    }

    public record EndReferral(@TargetAggregateIdentifier UUID referralId, @TargetAggregateVersion @Nullable Long expectedVersion, LocalDate endedOn) {
    }

    public record RevokeReferral(@TargetAggregateIdentifier UUID referralId, @TargetAggregateVersion @Nullable Long expectedVersion, UUID revokedBy,
                                 String reason) {
    }
}
