package dk.sammen.plans.courseoffer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.plans.kernel.CourseEvent;
import dk.sammen.platform.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Offers started and ended for the course, and double-offer warnings and their acknowledgement. Shown by {@link OffersSection}. */
public sealed interface CourseOfferEvents extends CourseEvent {

    record OfferStarted(UUID courseId, UUID offerId, int revision, String name, Centre centre,
                        Set<NeedCategory> needCategories, LocalDate startedOn, Instant startedAt) implements CourseOfferEvents {
    }

    record OfferEnded(UUID courseId, UUID offerId, LocalDate endedOn, Instant endedAt) implements CourseOfferEvents {
    }

    /** Another centre's running offer already serves these needs (dobbelttilbud). */
    record DoubleOfferWarningRaised(UUID courseId, UUID warningId, UUID offerId, Set<UUID> overlappingOfferIds,
                                    Set<NeedCategory> needCategories, Instant raisedAt) implements CourseOfferEvents {
    }

    record DoubleOfferAcknowledged(UUID courseId, UUID warningId, @PersonalData String reason, Instant acknowledgedAt)
            implements CourseOfferEvents {
    }
}
