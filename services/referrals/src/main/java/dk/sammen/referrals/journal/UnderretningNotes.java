package dk.sammen.referrals.journal;

import dk.sammen.platform.journal.NoteKind;
import dk.sammen.platform.personaldata.DataKeys;
import dk.sammen.platform.readmodel.PagedQuery;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.referrals.underretning.UnderretningEvents.NoteWritten;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The underretninger's journals, kept from the event store by their own tracking processor. An
 * erased underretning's notes leave at erasure and stay out of a replay (their text could no
 * longer be read anyway).
 */
@Component
@ProcessingGroup(UnderretningNotes.PROCESSING_GROUP)
public class UnderretningNotes {

    static final String PROCESSING_GROUP = "underretning-journal";

    private final JdbcClient jdbc;
    private final DataKeys keys;

    UnderretningNotes(JdbcClient jdbc, DataKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
        keys.whenSubjectsErased(this::deleteOf);
    }

    @EventHandler
    void on(NoteWritten event) {
        if (keys.existing(event.underretningId()).isEmpty()) {
            return; // replayed after the erasure
        }
        jdbc.sql("""
                        INSERT INTO underretning_note (note_id, underretning_id, author_id, kind, happened_at, written_at, text, shared, supersedes)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (note_id) DO NOTHING""")
                .params(event.noteId(), event.underretningId(), event.authorId(), event.kind().name(), Timestamp.from(event.happenedAt()),
                        Timestamp.from(event.writtenAt()), event.text(), event.sharedWithYoungPerson(), event.supersedes())
                .update();
        if (event.supersedes() != null) {
            jdbc.sql("UPDATE underretning_note SET superseded_by = ? WHERE note_id = ?").params(event.noteId(), event.supersedes()).update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM underretning_note").update();
    }

    /** Erasing an underretning's key takes its notes, in the same transaction. */
    private void deleteOf(Collection<UUID> underretninger) {
        jdbc.sql("DELETE FROM underretning_note WHERE underretning_id = ANY(?)").param(underretninger.toArray(UUID[]::new)).update();
    }

    /** The notes shared with the young person on their underretninger, oldest first: their part of the journals (aktindsigt). */
    public List<UnderretningNote> sharedWithYoungPerson(UUID underretningId) {
        return jdbc.sql("SELECT * FROM underretning_note WHERE underretning_id = ? AND shared ORDER BY written_at, note_id")
                .param(underretningId).query(rows()).list();
    }

    /** An underretning's notes, newest first. */
    PageResponse<UnderretningNote> of(UUID underretningId, PageQuery page) {
        return PagedQuery.page(jdbc, "underretning_note", Map.of("underretning_id", underretningId), "written_at DESC, note_id", rows(), page);
    }

    Optional<UnderretningNote> find(UUID underretningId, UUID noteId) {
        return jdbc.sql("SELECT * FROM underretning_note WHERE underretning_id = ? AND note_id = ?").params(underretningId, noteId)
                .query(rows()).optional();
    }

    private static RowMapper<UnderretningNote> rows() {
        return (row, i) -> new UnderretningNote(row.getObject("note_id", UUID.class), row.getObject("underretning_id", UUID.class),
                row.getObject("author_id", UUID.class), NoteKind.valueOf(row.getString("kind")), row.getTimestamp("happened_at").toInstant(),
                row.getTimestamp("written_at").toInstant(), row.getString("text"), row.getBoolean("shared"),
                row.getObject("supersedes", UUID.class), row.getObject("superseded_by", UUID.class));
    }
}
