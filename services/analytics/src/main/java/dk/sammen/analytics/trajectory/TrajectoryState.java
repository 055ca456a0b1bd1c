package dk.sammen.analytics.trajectory;

/** The states of a young person's monthly trajectory, the alphabet of the sequence analyses. */
public enum TrajectoryState {
    GRADE_SCHOOL,
    YOUTH_EDUCATION,
    COMPLETED_YOUTH_EDUCATION,
    JOB,
    NEITHER_EDUCATION_NOR_JOB,
    MOVED_AWAY;

    /** Reaching one of these ends the wait the survival curve measures. */
    boolean isEducationOrJob() {
        return this == YOUTH_EDUCATION || this == COMPLETED_YOUTH_EDUCATION || this == JOB;
    }
}
