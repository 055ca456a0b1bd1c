package dk.sammen.plans.courseoffer;

import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.referrals.ReferralEndedV1;
import dk.sammen.events.referrals.ReferralStartedV1;
import dk.sammen.platform.domain.DomainRuleViolation;
import io.cloudevents.CloudEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A referral (henvisning) started or ended in the referrals service starts or ends the offer in
 * the course. A course that refuses it (closed, say) keeps its own truth; the refusal is logged,
 * not retried. The double-offer warning id follows from the referral, so a redelivery raises none twice.
 */
@Component
class ReferralOffers {

    private static final Logger log = LoggerFactory.getLogger(ReferralOffers.class);

    private final CommandGateway commands;
    private final OfferCatalogue catalogue;

    ReferralOffers(CommandGateway commands, OfferCatalogue catalogue) {
        this.commands = commands;
        this.catalogue = catalogue;
    }

    @KafkaListener(id = "referral-offers", topics = "#{@referralsTopic}", groupId = "${sammen.plans.referral-offer-group:plans-referral-offers}",
            containerFactory = "cloudEventListenerFactory")
    void on(CloudEvent event) {
        if (event.getData() == null) {
            return;
        }
        try {
            if (EventContracts.typeOf(ReferralStartedV1.class).equals(event.getType())) {
                ReferralStartedV1 started = EventCodec.decode(event.getData().toBytes(), ReferralStartedV1.class);
                CatalogueOffer offer = catalogue.find(started.offerId()).orElseThrow(() ->
                        new IllegalStateException("Offer " + started.offerId() + " is not in the catalogue yet; retrying"));
                commands.sendAndWait(new CourseOfferCommands.StartOffer(started.courseId(), null, offer.offerId(), offer.revision(),
                        offer.name(), offer.centre(), offer.needCategories(), started.startedOn(),
                        UUID.nameUUIDFromBytes(("referral:" + started.referralId()).getBytes(StandardCharsets.UTF_8))));
            } else if (EventContracts.typeOf(ReferralEndedV1.class).equals(event.getType())) {
                ReferralEndedV1 ended = EventCodec.decode(event.getData().toBytes(), ReferralEndedV1.class);
                commands.sendAndWait(new CourseOfferCommands.EndOffer(ended.courseId(), null, ended.offerId(), ended.endedOn()));
            }
        } catch (DomainRuleViolation refused) {
            log.warn("The course did not record referral event {} ({}): {}", event.getId(), event.getType(), refused.rule());
        }
    }
}
