package dk.sammen.plans.course;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.ConsentRecordedV1;
import dk.sammen.events.plans.ConsentWithdrawnV1;
import dk.sammen.events.plans.CourseActivatedV1;
import dk.sammen.events.plans.CourseClosedV1;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** What the course's lifecycle publishes to the other services. */
@Component
class CourseIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case CourseOpened e -> new CourseOpenedV1(e.courseId(), e.citizenId(), e.reason(), e.openedAt());
            case CourseEvents.ConsentRecorded e -> new ConsentRecordedV1(e.courseId(), e.citizenId(), e.givenBy(),
                    e.guardianId(), e.sharedWith(), e.recordedAt());
            case CourseEvents.ConsentWithdrawn e -> new ConsentWithdrawnV1(e.courseId(), e.citizenId(), e.withdrawnBy(),
                    e.guardianId(), e.sharingStopped(), e.withdrawnAt());
            case CourseEvents.CourseActivated e -> new CourseActivatedV1(e.courseId(), e.citizenId(), e.activatedAt());
            case CourseEvents.CourseClosed e -> new CourseClosedV1(e.courseId(), e.citizenId(), e.outcome(), e.closedAt());
            default -> null;
        });
    }
}
