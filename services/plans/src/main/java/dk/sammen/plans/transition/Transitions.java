package dk.sammen.plans.transition;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import dk.sammen.plans.kernel.CourseContext;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** The planned transitions of one course. A part of the course aggregate. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Transitions {

    /** Set again by Jackson when the course is restored from a snapshot. */
    @JsonBackReference("transitions")
    private CourseContext course;
    private final Map<UUID, Boolean> completed = new HashMap<>();

    /** For Jackson, restoring a snapshot of the course. */
    protected Transitions() {
    }

    public Transitions(CourseContext course) {
        this.course = course;
    }

    @CommandHandler
    long handle(TransitionCommands.PlanTransition command) {
        course.requireOpen();
        if (completed.containsKey(command.transitionId())) {
            throw new DomainRuleViolation("transition-exists", "This transition is already planned");
        }
        if (!course.isParticipant(command.responsibleId())) {
            throw new DomainRuleViolation("responsible-not-on-team", "A member of the team or the young person is responsible for a transition");
        }
        apply(new TransitionEvents.TransitionPlanned(command.courseId(), command.transitionId(), command.kind(), command.plannedFor(),
                command.responsibleId(), command.description(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(TransitionCommands.CompleteTransition command) {
        course.requireOpen();
        Boolean done = completed.get(command.transitionId());
        if (done == null) {
            throw new DomainRuleViolation("unknown-transition", "The course has no such transition planned");
        }
        if (done) {
            throw new DomainRuleViolation("transition-completed", "This transition has already taken place");
        }
        apply(new TransitionEvents.TransitionCompleted(command.courseId(), command.transitionId(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(TransitionEvents.TransitionPlanned event) {
        completed.put(event.transitionId(), false);
    }

    @EventSourcingHandler
    void on(TransitionEvents.TransitionCompleted event) {
        completed.put(event.transitionId(), true);
    }
}
