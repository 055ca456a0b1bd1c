package dk.sammen.plans.kernel;

import dk.sammen.platform.personaldata.DataSubject;

import java.util.UUID;

/**
 * Every event of a course, whichever feature applied it: the one-plan view is kept from all of
 * them. Each part's events are one sealed subtype ({@code TeamEvents}, {@code MeetingEvents}, ...)
 * that the part's {@link OnePlanSection} shows. Their {@code @PersonalData} fields are encrypted
 * under the course's data key: a course is one young person's, and erasing them erases the keys
 * of all their courses.
 */
public interface CourseEvent extends DataSubject {

    UUID courseId();

    @Override
    default UUID dataSubject() {
        return courseId();
    }
}
