package dk.sammen.plans.course;

import dk.sammen.events.plans.CourseOfferReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Offer a young person a coordinated course (sammenhængende borgerforløb). */
public record OpenCourse(@TargetAggregateIdentifier UUID courseId, UUID citizenId, CourseOfferReason reason) {
}
