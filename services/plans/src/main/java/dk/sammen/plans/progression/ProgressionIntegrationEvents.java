package dk.sammen.plans.progression;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.PathStageReachedV1;
import dk.sammen.events.plans.ProgressionMeasuredV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class ProgressionIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case ProgressionEvents.ProgressionMeasured e -> new ProgressionMeasuredV1(e.courseId(), e.measurementId(), e.dimension(),
                    e.scaleMin(), e.scaleMax(), e.value(), e.measuredBy(), e.measuredOn(), e.recordedAt());
            case ProgressionEvents.PathStageReached e -> new PathStageReachedV1(e.courseId(), e.stage(), e.reachedAt());
            default -> null;
        });
    }
}
