package dk.sammen.plans.journal;

import dk.sammen.plans.citizen.CitizenErased;
import dk.sammen.platform.journal.NoteKind;
import dk.sammen.platform.readmodel.PagedQuery;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The journal's read model, kept from the event store by its own tracking processor. An erased
 * young person's notes leave it (their text could no longer be read anyway), and stay out of a replay.
 */
@Component
@ProcessingGroup(JournalProjection.PROCESSING_GROUP)
public class JournalProjection {

    static final String PROCESSING_GROUP = "journal";

    private final JdbcClient jdbc;

    JournalProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(JournalEvents.NoteWritten event) {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM course_citizen WHERE course_id = ? AND erased_at IS NOT NULL)")
                .param(event.courseId()).query(Boolean.class).single()) {
            return; // replayed after the erasure: its text reads [slettet], and the note stays out
        }
        jdbc.sql("""
                        INSERT INTO journal_note (note_id, course_id, citizen_id, author_id, kind, happened_at, written_at, text, shared,
                                                  supersedes, meeting_id, agreement_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (note_id) DO NOTHING""")
                .params(event.noteId(), event.courseId(), event.citizenId(), event.authorId(), event.kind().name(),
                        Timestamp.from(event.happenedAt()), Timestamp.from(event.writtenAt()), event.text(), event.sharedWithYoungPerson(),
                        event.supersedes(), event.meetingId(), event.agreementId())
                .update();
        if (event.supersedes() != null) {
            jdbc.sql("UPDATE journal_note SET superseded_by = ? WHERE note_id = ?").params(event.noteId(), event.supersedes()).update();
        }
    }

    @EventHandler
    void on(CitizenErased event) {
        jdbc.sql("DELETE FROM journal_note WHERE course_id = ANY(?)").param(event.courseIds().toArray(UUID[]::new)).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM journal_note").update();
    }

    /** Every note of the course shared with the young person, oldest first: their part of the journal (aktindsigt). */
    public List<JournalNote> sharedWithYoungPerson(UUID courseId) {
        return jdbc.sql("SELECT * FROM journal_note WHERE course_id = ? AND shared ORDER BY written_at, note_id").param(courseId)
                .query(rows()).list();
    }

    /** A course's notes, newest first; {@code sharedOnly} for the young person and a guardian. */
    PageResponse<JournalNote> ofCourse(UUID courseId, boolean sharedOnly, PageQuery page) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("course_id", courseId);
        filters.put("shared", sharedOnly ? Boolean.TRUE : null);
        return PagedQuery.page(jdbc, "journal_note", filters, "written_at DESC, note_id", rows(), page);
    }

    Optional<JournalNote> find(UUID courseId, UUID noteId) {
        return jdbc.sql("SELECT * FROM journal_note WHERE course_id = ? AND note_id = ?").params(courseId, noteId).query(rows()).optional();
    }

    /**
     * The notes matching a Danish full-text query (stemmed: "hjemmebesøget" finds "hjemmebesøg";
     * words, "quoted phrases", {@code or} and {@code -word} as a search box takes them), among the
     * courses the caller may see, newest first.
     */
    PageResponse<JournalNote> search(String query, PagedQuery.Condition visible, PageQuery page) {
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("query", query);
        PagedQuery.Condition matching = new PagedQuery.Condition(
                "(" + visible.sql() + ") AND search @@ websearch_to_tsquery('danish', :query)", params);
        return PagedQuery.page(jdbc, "journal_note", Map.of(), matching, "written_at DESC, note_id", rows(), page);
    }

    private static RowMapper<JournalNote> rows() {
        return (row, i) -> new JournalNote(row.getObject("note_id", UUID.class), row.getObject("course_id", UUID.class),
                row.getObject("citizen_id", UUID.class), row.getObject("author_id", UUID.class), NoteKind.valueOf(row.getString("kind")),
                row.getTimestamp("happened_at").toInstant(), row.getTimestamp("written_at").toInstant(), row.getString("text"),
                row.getBoolean("shared"), row.getObject("supersedes", UUID.class), row.getObject("superseded_by", UUID.class),
                row.getObject("meeting_id", UUID.class), row.getObject("agreement_id", UUID.class));
    }
}
