package dk.sammen.plans.worklist;

import dk.sammen.plans.access.CourseAccess;
import dk.sammen.plans.access.EmergencyAccess;
import dk.sammen.plans.oneplan.OnePlanProjection;
import dk.sammen.plans.task.TaskBoard;
import dk.sammen.platform.audit.AuditSubjects;
import dk.sammen.platform.consistency.ReadsFrom;
import dk.sammen.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Worklist", description = "A caseworker's courses and what needs their attention")
class WorklistController {

    /** How far back a tovholder is shown who broke the glass on their courses. */
    private static final Duration GRANTS_SHOWN_FOR = Duration.ofDays(30);

    private final OnePlanProjection plans;
    private final CourseAccess access;
    private final EmergencyAccess emergencies;
    private final TaskBoard tasks;
    private final Clock clock;

    WorklistController(OnePlanProjection plans, CourseAccess access, EmergencyAccess emergencies, TaskBoard tasks, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.emergencies = emergencies;
        this.tasks = tasks;
        this.clock = clock;
    }

    @ReadsFrom({"one-plan", "tasks"})
    @GetMapping("/worklists/{professionalId}")
    @Operation(summary = "Open courses where the professional is tovholder or on the team, those needing attention first; "
            + "their open tasks; who broke the glass on the courses they hold")
    Worklist worklist(@PathVariable UUID professionalId) {
        List<Worklist.Item> items = plans.ofMember(professionalId, access.visibleCourses(Caller.current().orElseThrow())).stream()
                .map(plan -> Worklist.Item.of(plan, professionalId))
                .sorted(Worklist.Item.ATTENTION_FIRST)
                .toList();
        AuditSubjects.returned(items, Worklist.Item::citizenId);
        List<UUID> held = items.stream().filter(Worklist.Item::tovholder).map(Worklist.Item::courseId).toList();
        return new Worklist(professionalId, items, tasks.openFor(professionalId),
                emergencies.onCourses(held, clock.instant().minus(GRANTS_SHOWN_FOR)));
    }
}
