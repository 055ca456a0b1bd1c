package dk.sammen.plans.progression;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import dk.sammen.events.plans.PathStage;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.plans.kernel.CourseContext;
import dk.sammen.platform.domain.Denmark;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** The progression of one course: measurements and the stage on the three-stage path. A part of the course aggregate. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Progression {


    /** Set again by Jackson when the course is restored from a snapshot. */
    @JsonBackReference("progression")
    private CourseContext course;
    private @Nullable PathStage stage;

    /** For Jackson, restoring a snapshot of the course. */
    protected Progression() {
    }

    public Progression(CourseContext course) {
        this.course = course;
    }

    @CommandHandler
    long handle(ProgressionCommands.RecordProgression command) {
        course.requireOpen();
        if (!(command.scaleMin() < command.scaleMax()) || command.value() < command.scaleMin() || command.value() > command.scaleMax()) {
            throw DomainRuleViolation.ofField("value", "value-within-scale", "A measurement lies on its scale, and the scale runs from low to high");
        }
        if (command.dimension() == ProgressionDimension.ATTENDANCE && (command.scaleMin() != 0 || command.scaleMax() != 100)) {
            throw new DomainRuleViolation("attendance-in-percent", "Attendance (fremmøde) is measured in percent, 0-100");
        }
        if (!course.isParticipant(command.measuredBy())) {
            throw new DomainRuleViolation("measured-by-participant", "Progression is measured by the young person or a team member");
        }
        Instant now = GenericEventMessage.clock.instant();
        if (command.measuredOn().isAfter(LocalDate.ofInstant(now, Denmark.ZONE))) {
            throw new DomainRuleViolation("measured-in-the-past", "A measurement is of something that has happened");
        }
        apply(new ProgressionEvents.ProgressionMeasured(command.courseId(), command.measurementId(), command.dimension(),
                command.scaleMin(), command.scaleMax(), command.value(), command.measuredBy(), command.measuredOn(), now));
        return getVersion();
    }

    @CommandHandler
    long handle(ProgressionCommands.ReachPathStage command) {
        course.requireOpen();
        if (command.stage() == stage) {
            throw new DomainRuleViolation("stage-unchanged", "The course is already at this stage of the path");
        }
        apply(new ProgressionEvents.PathStageReached(command.courseId(), command.stage(), stage, GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(ProgressionEvents.PathStageReached event) {
        stage = event.stage();
    }
}
