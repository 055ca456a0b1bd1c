package dk.sammen.plans.course;

import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The open course of each young person. Subscribing: kept in the opening command's transaction,
 * where a unique index refuses a second open course that a concurrent request opened after the
 * aggregate looked — the look gives the clear answer, the index makes it hold under races.
 */
@Component
@ProcessingGroup(OpenCourseRegister.PROCESSING_GROUP)
class OpenCourseRegister implements OpenCourses {

    static final String PROCESSING_GROUP = "open-courses";

    private final JdbcClient jdbc;

    OpenCourseRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> of(UUID citizenId) {
        return jdbc.sql("SELECT course_id FROM open_course WHERE citizen_id = ? ORDER BY course_id LIMIT 1")
                .param(citizenId).query(UUID.class).optional();
    }

    @EventHandler
    void on(CourseOpened event) {
        // A concurrent opening waits here for the other's commit, then inserts nothing (and leaves the transaction usable).
        int inserted = jdbc.sql("""
                        INSERT INTO open_course (course_id, citizen_id) VALUES (?, ?)
                        ON CONFLICT (citizen_id) WHERE NOT before_rule DO NOTHING""")
                .params(event.courseId(), event.citizenId()).update();
        if (inserted == 0) {
            UUID open = of(event.citizenId()).orElseThrow();
            throw new DomainRuleViolation(Course.ONE_OPEN_COURSE, "The young person already has an open course: " + open,
                    Map.of("openCourseId", open));
        }
    }

    @EventHandler
    void on(CourseEvents.CourseClosed event) {
        jdbc.sql("DELETE FROM open_course WHERE course_id = ?").param(event.courseId()).update();
    }

    @EventHandler
    void on(CourseEvents.CourseErased event) {
        jdbc.sql("DELETE FROM open_course WHERE course_id = ?").param(event.courseId()).update();
    }
}
