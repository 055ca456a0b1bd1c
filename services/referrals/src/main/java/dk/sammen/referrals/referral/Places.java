package dk.sammen.referrals.referral;

import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.referrals.referral.ReferralEvents.PlaceOffered;
import dk.sammen.referrals.referral.ReferralEvents.ReferralAccepted;
import dk.sammen.referrals.referral.ReferralEvents.ReferralEnded;
import dk.sammen.referrals.referral.ReferralEvents.ReferralRejected;
import dk.sammen.referrals.referral.ReferralEvents.ReferralRevoked;
import dk.sammen.referrals.referral.ReferralEvents.ReferralStarted;
import dk.sammen.referrals.referral.ReferralEvents.ReferralWaitListed;
import dk.sammen.referrals.referral.ReferralEvents.ReferredToOffer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The places of each offer and where each referral stands towards one, kept in the commands'
 * transaction: an accepted or started referral holds a place, one offered a freed place has it
 * kept for it, the rest wait in the order the provider put them. The places are the catalogue's
 * ({@code offer-places-set}); an offer whose places it has not told takes everyone.
 */
@Component
@ProcessingGroup(Places.PROCESSING_GROUP)
public class Places implements PlaceClaims {

    static final String PROCESSING_GROUP = "places";

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes a place for the referral, or refuses: every place is held or kept for a referral
     * offered it. Locks the offer's places until the transaction ends (already held when the
     * acceptance came through {@link #whileHoldingPlacesOf}), so two acceptances at once are
     * decided one after the other.
     */
    @Override
    public void claim(UUID offerId, UUID referralId) {
        Integer places = lockPlaces(offerId);
        if (places == null) {
            return;
        }
        long taken = jdbc.sql("SELECT count(*) FROM referral_place WHERE offer_id = ? AND referral_id <> ? AND state IN ('HOLDS', 'OFFERED')")
                .params(offerId, referralId).query(Long.class).single();
        if (taken >= places) {
            throw new DomainRuleViolation("offer-full", "All " + places + " places of the offer are held or kept for those offered them: "
                    + "put the referral on the wait-list; the next place that frees is offered to the first on it");
        }
    }

    /**
     * Runs an acceptance holding the places of the referral's offer first. Every path takes the
     * offer's places before a referral (freeing a place locks the places, then offers it to a
     * referral): taking them in the other order, an acceptance holding its referral and waiting
     * for the places could wait for good on a freed place waiting for that referral.
     */
    @Transactional
    public <T> T whileHoldingPlacesOf(UUID referralId, Supplier<T> acceptance) {
        UUID offerId = offerOf(referralId);
        if (offerId != null) {
            lockPlaces(offerId);
        }
        return acceptance.get();
    }

    /** Sets the offer's places as a revision tells them (a later revision's only), and locks them for what follows. */
    void set(UUID offerId, int revision, int places) {
        jdbc.sql("""
                        INSERT INTO offer_places (offer_id, revision, places) VALUES (?, ?, ?)
                        ON CONFLICT (offer_id) DO UPDATE SET revision = EXCLUDED.revision, places = EXCLUDED.places
                        WHERE offer_places.revision < EXCLUDED.revision""")
                .params(offerId, revision, places).update();
    }

    /** The places free now (none for an offer whose places are unknown), under the offer's lock. */
    int lockFree(UUID offerId) {
        Integer places = lockPlaces(offerId);
        if (places == null) {
            return 0;
        }
        long taken = jdbc.sql("SELECT count(*) FROM referral_place WHERE offer_id = ? AND state IN ('HOLDS', 'OFFERED')")
                .param(offerId).query(Long.class).single();
        return (int) Math.max(0, places - taken);
    }

    /** The first {@code count} on the offer's wait-list not yet offered a place: by the provider's position, then the longest waiting. */
    List<UUID> firstWaiting(UUID offerId, int count) {
        return jdbc.sql("""
                        SELECT referral_id FROM referral_place WHERE offer_id = ? AND state = 'WAITING'
                        ORDER BY position NULLS LAST, since, referral_id LIMIT ?""")
                .params(offerId, count).query(UUID.class).list();
    }

    /** The offer a referral is to; null for one this service never saw referred. */
    @Nullable UUID offerOf(UUID referralId) {
        return jdbc.sql("SELECT offer_id FROM referral_place WHERE referral_id = ?").param(referralId).query(UUID.class).optional().orElse(null);
    }

    private @Nullable Integer lockPlaces(UUID offerId) {
        return jdbc.sql("SELECT places FROM offer_places WHERE offer_id = ? FOR UPDATE").param(offerId).query(Integer.class).optional()
                .orElse(null);
    }

    @EventHandler
    void on(ReferredToOffer event) {
        jdbc.sql("INSERT INTO referral_place (referral_id, offer_id, state, since) VALUES (?, ?, 'REFERRED', ?) ON CONFLICT DO NOTHING")
                .params(event.referralId(), event.offerId(), Timestamp.from(event.referredAt())).update();
    }

    @EventHandler
    void on(ReferralWaitListed event) {
        // A new position keeps a place already offered; the wait counts from when they were first put on the list.
        jdbc.sql("""
                        UPDATE referral_place SET position = ?, since = CASE WHEN state = 'REFERRED' THEN ? ELSE since END,
                                                  state = CASE WHEN state = 'OFFERED' THEN 'OFFERED' ELSE 'WAITING' END
                        WHERE referral_id = ?""")
                .params(event.position(), Timestamp.from(event.waitListedAt()), event.referralId()).update();
    }

    @EventHandler
    void on(PlaceOffered event) {
        state(event.referralId(), "OFFERED");
    }

    @EventHandler
    void on(ReferralAccepted event) {
        state(event.referralId(), "HOLDS");
    }

    @EventHandler
    void on(ReferralStarted event) {
        state(event.referralId(), "HOLDS");
    }

    @EventHandler
    void on(ReferralEnded event) {
        state(event.referralId(), "CLOSED");
    }

    @EventHandler
    void on(ReferralRejected event) {
        state(event.referralId(), "CLOSED");
    }

    @EventHandler
    void on(ReferralRevoked event) {
        state(event.referralId(), "CLOSED");
    }

    /** Puts a referral's row where its aggregate says it stands. */
    void standsAt(UUID referralId, ReferralStatus status) {
        state(referralId, switch (status) {
            case REFERRED -> "REFERRED";
            case WAIT_LISTED -> "WAITING";
            case ACCEPTED, STARTED -> "HOLDS";
            case REJECTED, ENDED, REVOKED -> "CLOSED";
        });
    }

    private void state(UUID referralId, String state) {
        jdbc.sql("UPDATE referral_place SET state = ? WHERE referral_id = ?").params(state, referralId).update();
    }
}
