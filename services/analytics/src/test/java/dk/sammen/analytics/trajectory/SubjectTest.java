package dk.sammen.analytics.trajectory;

import dk.sammen.analytics.trajectory.KaplanMeier.Observation;
import dk.sammen.analytics.trajectory.Subject.Change;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the survival curve counts as the end of a young person's wait (seed 004: education or a job). */
class SubjectTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 15);
    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    /** Target group 3: a gymnasial education completed, then idle. They wait like anyone else until a job or an education. */
    @Test
    void aYoungPersonIdleAfterACompletedYouthEducationWaitsForEducationOrAJob() {
        Subject idle = subject(new Change(LocalDate.of(2023, 6, 30), TrajectoryState.COMPLETED_YOUTH_EDUCATION, null, true),
                new Change(LocalDate.of(2024, 4, 20), TrajectoryState.JOB, null, true));
        assertThat(idle.waitForEducationOrJob(AS_OF)).contains(new Observation(3, true));

        Subject stillIdle = subject(new Change(LocalDate.of(2023, 6, 30), TrajectoryState.COMPLETED_YOUTH_EDUCATION, null, true));
        assertThat(stillIdle.waitForEducationOrJob(AS_OF)).contains(new Observation(11, false));
    }

    /** Completing an education during the course ends nothing: the wait goes on to the job. */
    @Test
    void completingAYouthEducationWithoutAJobIsNotTheEndOfTheWait() {
        Subject subject = subject(new Change(LocalDate.of(2024, 1, 1), TrajectoryState.NEITHER_EDUCATION_NOR_JOB, null, false),
                new Change(LocalDate.of(2024, 3, 1), TrajectoryState.YOUTH_EDUCATION, null, false),
                new Change(LocalDate.of(2024, 6, 30), TrajectoryState.COMPLETED_YOUTH_EDUCATION, null, true),
                new Change(LocalDate.of(2024, 9, 1), TrajectoryState.JOB, null, true));
        // Enrolling in March ends the wait at month 1, as before.
        assertThat(subject.waitForEducationOrJob(AS_OF)).contains(new Observation(1, true));

        Subject idleOnly = subject(new Change(LocalDate.of(2024, 1, 1), TrajectoryState.NEITHER_EDUCATION_NOR_JOB, null, false),
                new Change(LocalDate.of(2024, 6, 30), TrajectoryState.COMPLETED_YOUTH_EDUCATION, null, true),
                new Change(LocalDate.of(2024, 9, 20), TrajectoryState.JOB, null, true));
        assertThat(idleOnly.waitForEducationOrJob(AS_OF)).contains(new Observation(8, true));
    }

    @Test
    void aYoungPersonAlreadyInEducationOrAJobHasNothingToWaitFor() {
        assertThat(subject(new Change(LocalDate.of(2023, 8, 10), TrajectoryState.YOUTH_EDUCATION, null, false))
                .waitForEducationOrJob(AS_OF)).isEmpty();
        assertThat(subject(new Change(LocalDate.of(2023, 8, 10), TrajectoryState.JOB, null, false))
                .waitForEducationOrJob(AS_OF)).isEmpty();
    }

    private static Subject subject(Change... changes) {
        return new Subject(UUID.randomUUID(), LocalDate.of(2002, 5, 1), "UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION", UUID.randomUUID(),
                START, "C_ARB", List.of(changes), List.of());
    }
}
