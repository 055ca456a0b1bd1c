package dk.sammen.plans.courseoffer;

import dk.sammen.platform.personaldata.PersonalData;
import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.plans.kernel.CourseEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

public final class CourseOfferEvents {

    private CourseOfferEvents() {
    }

    public record OfferStarted(UUID courseId, UUID offerId, int revision, String name, Centre centre,
                               Set<NeedCategory> needCategories, LocalDate startedOn, Instant startedAt) implements CourseEvent {
    }

    public record OfferEnded(UUID courseId, UUID offerId, LocalDate endedOn, Instant endedAt) implements CourseEvent {
    }

    /** Another centre's running offer already serves these needs (dobbelttilbud). */
    public record DoubleOfferWarningRaised(UUID courseId, UUID warningId, UUID offerId, Set<UUID> overlappingOfferIds,
                                           Set<NeedCategory> needCategories, Instant raisedAt) implements CourseEvent {
    }

    public record DoubleOfferAcknowledged(UUID courseId, UUID warningId, @PersonalData String reason, Instant acknowledgedAt)
            implements CourseEvent {
    }
}
