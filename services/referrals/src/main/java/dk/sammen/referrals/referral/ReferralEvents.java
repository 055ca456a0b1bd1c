package dk.sammen.referrals.referral;

import dk.sammen.platform.personaldata.DataSubject;
import dk.sammen.platform.personaldata.PersonalData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public final class ReferralEvents {

    private ReferralEvents() {
    }

    public record ReferredToOffer(UUID referralId, UUID courseId, UUID citizenId, UUID offerId, UUID referredBy, Instant referredAt) {
    }

    public record ReferralAccepted(UUID referralId, UUID courseId, Instant acceptedAt) {
    }

    public record ReferralWaitListed(UUID referralId, UUID courseId, int position, Instant waitListedAt) {
    }

    public record ReferralRejected(UUID referralId, UUID courseId, @PersonalData String reason, Instant rejectedAt) implements DataSubject {

        @Override
        public UUID dataSubject() {
            return courseId;
        }
    }

    public record ReferralStarted(UUID referralId, UUID courseId, UUID offerId, LocalDate startedOn, Instant startedAt) {
    }

    public record ReferralEnded(UUID referralId, UUID courseId, UUID offerId, LocalDate endedOn, Instant endedAt) {
    }

    public record ReferralRevoked(UUID referralId, UUID courseId, UUID revokedBy, @PersonalData String reason, Instant revokedAt) implements DataSubject {

        @Override
        public UUID dataSubject() {
            return courseId;
        }
    }
}
