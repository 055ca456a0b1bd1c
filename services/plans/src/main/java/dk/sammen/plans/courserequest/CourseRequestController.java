package dk.sammen.plans.courserequest;

import dk.sammen.platform.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Course requests", description = "Coordinated courses the referrals service decided to offer")
class CourseRequestController {

    private final CourseRequests requests;

    CourseRequestController(CourseRequests requests) {
        this.requests = requests;
    }

    @ReadsFrom("course-requests")
    @GetMapping("/course-requests")
    @Operation(summary = "Decisions to offer a course to young people not yet registered here: register them to open the course")
    List<CourseRequests.Pending> pending() {
        return requests.pending();
    }
}
