package dk.sammen.referrals.referral;

import java.util.UUID;

/** What an acceptance asks of the offer's places: one for this referral, or a refusal ({@code offer-full}). */
@FunctionalInterface
public interface PlaceClaims {

    void claim(UUID offerId, UUID referralId);
}
