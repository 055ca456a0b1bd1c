package dk.sammen.plans.course;

import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.platform.readmodel.PagedQuery;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The course read model, kept from the event store by its own streaming processor, so it can be
 * rebuilt by replaying the store. Reads of courses come from here, never from the aggregate.
 */
@Component
@ProcessingGroup("course-view")
class CourseProjection {

    private static final RowMapper<CourseView> ROW = (rs, n) -> new CourseView(
            rs.getObject("course_id", UUID.class),
            rs.getObject("citizen_id", UUID.class),
            CourseOfferReason.valueOf(rs.getString("reason")),
            CourseStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("opened_at").toInstant(),
            rs.getLong("version"));

    private final JdbcClient jdbc;

    CourseProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CourseOpened event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO course_view (course_id, citizen_id, reason, status, opened_at, version)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (course_id) DO NOTHING""")
                .params(event.courseId(), event.citizenId(), event.reason().name(), CourseStatus.OFFERED.name(),
                        Timestamp.from(event.openedAt()), version)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM course_view").update();
    }

    Optional<CourseView> find(UUID courseId) {
        return jdbc.sql("SELECT * FROM course_view WHERE course_id = ?").param(courseId).query(ROW).optional();
    }

    PageResponse<CourseView> list(UUID citizenId, PageQuery page) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("citizen_id", citizenId);
        return PagedQuery.page(jdbc, "course_view", filters, "opened_at DESC, course_id", ROW, page);
    }
}
