package dk.sammen.plans.trial;

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

/** The trial actions of one course, from proposal to evaluation. A part of the course aggregate. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class TrialActions {

    private enum Stage { PROPOSED, APPROVED, REJECTED, EVALUATED }

    /** Set again by Jackson when the course is restored from a snapshot. */
    @JsonBackReference("trialActions")
    private CourseContext course;
    private final Map<UUID, Stage> trials = new HashMap<>();

    /** For Jackson, restoring a snapshot of the course. */
    protected TrialActions() {
    }

    public TrialActions(CourseContext course) {
        this.course = course;
    }

    @CommandHandler
    long handle(TrialCommands.ProposeTrialAction command) {
        course.requireOpen();
        if (trials.containsKey(command.trialId())) {
            throw new DomainRuleViolation("trial-exists", "This trial action is already proposed");
        }
        apply(new TrialEvents.TrialActionProposed(command.courseId(), command.trialId(), command.hypothesis(),
                command.expectedCostPerYear(), command.costBeforePerYear(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(TrialCommands.DecideTrialAction command) {
        course.requireOpen();
        if (require(command.trialId()) != Stage.PROPOSED) {
            throw new DomainRuleViolation("trial-decided-once", "The team has already decided on this trial action");
        }
        apply(new TrialEvents.TrialActionDecided(command.courseId(), command.trialId(), command.approved(), command.reasoning(),
                GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(TrialCommands.EvaluateTrialAction command) {
        course.requireOpen();
        Stage stage = require(command.trialId());
        if (stage != Stage.APPROVED) {
            throw new DomainRuleViolation("trial-evaluated-after-approval",
                    stage == Stage.EVALUATED ? "This trial action is already evaluated" : "Only an approved trial action is tried and evaluated");
        }
        apply(new TrialEvents.TrialActionEvaluated(command.courseId(), command.trialId(), command.result(), command.evaluation(),
                command.actualCostPerYear(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(TrialEvents.TrialActionProposed event) {
        trials.put(event.trialId(), Stage.PROPOSED);
    }

    @EventSourcingHandler
    void on(TrialEvents.TrialActionDecided event) {
        trials.put(event.trialId(), event.approved() ? Stage.APPROVED : Stage.REJECTED);
    }

    @EventSourcingHandler
    void on(TrialEvents.TrialActionEvaluated event) {
        trials.put(event.trialId(), Stage.EVALUATED);
    }

    private Stage require(UUID trialId) {
        Stage stage = trials.get(trialId);
        if (stage == null) {
            throw new DomainRuleViolation("unknown-trial", "The course has no such trial action");
        }
        return stage;
    }
}
