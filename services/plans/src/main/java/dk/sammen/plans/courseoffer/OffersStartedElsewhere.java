package dk.sammen.plans.courseoffer;

import dk.sammen.events.offers.BidAcceptedV1;
import dk.sammen.events.referrals.ReferralEndedV1;
import dk.sammen.events.referrals.ReferralStartedV1;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.kafka.IntegrationEvents;
import io.cloudevents.CloudEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Offers that start in a course because another service says so: a referral (henvisning) started
 * or ended in the referrals service, or a bid accepted in the needs bank of the offers service.
 * A course that refuses it (closed, say) keeps its own truth; the refusal is logged, not retried.
 * The double-offer warning id follows from the referral or bid, so a redelivery raises none twice.
 */
@Component
class OffersStartedElsewhere {

    private static final Logger log = LoggerFactory.getLogger(OffersStartedElsewhere.class);

    private final CommandGateway commands;
    private final OfferCatalogue catalogue;

    OffersStartedElsewhere(CommandGateway commands, OfferCatalogue catalogue) {
        this.commands = commands;
        this.catalogue = catalogue;
    }

    @KafkaListener(id = "referral-offers", topics = "#{@referralsTopic}", groupId = "${sammen.plans.referral-offer-group:plans-referral-offers}",
            containerFactory = "cloudEventListenerFactory")
    void on(CloudEvent event) {
        try {
            switch (IntegrationEvents.decode(event).orElse(null)) {
                case ReferralStartedV1 started -> start(started.courseId(), started.offerId(), started.startedOn(),
                        "referral:" + started.referralId());
                case ReferralEndedV1 ended ->
                        commands.sendAndWait(new CourseOfferCommands.EndOffer(ended.courseId(), null, ended.offerId(), ended.endedOn()));
                case null, default -> {
                    // Other referral facts start or end nothing in a course.
                }
            }
        } catch (DomainRuleViolation refused) {
            log.warn("The course did not record referral event {} ({}): {}", event.getId(), event.getType(), refused.rule());
        }
    }

    @KafkaListener(id = "needs-bank-offers", topics = "#{@offersTopic}", groupId = "${sammen.plans.needs-bank-group:plans-needs-bank}",
            containerFactory = "cloudEventListenerFactory")
    void onOffers(CloudEvent event) {
        if (!(IntegrationEvents.decode(event).orElse(null) instanceof BidAcceptedV1 accepted)) {
            return;
        }
        try {
            start(accepted.courseId(), accepted.offerId(), accepted.startOn(), "bid:" + accepted.bidId());
        } catch (DomainRuleViolation refused) {
            log.warn("The course did not start the offer of accepted bid {}: {}", accepted.bidId(), refused.rule());
        }
    }

    private void start(UUID courseId, UUID offerId, java.time.LocalDate startedOn, String cause) {
        CatalogueOffer offer = catalogue.find(offerId).orElseThrow(() ->
                new IllegalStateException("Offer " + offerId + " is not in the catalogue yet; retrying"));
        commands.sendAndWait(new CourseOfferCommands.StartOffer(courseId, null, offer.offerId(), offer.revision(), offer.name(),
                offer.centre(), offer.needCategories(), startedOn, UUID.nameUUIDFromBytes(cause.getBytes(StandardCharsets.UTF_8))));
    }
}
