package dk.sammen.analytics.timeline;

import dk.sammen.events.EventCodec;
import dk.sammen.platform.readmodel.PagedQuery;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;

/** The timeline tables: the live one that is read, and its twin that a rebuild fills. */
@Component
class TimelineStore {

    static final String LIVE = "timeline_entry";
    static final String REBUILD = "timeline_entry_rebuild";

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

    TimelineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent: an event already stored (a redelivery) changes nothing. */
    void add(String table, TimelineEntry entry) {
        jdbc.sql("INSERT INTO " + checked(table) + """
                         (event_id, event_type, source, subject, course_id, citizen_id, occurred_at, data)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(entry.eventId(), entry.eventType(), entry.source(), entry.subject(), entry.courseId(),
                        entry.citizenId(), Timestamp.from(entry.occurredAt()), entry.data().toString())
                .update();
    }

    PageResponse<TimelineEntry> ofCourse(UUID courseId, PageQuery page) {
        return PagedQuery.page(jdbc, LIVE, Map.of("course_id", courseId), "occurred_at, event_id", ROW, page);
    }

    PageResponse<TimelineEntry> ofCitizen(UUID citizenId, PageQuery page) {
        return PagedQuery.page(jdbc, LIVE, Map.of("citizen_id", citizenId), "occurred_at, event_id", ROW, page);
    }

    void prepareRebuildTable() {
        jdbc.sql("DROP TABLE IF EXISTS " + REBUILD).update();
        jdbc.sql("CREATE TABLE " + REBUILD + " (LIKE " + LIVE + " INCLUDING ALL)").update();
    }

    /** Readers see the old timeline or the new one, never a half-built one. */
    @Transactional
    void swapInRebuild() {
        jdbc.sql("DROP TABLE " + LIVE).update();
        jdbc.sql("ALTER TABLE " + REBUILD + " RENAME TO " + LIVE).update();
    }

    private static String checked(String table) {
        if (!LIVE.equals(table) && !REBUILD.equals(table)) {
            throw new IllegalArgumentException("Not a timeline table: " + table);
        }
        return table;
    }
}
