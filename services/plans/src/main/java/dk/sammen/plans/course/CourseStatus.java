package dk.sammen.plans.course;

/**
 * Where a course is in its life: offered, active once consent is given, closed with an outcome.
 * A course whose consent is withdrawn is no longer shared and waits for new consent.
 */
public enum CourseStatus {
    OFFERED,
    ACTIVE,
    CONSENT_WITHDRAWN,
    CLOSED
}
