package dk.sammen.plans.course;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A coordinated course (borgerforløb) for one young person: the consistency boundary of
 * everything decided in it. It holds only what its decisions need.
 */
@Aggregate
public class Course {

    @AggregateIdentifier
    private UUID courseId;

    protected Course() {
        // For Axon, which rebuilds the course from its events.
    }

    @CommandHandler
    Course(OpenCourse command) {
        apply(new CourseOpened(command.courseId(), command.citizenId(), command.reason(), GenericEventMessage.clock.instant()));
    }

    @EventSourcingHandler
    void on(CourseOpened event) {
        this.courseId = event.courseId();
    }
}
