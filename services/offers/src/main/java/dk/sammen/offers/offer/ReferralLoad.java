package dk.sammen.offers.offer;

import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.Topics;
import dk.sammen.events.referrals.ReferralAcceptedV1;
import dk.sammen.events.referrals.ReferralEndedV1;
import dk.sammen.events.referrals.ReferralRejectedV1;
import dk.sammen.events.referrals.ReferralRevokedV1;
import dk.sammen.events.referrals.ReferralStartedV1;
import dk.sammen.events.referrals.ReferralWaitListedV1;
import dk.sammen.events.referrals.ReferredToOfferV1;
import dk.sammen.platform.kafka.KafkaTopics;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;
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
        if (event.getData() == null) {
            return;
        }
        IntegrationEvent decoded = EventContracts.classOf(event.getType())
                .map(contract -> (IntegrationEvent) EventCodec.decode(event.getData().toBytes(), contract)).orElse(null);
        switch (decoded) {
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

    @Configuration
    static class Topic {

        @Bean
        String referralsTopic(KafkaTopics topics) {
            return topics.name(Topics.REFERRALS);
        }

        @Bean
        KafkaAdmin.NewTopics referralsTopicDefinition(KafkaTopics topics) {
            return new KafkaAdmin.NewTopics(new NewTopic[]{topics.definition(Topics.REFERRALS)});
        }
    }
}
