package dk.sammen.plans.course;

import java.util.UUID;

/** Which documents are stored with a course: what a consent may point to as its signed form. */
public interface CourseDocuments {

    boolean holds(UUID courseId, UUID documentId);
}
