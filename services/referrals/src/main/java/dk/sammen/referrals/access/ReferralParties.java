package dk.sammen.referrals.access;

import dk.sammen.referrals.referral.ReferralEvents.ReferredToOffer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The parties to each referral, for {@link ReferralAccess}. A subscribing processor (see
 * application.yml): written in the referring command's transaction, so a referral is never
 * answerable by anyone while the referral list catches up.
 */
@Component
@ProcessingGroup("referral-access")
class ReferralParties {

    private final JdbcClient jdbc;

    ReferralParties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReferredToOffer event) {
        jdbc.sql("INSERT INTO referral_party (referral_id, course_id, offer_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(event.referralId(), event.courseId(), event.offerId()).update();
    }
}
