package dk.sammen.events.referrals;

/** Why a young person needs following up (the data-supported follow-up of seed 004). */
public enum FollowUpReason {
    /** Grade 7-9 with school absence over 20 %: the high-risk indicator. */
    SCHOOL_ABSENCE_OVER_20_PERCENT,
    /** At risk of dropping out of a youth education. */
    AT_RISK_OF_DROPPING_OUT,
    /** Dropped out of a youth education. */
    DROPPED_OUT,
    /** Moved into the municipality with no known attachment to education or work. */
    MOVED_IN_WITHOUT_ATTACHMENT,
    /** Reported by the youth database as in neither education nor a job. */
    NEITHER_EDUCATION_NOR_JOB
}
