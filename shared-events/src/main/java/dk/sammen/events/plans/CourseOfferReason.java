package dk.sammen.events.plans;

/**
 * Why a coordinated course (sammenhængende borgerforløb) was offered. Every employee has the
 * right and the duty to offer one when it is professionally relevant.
 */
public enum CourseOfferReason {
    /** High school absence: the high-risk indicator. */
    HIGH_SCHOOL_ABSENCE,
    /** Professional risk indicators assessed by the professional. */
    PROFESSIONAL_RISK_INDICATORS,
    /** The expected progression did not come. */
    LACK_OF_EXPECTED_PROGRESSION,
    /** The young person's own wish and need. */
    CITIZEN_WISH
}
