package dk.sammen.plans.journal;

import dk.sammen.plans.course.Course;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** What the journal needs to know of its course: whose it is, and whether it was erased. */
@Component
class JournalCourses {

    record JournalCourse(UUID citizenId, boolean erased) {
    }

    private final JdbcClient jdbc;
    private final Repository<Course> courseRepository;

    JournalCourses(JdbcClient jdbc, @Lazy Repository<Course> courseRepository) {
        this.jdbc = jdbc;
        this.courseRepository = courseRepository;
    }

    /**
     * Whether the meeting and the agreement a note is about (each if named) are the course's, as
     * the course itself knows them (loaded in the note's unit of work, so never behind).
     */
    boolean holds(UUID courseId, @Nullable UUID meetingId, @Nullable UUID agreementId) {
        if (meetingId == null && agreementId == null) {
            return true;
        }
        return courseRepository.load(courseId.toString()).invoke(course -> course.holds(meetingId, agreementId));
    }

    /** Kept in the transaction of the command that opened or erased the course (course-access), so never behind. */
    Optional<JournalCourse> find(UUID courseId) {
        return jdbc.sql("SELECT citizen_id, erased_at IS NOT NULL AS erased FROM course_citizen WHERE course_id = ?").param(courseId)
                .query((row, i) -> new JournalCourse(row.getObject("citizen_id", UUID.class), row.getBoolean("erased"))).optional();
    }
}
