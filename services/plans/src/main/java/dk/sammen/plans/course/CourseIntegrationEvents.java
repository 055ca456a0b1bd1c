package dk.sammen.plans.course;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** What the course publishes to the other services. */
@Component
class CourseIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return switch (domainEvent) {
            case CourseOpened e -> Optional.of(new CourseOpenedV1(e.courseId(), e.citizenId(), e.reason(), e.openedAt()));
            default -> Optional.empty();
        };
    }
}
