package dk.sammen.analytics.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies logged events to every projection. The timeline table is the ledger: an event whose id
 * it already holds (a redelivery, or a record both the live consumer and a rebuild read) changes
 * nothing anywhere, so every projection is idempotent without keeping its own dedupe table.
 */
@Component
public class Projections {

    public static final String LEDGER = "timeline_entry";

    /**
     * Taken shared by every batch written to the live tables, on every replica, and exclusively by
     * a rebuild for its last records and the swap, so no replica writes to tables being replaced.
     */
    static final String LIVE_WRITERS_LOCK = "analytics.live-projections";

    private final JdbcTemplate jdbc;
    private final List<Projection> projections;
    private final ErasedEntries erased;

    Projections(JdbcTemplate jdbc, List<Projection> projections, ErasedEntries erased) {
        this.jdbc = jdbc;
        this.projections = projections;
        this.erased = erased;
    }

    /** Applies a batch in one transaction; returns how many events were new. Events about an erased young person are left out. */
    @Transactional
    public int apply(ProjectionSchema schema, List<LoggedEvent> batch) {
        if (schema == ProjectionSchema.LIVE) {
            jdbc.queryForList("SELECT pg_advisory_xact_lock_shared(hashtextextended(?, 0))::text", LIVE_WRITERS_LOCK);
        }
        Set<String> aboutErased = erased.leaveOut(schema, batch.stream().map(LoggedEvent::entry).toList());
        List<LoggedEvent> events = aboutErased.isEmpty() ? batch
                : batch.stream().filter(logged -> !aboutErased.contains(logged.entry().eventId())).toList();
        if (events.isEmpty()) {
            return 0;
        }
        int[] inserted = jdbc.batchUpdate("INSERT INTO " + schema.table(LEDGER) + """
                         (event_id, event_type, source, subject, course_id, citizen_id, occurred_at, data)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        ON CONFLICT (event_id) DO NOTHING""", events, events.size(), (ps, logged) -> {
            TimelineEntry entry = logged.entry();
            ps.setString(1, entry.eventId());
            ps.setString(2, entry.eventType());
            ps.setString(3, entry.source());
            ps.setString(4, entry.subject());
            ps.setObject(5, entry.courseId());
            ps.setObject(6, entry.citizenId());
            ps.setTimestamp(7, Timestamp.from(entry.occurredAt()));
            ps.setString(8, entry.data().toString());
        })[0];
        int fresh = 0;
        for (int i = 0; i < events.size(); i++) {
            if (inserted[i] == 0) {
                continue;
            }
            fresh++;
            LoggedEvent logged = events.get(i);
            logged.event().ifPresent(event -> projections.forEach(p -> p.apply(event, logged.entry(), schema)));
        }
        return fresh;
    }

    /** Every table a rebuild replaces: the ledger and each projection's. */
    public List<String> tables() {
        List<String> tables = new ArrayList<>();
        tables.add(LEDGER);
        projections.forEach(p -> tables.addAll(p.tables()));
        return tables;
    }

    /** Empty twins of the live tables, beside them. */
    void prepareRebuild() {
        String rebuild = ProjectionSchema.REBUILD.schemaName();
        jdbc.execute("DROP SCHEMA IF EXISTS " + rebuild + " CASCADE");
        jdbc.execute("CREATE SCHEMA " + rebuild);
        for (String table : tables()) {
            jdbc.execute("CREATE TABLE " + ProjectionSchema.REBUILD.table(table)
                    + " (LIKE " + ProjectionSchema.LIVE.table(table) + " INCLUDING ALL)");
        }
    }

    /**
     * Readers see the old projections or the new ones, never a half-built one. A reader's query
     * locks its tables one after another, so taking the live tables one by one could deadlock
     * with it; instead all are locked first, and if that takes longer than a moment the swap
     * gives way (lock_timeout) rather than a reader, and the caller tries again.
     */
    @Transactional
    public void swapInRebuild() {
        jdbc.execute("SET LOCAL lock_timeout = '200ms'");
        jdbc.execute("LOCK TABLE " + String.join(", ", tables().stream().map(ProjectionSchema.LIVE::table).toList())
                + " IN ACCESS EXCLUSIVE MODE");
        for (String table : tables()) {
            jdbc.execute("DROP TABLE " + ProjectionSchema.LIVE.table(table));
            jdbc.execute("ALTER TABLE " + ProjectionSchema.REBUILD.table(table) + " SET SCHEMA " + ProjectionSchema.LIVE.schemaName());
        }
        jdbc.execute("DROP SCHEMA " + ProjectionSchema.REBUILD.schemaName());
    }

    /**
     * Tables filled in one go have no statistics yet, and without them PostgreSQL plans the
     * readers' queries as if over empty tables until autovacuum gets round to them.
     */
    void analyze() {
        tables().forEach(table -> jdbc.execute("ANALYZE " + ProjectionSchema.LIVE.table(table)));
    }
}
