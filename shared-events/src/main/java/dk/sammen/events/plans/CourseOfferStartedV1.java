package dk.sammen.events.plans;

import dk.sammen.events.Centre;
import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.offers.NeedCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** An offer from the catalogue started in the course; several can run in parallel. */
@EventType("dk.sammen.plans.course-offer-started.v1")
public record CourseOfferStartedV1(
        UUID courseId,
        UUID offerId,
        int offerRevision,
        Centre centre,
        Set<NeedCategory> needCategories,
        LocalDate startedOn,
        Instant startedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
