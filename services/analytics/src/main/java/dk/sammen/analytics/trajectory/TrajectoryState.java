package dk.sammen.analytics.trajectory;

/** The states of a young person's monthly trajectory, the alphabet of the sequence analyses. */
public enum TrajectoryState {
    GRADE_SCHOOL,
    YOUTH_EDUCATION,
    /** Completed a youth education and in neither further education nor a job. */
    COMPLETED_YOUTH_EDUCATION,
    JOB,
    NEITHER_EDUCATION_NOR_JOB,
    MOVED_AWAY;

    /**
     * Reaching one of these ends the wait the survival curve measures. A completed youth education
     * without a job is not one: a gymnasial education, STU, EGU or KUU gives no vocational
     * qualification, and the young people it leaves idle are seed 004's target group 3, still waiting.
     */
    boolean isEducationOrJob() {
        return this == YOUTH_EDUCATION || this == JOB;
    }
}
