package dk.sammen.events.plans;

/** How a course ended. */
public enum CourseOutcome {
    /** Started a youth education. */
    STARTED_YOUTH_EDUCATION,
    /** Completed a youth education. */
    COMPLETED_YOUTH_EDUCATION,
    /** In an ordinary job. */
    ORDINARY_JOB,
    /** Takes part in another general community. */
    OTHER_COMMUNITY_PARTICIPATION,
    /** Moved out of the municipality. */
    MOVED_AWAY,
    /** The young person declined the course before it became active. */
    DECLINED,
    /** Ended for another reason. */
    ENDED
}
