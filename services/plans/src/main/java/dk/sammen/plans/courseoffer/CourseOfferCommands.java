package dk.sammen.plans.courseoffer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Commands for the offers a course uses. The offer's facts come from the local catalogue. */
public final class CourseOfferCommands {

    private CourseOfferCommands() {
    }

    /** @param warningId the id a double-offer warning gets, should this start raise one */
    public record StartOffer(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                             UUID offerId, int revision, String name, Centre centre, Set<NeedCategory> needCategories,
                             LocalDate startedOn, UUID warningId) {
    }

    public record EndOffer(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                           UUID offerId, LocalDate endedOn) {
    }

    public record AcknowledgeDoubleOffer(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                         UUID warningId, String reason) {
    }
}
