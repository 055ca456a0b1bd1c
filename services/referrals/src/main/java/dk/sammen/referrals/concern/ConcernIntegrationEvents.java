package dk.sammen.referrals.concern;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.referrals.FlaggedForCoordinatedCourseV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** A flag is published; the linking itself is already visible from the underretning events. */
@Component
class ConcernIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case ConcernHistoryEvents.FlaggedForCoordinatedCourse e -> new FlaggedForCoordinatedCourseV1(e.citizenId(), e.reason(),
                    e.notificationCount(), e.sourceCount(), e.windowMonths(), e.flaggedAt());
            default -> null;
        });
    }
}
