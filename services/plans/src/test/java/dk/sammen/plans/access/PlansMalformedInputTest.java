package dk.sammen.plans.access;

import dk.sammen.plans.PlansApi;
import dk.sammen.platform.test.MalformedInputTest;

import java.util.Map;

/** The malformed calls about a course that exists, with the test's caseworker as its tovholder. */
class PlansMalformedInputTest extends MalformedInputTest {

    @Override
    protected Map<String, String> existingIds() {
        PlansApi.ActiveCourse course = new PlansApi(http).activeAdultCourse();
        return Map.of("courseId", course.courseId().toString(), "citizenId", course.citizenId().toString());
    }
}
