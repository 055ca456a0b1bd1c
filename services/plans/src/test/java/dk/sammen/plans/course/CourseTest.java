package dk.sammen.plans.course;

import dk.sammen.events.plans.CourseOfferReason;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

class CourseTest {

    private AggregateTestFixture<Course> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Course.class);
    }

    @Test
    void openingACourseRecordsTheYoungPersonAndWhyItWasOffered() {
        UUID courseId = UUID.randomUUID();
        UUID citizenId = UUID.randomUUID();

        fixture.givenNoPriorActivity()
                .when(new OpenCourse(courseId, citizenId, CourseOfferReason.HIGH_SCHOOL_ABSENCE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CourseOpened(courseId, citizenId, CourseOfferReason.HIGH_SCHOOL_ABSENCE, fixture.currentTime()));
    }
}
