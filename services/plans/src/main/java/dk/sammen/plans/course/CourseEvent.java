package dk.sammen.plans.course;

import java.util.UUID;

/** Every event of a course, whichever feature applied it: the one-plan view is kept from all of them. */
public interface CourseEvent {

    UUID courseId();
}
