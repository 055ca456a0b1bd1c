package dk.sammen.plans.courseoffer;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.CourseOfferEndedV1;
import dk.sammen.events.plans.CourseOfferStartedV1;
import dk.sammen.events.plans.DoubleOfferAcknowledgedV1;
import dk.sammen.events.plans.DoubleOfferWarningRaisedV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

@Component
class CourseOfferIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case CourseOfferEvents.OfferStarted e -> new CourseOfferStartedV1(e.courseId(), e.offerId(), e.revision(), e.centre(),
                    e.needCategories(), e.startedOn(), e.startedAt());
            case CourseOfferEvents.OfferEnded e -> new CourseOfferEndedV1(e.courseId(), e.offerId(), e.endedOn(), e.endedAt());
            case CourseOfferEvents.DoubleOfferWarningRaised e -> new DoubleOfferWarningRaisedV1(e.courseId(), e.warningId(),
                    e.offerId(), List.copyOf(e.overlappingOfferIds()), e.needCategories(), e.raisedAt());
            case CourseOfferEvents.DoubleOfferAcknowledged e -> new DoubleOfferAcknowledgedV1(e.courseId(), e.warningId(),
                    e.acknowledgedAt());
            default -> null;
        });
    }
}
