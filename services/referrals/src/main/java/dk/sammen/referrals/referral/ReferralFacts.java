package dk.sammen.referrals.referral;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.OfferPlacesSetV1;
import dk.sammen.events.offers.OfferPublishedV1;
import dk.sammen.events.offers.OfferPublishedV2;
import dk.sammen.platform.kafka.IntegrationEvents;
import io.cloudevents.CloudEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The centre owning each offer, kept from the offers service's events: the provider a referral
 * goes to; and its places ({@link Places}). Idempotent: a redelivered event leaves the same row. (What the course's consent covers
 * and who works on it is the platform's {@link dk.sammen.platform.coursefacts.CourseFacts}.)
 */
@Component
class ReferralFacts {

    private final JdbcClient jdbc;
    private final Places places;
    private final FreedPlaces freed;

    ReferralFacts(JdbcClient jdbc, Places places, FreedPlaces freed) {
        this.jdbc = jdbc;
        this.places = places;
        this.freed = freed;
    }

    @KafkaListener(id = "referral-offers", topics = "#{@offersTopic}", groupId = "${sammen.referrals.offer-group:referrals-offers}",
            containerFactory = "cloudEventListenerFactory")
    void onOffers(CloudEvent event) {
        switch (IntegrationEvents.decode(event).orElse(null)) {
            case OfferPublishedV2 offer -> keepOffer(offer.offerId(), offer.revision(), offer.owningCentre());
            case OfferPublishedV1 offer -> keepOffer(offer.offerId(), offer.revision(), offer.owningCentre());
            case OfferPlacesSetV1 set -> {
                // More places may have freed some for those waiting.
                places.set(set.offerId(), set.revision(), set.places());
                freed.offerFreePlaces(set.offerId());
            }
            case null, default -> {
                // Only which centre an offer belongs to, and its places, matter here.
            }
        }
    }

    private void keepOffer(UUID offerId, int revision, Centre centre) {
        jdbc.sql("""
                        INSERT INTO offer_centre (offer_id, revision, centre) VALUES (?, ?, ?)
                        ON CONFLICT (offer_id) DO UPDATE SET revision = EXCLUDED.revision, centre = EXCLUDED.centre
                        WHERE offer_centre.revision < EXCLUDED.revision""")
                .params(offerId, revision, centre.name()).update();
    }

    Optional<Centre> centreOf(UUID offerId) {
        return jdbc.sql("SELECT centre FROM offer_centre WHERE offer_id = ?").param(offerId).query(String.class).optional().map(Centre::valueOf);
    }
}
