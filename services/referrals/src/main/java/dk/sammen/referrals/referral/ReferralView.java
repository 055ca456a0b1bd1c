package dk.sammen.referrals.referral;

import dk.sammen.platform.web.Versioned;

import java.time.Instant;
import java.util.UUID;

/** @param position the place on the provider's wait-list, while wait-listed */
public record ReferralView(UUID referralId, UUID courseId, UUID citizenId, UUID offerId, ReferralStatus status, Integer position,
                           Instant referredAt, long version) implements Versioned {
}
