package dk.sammen.plans.courseoffer;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.plans.kernel.CourseContext;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The offers running in one course. Several run in parallel; one that serves a need another
 * centre's running offer already serves raises a double-offer warning the team must acknowledge.
 * A part of the course aggregate.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class CourseOffers {

    private record Running(Centre centre, Set<NeedCategory> needs) {
    }

    /** Set again by Jackson when the course is restored from a snapshot. */
    @JsonBackReference("offers")
    private CourseContext course;
    private final Map<UUID, Running> running = new HashMap<>();
    private final Map<UUID, Boolean> warningsAcknowledged = new HashMap<>();

    /** For Jackson, restoring a snapshot of the course. */
    protected CourseOffers() {
    }

    public CourseOffers(CourseContext course) {
        this.course = course;
    }

    @CommandHandler
    long handle(CourseOfferCommands.StartOffer command) {
        course.requireActive("start an offer");
        if (running.containsKey(command.offerId())) {
            throw new DomainRuleViolation("offer-running", "This offer is already running in the course");
        }
        Instant now = GenericEventMessage.clock.instant();
        apply(new CourseOfferEvents.OfferStarted(command.courseId(), command.offerId(), command.revision(), command.name(),
                command.centre(), Set.copyOf(command.needCategories()), command.startedOn(), now));
        Set<UUID> overlapping = new HashSet<>();
        Set<NeedCategory> shared = EnumSet.noneOf(NeedCategory.class);
        running.forEach((offerId, other) -> {
            if (!offerId.equals(command.offerId()) && other.centre() != command.centre()) {
                Set<NeedCategory> both = EnumSet.noneOf(NeedCategory.class);
                both.addAll(other.needs());
                both.retainAll(command.needCategories());
                if (!both.isEmpty()) {
                    overlapping.add(offerId);
                    shared.addAll(both);
                }
            }
        });
        if (!overlapping.isEmpty()) {
            apply(new CourseOfferEvents.DoubleOfferWarningRaised(command.courseId(), command.warningId(), command.offerId(),
                    Set.copyOf(overlapping), Set.copyOf(shared), now));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(CourseOfferCommands.EndOffer command) {
        course.requireOpen();
        if (!running.containsKey(command.offerId())) {
            throw new DomainRuleViolation("offer-not-running", "This offer is not running in the course");
        }
        apply(new CourseOfferEvents.OfferEnded(command.courseId(), command.offerId(), command.endedOn(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(CourseOfferCommands.AcknowledgeDoubleOffer command) {
        course.requireOpen();
        Boolean acknowledged = warningsAcknowledged.get(command.warningId());
        if (acknowledged == null) {
            throw new DomainRuleViolation("unknown-warning", "The course has no such double-offer warning");
        }
        if (acknowledged) {
            throw new DomainRuleViolation("warning-acknowledged", "This double-offer warning is already acknowledged");
        }
        apply(new CourseOfferEvents.DoubleOfferAcknowledged(command.courseId(), command.warningId(), command.reason(),
                GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(CourseOfferEvents.OfferStarted event) {
        running.put(event.offerId(), new Running(event.centre(), event.needCategories()));
    }

    @EventSourcingHandler
    void on(CourseOfferEvents.OfferEnded event) {
        running.remove(event.offerId());
    }

    @EventSourcingHandler
    void on(CourseOfferEvents.DoubleOfferWarningRaised event) {
        warningsAcknowledged.put(event.warningId(), false);
    }

    @EventSourcingHandler
    void on(CourseOfferEvents.DoubleOfferAcknowledged event) {
        warningsAcknowledged.put(event.warningId(), true);
    }
}
