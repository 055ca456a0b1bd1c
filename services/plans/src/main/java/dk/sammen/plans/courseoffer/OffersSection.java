package dk.sammen.plans.courseoffer;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.plans.courseoffer.CourseOfferEvents.DoubleOfferAcknowledged;
import dk.sammen.plans.courseoffer.CourseOfferEvents.DoubleOfferWarningRaised;
import dk.sammen.plans.courseoffer.CourseOfferEvents.OfferEnded;
import dk.sammen.plans.courseoffer.CourseOfferEvents.OfferStarted;
import dk.sammen.plans.kernel.Attention;
import dk.sammen.plans.kernel.Attention.Kind;
import dk.sammen.plans.kernel.OnePlanSection;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** The one-plan view's offers, running and ended, and the warnings of a double offer until the team acknowledges them. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class OffersSection implements OnePlanSection<CourseOfferEvents> {

    List<RunningOffer> offers = new ArrayList<>();
    List<DoubleOfferWarning> doubleOfferWarnings = new ArrayList<>();

    /** An offer the course uses; {@code endedOn} is null while it runs. */
    record RunningOffer(UUID offerId, int revision, String name, Centre centre, Set<NeedCategory> needCategories,
                        LocalDate startedOn, @Nullable LocalDate endedOn) {
    }

    /** {@code acknowledgedBecause} is null until the team acknowledges the warning. */
    record DoubleOfferWarning(UUID warningId, UUID offerId, Set<UUID> overlappingOfferIds, Set<NeedCategory> needCategories,
                              @Nullable String acknowledgedBecause) {
    }

    @Override
    public void apply(CourseOfferEvents event) {
        switch (event) {
            case OfferStarted e -> offers.add(new RunningOffer(e.offerId(), e.revision(), e.name(), e.centre(), e.needCategories(),
                    e.startedOn(), null));
            case OfferEnded e -> offers.replaceAll(o -> o.offerId().equals(e.offerId()) && o.endedOn() == null
                    ? new RunningOffer(o.offerId(), o.revision(), o.name(), o.centre(), o.needCategories(), o.startedOn(), e.endedOn()) : o);
            case DoubleOfferWarningRaised e -> doubleOfferWarnings.add(new DoubleOfferWarning(e.warningId(), e.offerId(),
                    e.overlappingOfferIds(), e.needCategories(), null));
            case DoubleOfferAcknowledged e -> doubleOfferWarnings.replaceAll(w -> w.warningId().equals(e.warningId())
                    ? new DoubleOfferWarning(w.warningId(), w.offerId(), w.overlappingOfferIds(), w.needCategories(), e.reason()) : w);
        }
    }

    @Override
    public Stream<Attention> attention(Attention.AsOf asOf) {
        return doubleOfferWarnings.stream()
                .filter(w -> w.acknowledgedBecause() == null)
                .map(w -> new Attention(Kind.DOUBLE_OFFER_UNACKNOWLEDGED,
                        "Another centre's offer already serves " + w.needCategories() + "; acknowledge with a reason or end one",
                        w.warningId()));
    }
}
