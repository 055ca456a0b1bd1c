package dk.sammen.events.referrals;

/** A young person's education status, as the national youth database (Ungedatabasen) reports it. */
public enum EducationStatus {
    /** Enrolled in a youth education. */
    ENROLLED,
    /** At risk of dropping out. */
    AT_RISK_OF_DROPPING_OUT,
    /** Dropped out. */
    DROPPED_OUT,
    /** Completed a youth education. */
    COMPLETED
}
