package dk.sammen.referrals.referral;

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

    public record ReferralRejected(UUID referralId, UUID courseId, String reason, Instant rejectedAt) {
    }

    public record ReferralStarted(UUID referralId, UUID courseId, UUID offerId, LocalDate startedOn, Instant startedAt) {
    }

    public record ReferralEnded(UUID referralId, UUID courseId, UUID offerId, LocalDate endedOn, Instant endedAt) {
    }

    public record ReferralRevoked(UUID referralId, UUID courseId, UUID revokedBy, String reason, Instant revokedAt) {
    }
}
