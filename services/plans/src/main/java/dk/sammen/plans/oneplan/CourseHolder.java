package dk.sammen.plans.oneplan;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.plans.course.CourseStatus;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * What intake may know of a young person's open course: that it exists, why and since when it
 * was offered, its stage, and who holds it, so an underretning about someone who already has a
 * course goes to that course's tovholder (R6). No plan content: not the goals, the team, the
 * consents or the meetings.
 */
public record CourseHolder(UUID courseId, CourseOfferReason reason, CourseStatus status, Instant openedAt, @Nullable Tovholder tovholder) {

    /** Left out until a tovholder is assigned: then the course has no one to route to yet. */
    public record Tovholder(UUID professionalId, @Nullable String name, @Nullable Centre centre) {
    }

    static CourseHolder of(OnePlan plan) {
        UUID tovholderId = plan.team.tovholderId();
        Tovholder tovholder = tovholderId == null ? null
                : new Tovholder(tovholderId, plan.team.nameOf(tovholderId), plan.team.tovholderCentre());
        return new CourseHolder(plan.courseId, plan.lifecycle.reason(), plan.status(), plan.lifecycle.openedAt(), tovholder);
    }
}
