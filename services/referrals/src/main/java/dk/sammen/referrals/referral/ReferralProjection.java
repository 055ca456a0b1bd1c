package dk.sammen.referrals.referral;

import dk.sammen.referrals.erasure.ErasedCitizens;
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
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Referrals as providers and teams list them; rebuildable by replay. */
@Component
@ProcessingGroup("referral-view")
public class ReferralProjection {

    private static final RowMapper<ReferralView> ROW = (rs, n) -> new ReferralView(rs.getObject("referral_id", UUID.class),
            rs.getObject("course_id", UUID.class), rs.getObject("citizen_id", UUID.class), rs.getObject("offer_id", UUID.class),
            ReferralStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("position"), rs.getTimestamp("referred_at").toInstant(),
            Optional.ofNullable(rs.getTimestamp("place_offered_at")).map(Timestamp::toInstant).orElse(null), rs.getLong("version"));

    private final JdbcClient jdbc;
    private final ErasedCitizens erased;

    ReferralProjection(JdbcClient jdbc, ErasedCitizens erased) {
        this.jdbc = jdbc;
        this.erased = erased;
    }

    /** A young person's referrals, oldest first: their part of the own record. */
    public List<ReferralView> ofCitizen(UUID citizenId) {
        return jdbc.sql("SELECT * FROM referral_view WHERE citizen_id = ? ORDER BY referred_at, referral_id").param(citizenId).query(ROW).list();
    }

    @EventHandler
    void on(ReferredToOffer event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant storedAt) {
        if (erased.erasedSince(event.citizenId(), storedAt)) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO referral_view (referral_id, course_id, citizen_id, offer_id, status, referred_at, version)
                        VALUES (?, ?, ?, ?, 'REFERRED', ?, ?) ON CONFLICT (referral_id) DO NOTHING""")
                .params(event.referralId(), event.courseId(), event.citizenId(), event.offerId(), Timestamp.from(event.referredAt()), version)
                .update();
    }

    @EventHandler
    void on(ReferralAccepted event, @SequenceNumber long version) {
        status(event.referralId(), ReferralStatus.ACCEPTED, null, version);
    }

    @EventHandler
    void on(ReferralWaitListed event, @SequenceNumber long version) {
        status(event.referralId(), ReferralStatus.WAIT_LISTED, event.position(), version);
    }

    @EventHandler
    void on(PlaceOffered event, @SequenceNumber long version) {
        jdbc.sql("UPDATE referral_view SET place_offered_at = ?, version = ? WHERE referral_id = ? AND version < ?")
                .params(Timestamp.from(event.offeredAt()), version, event.referralId(), version).update();
    }

    @EventHandler
    void on(ReferralRejected event, @SequenceNumber long version) {
        status(event.referralId(), ReferralStatus.REJECTED, null, version);
    }

    @EventHandler
    void on(ReferralStarted event, @SequenceNumber long version) {
        status(event.referralId(), ReferralStatus.STARTED, null, version);
    }

    @EventHandler
    void on(ReferralEnded event, @SequenceNumber long version) {
        status(event.referralId(), ReferralStatus.ENDED, null, version);
    }

    @EventHandler
    void on(ReferralRevoked event, @SequenceNumber long version) {
        status(event.referralId(), ReferralStatus.REVOKED, null, version);
    }

    private void status(UUID referralId, ReferralStatus status, @Nullable Integer position, long version) {
        jdbc.sql("UPDATE referral_view SET status = ?, position = ?, version = ? WHERE referral_id = ? AND version < ?")
                .params(status.name(), position, version, referralId, version).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM referral_view").update();
    }

    Optional<ReferralView> find(UUID referralId) {
        return jdbc.sql("SELECT * FROM referral_view WHERE referral_id = ?").param(referralId).query(ROW).optional();
    }

    /**
     * The provider's task: the referrals offered a freed place of an offer the centre owns, waiting
     * for the provider to accept them, longest offered first.
     */
    List<ReferralView> placesOffered(String centre) {
        return jdbc.sql("""
                        SELECT r.* FROM referral_view r JOIN offer_centre o ON o.offer_id = r.offer_id
                        WHERE o.centre = ? AND r.status = 'WAIT_LISTED' AND r.place_offered_at IS NOT NULL
                        ORDER BY r.place_offered_at, r.referral_id""")
                .param(centre).query(ROW).list();
    }

    /** The open referrals to an offer: started, accepted, then the wait-list in order, then the newly referred. */
    List<ReferralView> openFor(UUID offerId) {
        return jdbc.sql("""
                        SELECT * FROM referral_view WHERE offer_id = ? AND status IN ('STARTED', 'ACCEPTED', 'WAIT_LISTED', 'REFERRED')
                        ORDER BY CASE status WHEN 'STARTED' THEN 0 WHEN 'ACCEPTED' THEN 1 WHEN 'WAIT_LISTED' THEN 2 ELSE 3 END,
                                 position NULLS LAST, referred_at, referral_id""")
                .param(offerId).query(ROW).list();
    }
}
