package dk.sammen.plans.course;

/** Where a course is in its life: offered, then active once consent is given, then closed. */
public enum CourseStatus {
    OFFERED,
    ACTIVE,
    CLOSED
}
