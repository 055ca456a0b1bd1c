package dk.sammen.events.referrals;

/** What someone did about a young person on the follow-up list. */
public enum FollowUpAction {
    /** Contacted the young person. */
    CONTACTED,
    /** Offered a coordinated course. */
    COURSE_OFFERED,
    /** Referred to youth guidance (UU). */
    REFERRED_TO_GUIDANCE,
    /** Assessed as not relevant. */
    NOT_RELEVANT
}
