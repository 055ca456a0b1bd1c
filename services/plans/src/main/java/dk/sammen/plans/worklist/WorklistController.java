package dk.sammen.plans.worklist;

import dk.sammen.plans.access.CourseAccess;
import dk.sammen.plans.course.OnePlanProjection;
import dk.sammen.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Worklist", description = "A caseworker's courses and what needs their attention")
class WorklistController {

    private final OnePlanProjection plans;
    private final CourseAccess access;

    WorklistController(OnePlanProjection plans, CourseAccess access) {
        this.plans = plans;
        this.access = access;
    }

    @GetMapping("/worklists/{professionalId}")
    @Operation(summary = "Open courses where the professional is tovholder or on the team; those needing attention first")
    Worklist worklist(@PathVariable UUID professionalId) {
        List<Worklist.Item> items = plans.ofMember(professionalId, access.visibleCourses(Caller.current().orElseThrow())).stream()
                .map(plan -> Worklist.Item.of(plan, professionalId))
                .sorted(Worklist.Item.ATTENTION_FIRST)
                .toList();
        return new Worklist(professionalId, items);
    }
}
