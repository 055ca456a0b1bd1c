package dk.sammen.plans.oneplan;

import dk.sammen.plans.kernel.Attention;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** What needs the team's attention in an active course, as of a moment: each section's rules, in the order the view shows them. */
final class Attentions {

    private Attentions() {
    }

    static List<Attention> of(OnePlan plan, Instant now, ZoneId zone) {
        return plan.lifecycle.activeAsOf(now, zone)
                .map(asOf -> plan.sections().stream().flatMap(section -> section.attention(asOf)).toList())
                .orElse(List.of());
    }
}
