package dk.sammen.plans.oneplan;

import dk.sammen.platform.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Courses")
class CourseHoldersController {

    private final OnePlanProjection plans;

    CourseHoldersController(OnePlanProjection plans) {
        this.plans = plans;
    }

    @ReadsFrom("one-plan")
    @GetMapping("/citizens/{citizenId}/open-courses")
    @Operation(summary = "Whether the young person has an open course and who holds it (for intake routing an underretning); "
            + "no plan content")
    List<CourseHolder> openCourses(@PathVariable UUID citizenId) {
        return plans.openCoursesOf(citizenId).stream().map(CourseHolder::of).toList();
    }
}
