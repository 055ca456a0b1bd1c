package dk.sammen.offers.needsbank;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.offers.BidAcceptedV1;
import dk.sammen.events.offers.BidSubmittedV1;
import dk.sammen.events.offers.NeedPostedV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The needs bank publishes what is needed and what was bid, identifying no young person; only the
 * acceptance names the course, so the plans service can start the offer in it.
 */
@Component
class NeedsBankIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case NeedsBankEvents.NeedPosted e -> new NeedPostedV1(e.needId(), e.needCategories(), e.wantedFrom(), e.wantedTo(), e.postedAt());
            case NeedsBankEvents.BidSubmitted e -> new BidSubmittedV1(e.needId(), e.bidId(), e.solution().owningCentre(),
                    e.solution().pricePerMonth(), e.startOn(), e.submittedAt());
            case NeedsBankEvents.BidAccepted e -> new BidAcceptedV1(e.needId(), e.bidId(), e.courseId(), e.offerId(), e.startOn(), e.acceptedAt());
            default -> null;
        });
    }
}
