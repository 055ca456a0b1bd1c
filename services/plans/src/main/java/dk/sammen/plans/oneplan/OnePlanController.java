package dk.sammen.plans.oneplan;

import dk.sammen.plans.access.CourseAccess;
import dk.sammen.platform.audit.AuditSubjects;
import dk.sammen.platform.consistency.ReadsFrom;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.Responses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/courses")
@Tag(name = "Courses", description = "Coordinated courses (borgerforløb): lifecycle, consent and the one-plan view. "
        + "Changes take If-Match with the ETag last read and answer 412 when someone changed the course since.")
class OnePlanController {

    private final OnePlanProjection plans;
    private final CourseAccess access;

    OnePlanController(OnePlanProjection plans, CourseAccess access) {
        this.plans = plans;
        this.access = access;
    }

    @ReadsFrom("one-plan")
    @GetMapping("/{courseId}")
    @Operation(summary = "The one-plan view of a course: everything as it stands, with what needs attention; ETag = version")
    ResponseEntity<OnePlan> course(@PathVariable UUID courseId) {
        return Responses.found(plans.find(courseId), "courseId", courseId);
    }

    @ReadsFrom("one-plan")
    @GetMapping
    @Operation(summary = "Courses the caller may see, newest first, optionally of one young person")
    PageResponse<OnePlan> courses(@RequestParam(required = false) UUID citizenId, @Valid PageQuery page) {
        PageResponse<OnePlan> courses = plans.list(citizenId, access.visibleCourses(Caller.current().orElseThrow()), page);
        AuditSubjects.returned(courses.items(), OnePlan::citizenId);
        return courses;
    }
}
