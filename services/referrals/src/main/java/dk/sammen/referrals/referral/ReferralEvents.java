package dk.sammen.referrals.referral;

import dk.sammen.platform.personaldata.DataSubject;
import dk.sammen.platform.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public final class ReferralEvents {

    private ReferralEvents() {
    }

    /**
     * An event of a referral: its {@code @PersonalData} words are encrypted under the key of the
     * referral's course (one young person's), which erasing the young person deletes.
     */
    public interface ReferralEvent extends DataSubject {

        UUID courseId();

        @Override
        default UUID dataSubject() {
            return courseId();
        }
    }

    public record ReferredToOffer(UUID referralId, UUID courseId, UUID citizenId, UUID offerId, UUID referredBy, Instant referredAt)
            implements ReferralEvent {
    }

    public record ReferralAccepted(UUID referralId, UUID courseId, Instant acceptedAt) implements ReferralEvent {
    }

    public record ReferralWaitListed(UUID referralId, UUID courseId, int position, Instant waitListedAt) implements ReferralEvent {
    }

    /** A freed place of the offer was offered to this referral, first on the wait-list: kept for it until the provider accepts. */
    public record PlaceOffered(UUID referralId, UUID courseId, UUID offerId, Instant offeredAt) implements ReferralEvent {
    }

    public record ReferralRejected(UUID referralId, UUID courseId, @PersonalData String reason, Instant rejectedAt)
            implements ReferralEvent {
    }

    public record ReferralStarted(UUID referralId, UUID courseId, UUID offerId, LocalDate startedOn, Instant startedAt)
            implements ReferralEvent {
    }

    public record ReferralEnded(UUID referralId, UUID courseId, UUID offerId, LocalDate endedOn, Instant endedAt) implements ReferralEvent {
    }

    public record ReferralRevoked(UUID referralId, UUID courseId, UUID revokedBy, @PersonalData String reason, Instant revokedAt)
            implements ReferralEvent {
    }
}
