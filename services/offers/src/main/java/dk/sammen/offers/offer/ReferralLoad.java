package dk.sammen.offers.offer;

import dk.sammen.events.referrals.ReferralAcceptedV1;
import dk.sammen.events.referrals.ReferralEndedV1;
import dk.sammen.events.referrals.ReferralRejectedV1;
import dk.sammen.events.referrals.ReferralRevokedV1;
import dk.sammen.events.referrals.ReferralStartedV1;
import dk.sammen.events.referrals.ReferralWaitListedV1;
import dk.sammen.events.referrals.ReferredToOfferV1;
import dk.sammen.platform.kafka.IntegrationEvents;
import io.cloudevents.CloudEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Places in use and wait-lists per offer, kept from the referrals service's events: each
 * referral's latest state. A redelivered event sets the same state again.
 */
@Component
class ReferralLoad {

    private final JdbcClient jdbc;

    ReferralLoad(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @KafkaListener(id = "offer-referral-load", topics = "#{@referralsTopic}", groupId = "${sammen.offers.referral-group:offers-referral-load}",
            containerFactory = "cloudEventListenerFactory")
    void on(CloudEvent event) {
        switch (IntegrationEvents.decode(event).orElse(null)) {
            case ReferredToOfferV1 e -> jdbc.sql("""
                            INSERT INTO offer_referral (referral_id, offer_id, state) VALUES (?, ?, 'REFERRED') ON CONFLICT DO NOTHING""")
                    .params(e.referralId(), e.offerId()).update();
            case ReferralWaitListedV1 e -> state(e.referralId(), "WAIT_LISTED");
            case ReferralAcceptedV1 e -> state(e.referralId(), "ACCEPTED");
            case ReferralStartedV1 e -> state(e.referralId(), "STARTED");
            case ReferralEndedV1 e -> state(e.referralId(), "CLOSED");
            case ReferralRejectedV1 e -> state(e.referralId(), "CLOSED");
            case ReferralRevokedV1 e -> state(e.referralId(), "CLOSED");
            case null, default -> {
            }
        }
    }

    private void state(UUID referralId, String state) {
        jdbc.sql("UPDATE offer_referral SET state = ? WHERE referral_id = ?").params(state, referralId).update();
    }
}
