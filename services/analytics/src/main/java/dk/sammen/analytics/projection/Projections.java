package dk.sammen.analytics.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        List<LoggedEvent> events = withoutErased(schema, batch);
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
        List<LoggedEvent> fresh = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (inserted[i] != 0) {
                fresh.add(events.get(i));
            }
        }
        project(schema, fresh);
        return fresh.size();
    }

    /**
     * Applies a batch of a rebuild in one transaction: the ledger's new rows are copied in
     * ({@code COPY}, the fastest way into PostgreSQL) after they are told apart from redeliveries
     * by the ids the rebuild has seen, exactly as the ledger's key would. The transaction commits
     * without waiting for the WAL: a batch lost in a crash is replayed by the next rebuild; never
     * on the live path, where Kafka offsets are committed after the database and must not run ahead of it.
     */
    @Transactional
    public int applyToRebuild(List<LoggedEvent> batch, SeenEventIds seen) {
        jdbc.execute("SET LOCAL synchronous_commit = off");
        List<LoggedEvent> fresh = new ArrayList<>();
        for (LoggedEvent logged : withoutErased(ProjectionSchema.REBUILD, batch)) {
            if (seen.add(logged.entry().eventId())) {
                fresh.add(logged);
            }
        }
        if (!fresh.isEmpty()) {
            LedgerCopy.into(jdbc, ProjectionSchema.REBUILD.table(LEDGER), fresh);
            project(ProjectionSchema.REBUILD, fresh);
        }
        return fresh.size();
    }

    private List<LoggedEvent> withoutErased(ProjectionSchema schema, List<LoggedEvent> batch) {
        Set<String> aboutErased = erased.leaveOut(schema, batch.stream().map(LoggedEvent::entry).toList());
        return aboutErased.isEmpty() ? batch : batch.stream().filter(logged -> !aboutErased.contains(logged.entry().eventId())).toList();
    }

    private void project(ProjectionSchema schema, List<LoggedEvent> fresh) {
        PollWrites writes = new PollWrites(jdbc);
        for (LoggedEvent logged : fresh) {
            logged.event().ifPresent(event -> projections.forEach(p -> p.apply(event, logged.entry(), schema, writes)));
        }
        writes.flush();
    }

    /** Every table a rebuild replaces: the ledger and each projection's. */
    public List<String> tables() {
        List<String> tables = new ArrayList<>();
        tables.add(LEDGER);
        projections.forEach(p -> tables.addAll(p.tables()));
        return tables;
    }

    /**
     * Empty twins of the live tables, beside them, made to be filled fast: unlogged (nothing
     * written twice, to the WAL and the table) and with only the keys the projections upsert on;
     * {@link #completeRebuild} gives them their other indexes and logging before they are swapped in.
     */
    void prepareRebuild() {
        String rebuild = ProjectionSchema.REBUILD.schemaName();
        jdbc.execute("DROP SCHEMA IF EXISTS " + rebuild + " CASCADE");
        jdbc.execute("CREATE SCHEMA " + rebuild);
        for (String table : tables()) {
            jdbc.execute("CREATE UNLOGGED TABLE " + ProjectionSchema.REBUILD.table(table) + " (LIKE " + ProjectionSchema.LIVE.table(table)
                    + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING IDENTITY)");
            for (String key : jdbc.queryForList("""
                    SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s', ?, conname, pg_get_constraintdef(oid))
                    FROM pg_constraint WHERE conrelid = ?::regclass AND contype IN ('p', 'u') ORDER BY conname""",
                    String.class, ProjectionSchema.REBUILD.table(table), ProjectionSchema.LIVE.table(table))) {
                jdbc.execute(key);
            }
        }
    }

    /**
     * Makes the filled twins what the live tables are: the live tables' other indexes (same names,
     * same definitions), logged, and with statistics for the readers' query plans.
     */
    void completeRebuild() {
        for (String table : tables()) {
            String twin = ProjectionSchema.REBUILD.table(table);
            for (String index : jdbc.queryForList("""
                    SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i
                    WHERE i.indrelid = ?::regclass
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                    ORDER BY i.indexrelid""", String.class, ProjectionSchema.LIVE.table(table))) {
                jdbc.execute(onTwin(index, twin));
            }
            jdbc.execute("ALTER TABLE " + twin + " SET LOGGED");
            jdbc.execute("ANALYZE " + twin);
        }
    }

    /** A live index's definition ({@code CREATE INDEX name ON public.table USING …}) made for the twin. */
    static String onTwin(String definition, String twin) {
        Matcher index = INDEX_DEFINITION.matcher(definition);
        if (!index.matches()) {
            throw new IllegalStateException("Not an index definition this rebuild can copy: " + definition);
        }
        return index.group(1) + twin + index.group(2);
    }

    private static final Pattern INDEX_DEFINITION = Pattern.compile("^(CREATE (?:UNIQUE )?INDEX \\S+ ON )(?:ONLY )?\\S+( USING .+)$",
            Pattern.DOTALL);

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
}
