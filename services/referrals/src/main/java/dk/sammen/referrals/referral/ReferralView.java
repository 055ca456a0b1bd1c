package dk.sammen.referrals.referral;

import dk.sammen.platform.web.Versioned;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * @param position       the place on the provider's wait-list, while wait-listed
 * @param placeOfferedAt when a freed place was offered to it, while wait-listed: the provider's to accept
 */
public record ReferralView(UUID referralId, UUID courseId, UUID citizenId, UUID offerId, ReferralStatus status, Integer position,
                           Instant referredAt, @Nullable Instant placeOfferedAt, long version) implements Versioned {
}
