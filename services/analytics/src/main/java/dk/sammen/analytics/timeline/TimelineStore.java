package dk.sammen.analytics.timeline;

import dk.sammen.analytics.identity.PersonIds;
import dk.sammen.analytics.projection.TimelineEntry;
import dk.sammen.events.EventCodec;
import dk.sammen.platform.readmodel.PagedQuery;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the timeline: every event of every topic, once, attached to its course and young person. */
@Component
class TimelineStore {

    private static final String TABLE = "timeline_entry";
    private static final String ORDER = "occurred_at, event_id";

    private static final RowMapper<TimelineEntry> ROW = (rs, n) -> new TimelineEntry(
            rs.getString("event_id"),
            rs.getString("event_type"),
            rs.getString("source"),
            rs.getString("subject"),
            rs.getObject("course_id", UUID.class),
            rs.getObject("citizen_id", UUID.class),
            rs.getTimestamp("occurred_at").toInstant(),
            EventCodec.tree(rs.getString("data").getBytes(StandardCharsets.UTF_8)));

    private final JdbcClient jdbc;
    private final PersonIds people;

    TimelineStore(JdbcClient jdbc, PersonIds people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    PageResponse<TimelineEntry> ofCourse(UUID courseId, PageQuery page) {
        return PagedQuery.page(jdbc, TABLE, Map.of("course_id", courseId), ORDER, ROW, page);
    }

    /**
     * Everything about one young person: what names them, and every event of their courses.
     *
     * @param citizenId the services' id of the young person
     */
    PageResponse<TimelineEntry> ofCitizen(UUID citizenId, PageQuery page) {
        UUID ours = people.of(citizenId);
        return ofPeople("WITH people AS (SELECT ?::uuid AS id)\n", List.of(ours), page);
    }

    /** A course's events up to and including a moment, oldest first. */
    List<TimelineEntry> ofCourseUntil(UUID courseId, Instant until) {
        return jdbc.sql("SELECT * FROM " + TABLE + " WHERE course_id = ? AND occurred_at <= ? ORDER BY " + ORDER)
                .params(courseId, Timestamp.from(until)).query(ROW).list();
    }

    /** All of a course's events, oldest first. */
    List<TimelineEntry> allOfCourse(UUID courseId) {
        return jdbc.sql("SELECT * FROM " + TABLE + " WHERE course_id = ? ORDER BY " + ORDER).param(courseId).query(ROW).list();
    }

    /**
     * Everything about a young person's family, oldest first: the family is whoever a family
     * relation registered in plans joins to them, in either direction (the Maja timeline).
     *
     * @param citizenId the services' id of the young person
     */
    PageResponse<TimelineEntry> ofFamily(UUID citizenId, PageQuery page) {
        UUID ours = people.of(citizenId);
        String family = """
                WITH people AS (
                    SELECT ?::uuid AS id
                    UNION SELECT (data->>'relatedCitizenId')::uuid FROM timeline_entry
                          WHERE event_type = 'dk.sammen.plans.family-relation-registered.v1' AND citizen_id = ?
                    UNION SELECT citizen_id FROM timeline_entry
                          WHERE event_type = 'dk.sammen.plans.family-relation-registered.v1' AND data->>'relatedCitizenId' = ?)
                """;
        return ofPeople(family, List.of(ours, ours, ours.toString()), page);
    }

    /** Most course events name only the course, so a person's events are also their courses' events. */
    private PageResponse<TimelineEntry> ofPeople(String people, List<Object> params, PageQuery page) {
        // Two index scans joined on the event id: an OR of the two conditions would read the whole table.
        String where = """
                , courses AS (SELECT DISTINCT course_id FROM timeline_entry WHERE citizen_id IN (SELECT id FROM people) AND course_id IS NOT NULL)
                , ids AS (SELECT event_id FROM timeline_entry WHERE citizen_id IN (SELECT id FROM people)
                          UNION SELECT event_id FROM timeline_entry WHERE course_id IN (SELECT course_id FROM courses))
                SELECT %s FROM timeline_entry WHERE event_id IN (SELECT event_id FROM ids)
                """;
        long total = jdbc.sql(people + where.formatted("count(*)")).params(params).query(Long.class).single();
        List<Object> paged = new java.util.ArrayList<>(params);
        paged.add(page.size());
        paged.add(page.offset());
        List<TimelineEntry> items = jdbc.sql(people + where.formatted("*") + " ORDER BY " + ORDER + " LIMIT ? OFFSET ?")
                .params(paged).query(ROW).list();
        return page.of(items, total);
    }
}
