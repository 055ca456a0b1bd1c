package dk.sammen.plans.worklist;

import dk.sammen.plans.access.EmergencyAccess;
import dk.sammen.plans.course.CourseStatus;
import dk.sammen.plans.kernel.Attention;
import dk.sammen.plans.oneplan.OnePlan;
import dk.sammen.plans.task.Task;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A professional's open courses, each with their role in it and what needs attention, their open
 * tasks (the earliest due first), and the break-the-glass grants of the last 30 days on the
 * courses they hold as tovholder.
 */
public record Worklist(UUID professionalId, List<Item> items, List<Task> tasks, List<EmergencyAccess.Grant> breakTheGlass) {

    public record Item(UUID courseId, UUID citizenId, CourseStatus status, boolean tovholder,
                       List<Attention> attention, long version) {

        static final Comparator<Item> ATTENTION_FIRST = Comparator.<Item>comparingInt(i -> -i.attention().size())
                .thenComparing(Item::courseId);

        static Item of(OnePlan plan, UUID professionalId) {
            return new Item(plan.courseId(), plan.citizenId(), plan.status(), professionalId.equals(plan.tovholderId()),
                    plan.attention(), plan.version());
        }
    }
}
