package dk.sammen.plans.oneplan;

import dk.sammen.plans.course.CourseStatus;
import dk.sammen.events.Centre;
import dk.sammen.events.plans.CourseOfferReason;

import java.time.Instant;
import java.util.UUID;

/**
 * What intake may know of a young person's open course: that it exists, why and since when it
 * was offered, its stage, and who holds it, so an underretning about someone who already has a
 * course goes to that course's tovholder (R6). No plan content: not the goals, the team, the
 * consents or the meetings.
 */
public record CourseHolder(UUID courseId, CourseOfferReason reason, CourseStatus status, Instant openedAt, Tovholder tovholder) {

    /** Left out until a tovholder is assigned: then the course has no one to route to yet. */
    public record Tovholder(UUID professionalId, String name, Centre centre) {
    }

    static CourseHolder of(OnePlan plan) {
        Tovholder tovholder = null;
        if (plan.tovholderId != null) {
            String name = plan.team.stream().filter(member -> member.memberId().equals(plan.tovholderId))
                    .map(OnePlan.Member::name).findFirst().orElse(null);
            Centre centre = plan.tovholderHistory.isEmpty() ? null : plan.tovholderHistory.getLast().centre();
            tovholder = new Tovholder(plan.tovholderId, name, centre);
        }
        return new CourseHolder(plan.courseId, plan.reason, plan.status, plan.openedAt, tovholder);
    }
}
