package dk.sammen.plans.progression;

import dk.sammen.events.plans.PathStage;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.plans.course.CourseTestFixture;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Progression: its rules, each shown by a given/when/then that fails without the rule. */
class ProgressionTest extends CourseTestFixture {

    @Test
    void aMeasurementLiesOnItsScaleAndAttendanceIsInPercent() {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        fixture.given(opened(20), teacherJoined())
                .when(new ProgressionCommands.RecordProgression(courseId, null, UUID.randomUUID(), ProgressionDimension.WELL_BEING,
                        1, 5, 6, teacherId, today))
                .expectException(DomainRuleViolation.class);
        fixture.given(opened(20), teacherJoined())
                .when(new ProgressionCommands.RecordProgression(courseId, null, UUID.randomUUID(), ProgressionDimension.ATTENDANCE,
                        0, 10, 8, teacherId, today))
                .expectException(DomainRuleViolation.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("percent"));
    }

    @Test
    void progressionIsMeasuredByTheYoungPersonOrTheTeam() {
        LocalDate yesterday = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        UUID measurement = UUID.randomUUID();
        fixture.given(opened(20))
                .when(new ProgressionCommands.RecordProgression(courseId, null, measurement, ProgressionDimension.ATTENDANCE,
                        0, 100, 80, UUID.randomUUID(), yesterday))
                .expectException(DomainRuleViolation.class);
        fixture.given(opened(20))
                .when(new ProgressionCommands.RecordProgression(courseId, null, measurement, ProgressionDimension.ATTENDANCE,
                        0, 100, 80, citizenId, yesterday))
                .expectEvents(new ProgressionEvents.ProgressionMeasured(courseId, measurement, ProgressionDimension.ATTENDANCE,
                        0, 100, 80, citizenId, yesterday, now));
    }

    @Test
    void thePathMovesToANewStage() {
        fixture.given(opened(14), new ProgressionEvents.PathStageReached(courseId, PathStage.ABSENCE, null, now))
                .when(new ProgressionCommands.ReachPathStage(courseId, null, PathStage.ABSENCE))
                .expectException(DomainRuleViolation.class);
        fixture.given(opened(14), new ProgressionEvents.PathStageReached(courseId, PathStage.ABSENCE, null, now))
                .when(new ProgressionCommands.ReachPathStage(courseId, null, PathStage.WELL_BEING))
                .expectEvents(new ProgressionEvents.PathStageReached(courseId, PathStage.WELL_BEING, PathStage.ABSENCE, now));
    }
}
