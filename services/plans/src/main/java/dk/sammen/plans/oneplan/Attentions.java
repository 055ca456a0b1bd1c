package dk.sammen.plans.oneplan;

import dk.sammen.plans.course.CourseStatus;
import dk.sammen.plans.kernel.Attention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** What needs the team's attention in an active course, as of a moment: each section's rules, in the order the view shows them. */
final class Attentions {

    private Attentions() {
    }

    static List<Attention> of(OnePlan plan, Instant now, ZoneId zone) {
        if (plan.status() != CourseStatus.ACTIVE) {
            return List.of();
        }
        Attention.AsOf asOf = new Attention.AsOf(now, LocalDate.ofInstant(now, zone), plan.lifecycle.activatedAt());
        return plan.sections().stream().flatMap(section -> section.attention(asOf)).toList();
    }
}
