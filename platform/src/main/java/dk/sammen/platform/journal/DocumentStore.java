package dk.sammen.platform.journal;

import com.google.crypto.tink.Aead;
import dk.sammen.platform.personaldata.DataKeys;
import dk.sammen.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A service's documents in its own PostgreSQL, each stored with what it is about (its owner: a
 * course, an underretning) and sealed under the owner's data key ({@link DocumentFiles}), so
 * erasing the owner's key shreds them. A file is stored first and listed once the owner's journal
 * has recorded it, in the same transaction: a document the journal refuses leaves no bytes behind.
 *
 * <p>The table has the columns {@code document_id, <owner>, note_id, file_name, content_type,
 * size_bytes, shared, uploaded_by, uploaded_at, content}.
 */
public final class DocumentStore {

    /** The stored file: what the journal records of it. */
    public record Stored(UUID documentId, String contentType, long sizeBytes) {
    }

    private final JdbcClient jdbc;
    private final DataKeys keys;
    private final DocumentFiles files;
    private final String table;
    private final String owner;

    /** @param ownerColumn the column naming the owner, whose id is also the data key's subject */
    public DocumentStore(JdbcClient jdbc, DataKeys keys, DocumentFiles files, String table, String ownerColumn) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.files = files;
        this.table = table;
        this.owner = ownerColumn;
    }

    /** Checks the file and stores it sealed, not listed yet; a 400 naming {@code ownerField} once the owner was erased. */
    public Stored store(UUID ownerId, String ownerField, String fileName, byte[] content) {
        String type = files.typeOf(fileName, content);
        UUID documentId = UUID.randomUUID();
        Aead key = keys.forWriting(ownerId).orElseThrow(() -> new InvalidInputException(ownerField, "Its personal data was erased"));
        jdbc.sql("INSERT INTO " + table + " (document_id, " + owner + ", file_name, content_type, size_bytes, content) VALUES (?, ?, ?, ?, ?, ?)")
                .params(documentId, ownerId, DocumentFiles.seal(key, fileName.getBytes(StandardCharsets.UTF_8), documentId, "name"), type,
                        content.length, DocumentFiles.seal(key, content, documentId, "content"))
                .update();
        return new Stored(documentId, type, content.length);
    }

    /** Lists a stored document as its journal recorded it. */
    public void listed(UUID documentId, @Nullable UUID noteId, boolean shared, UUID uploadedBy, Instant uploadedAt) {
        jdbc.sql("UPDATE " + table + " SET note_id = ?, shared = ?, uploaded_by = ?, uploaded_at = ? WHERE document_id = ?")
                .params(noteId, shared, uploadedBy, Timestamp.from(uploadedAt), documentId)
                .update();
    }

    /** Unreadable once the owners' keys are gone; the rows go too. */
    public void deleteOf(Collection<UUID> owners) {
        jdbc.sql("DELETE FROM " + table + " WHERE " + owner + " = ANY(?)").param(owners.toArray(UUID[]::new)).update();
    }

    public boolean holds(UUID ownerId, UUID documentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE " + owner + " = ? AND document_id = ? AND uploaded_at IS NOT NULL)")
                .params(ownerId, documentId).query(Boolean.class).single();
    }

    /** An owner's documents, newest first; {@code sharedOnly} for the young person and a guardian. */
    public List<StoredDocument> of(UUID ownerId, boolean sharedOnly) {
        return keys.existing(ownerId).map(key -> jdbc.sql("SELECT * FROM " + table + " WHERE " + owner
                                + " = ? AND uploaded_at IS NOT NULL AND (shared OR NOT ?) ORDER BY uploaded_at DESC, document_id")
                        .params(ownerId, sharedOnly).query(rows(key)).list())
                .orElse(List.of());
    }

    public Optional<StoredDocument> find(UUID ownerId, UUID documentId, boolean sharedOnly) {
        return keys.existing(ownerId).flatMap(key -> jdbc.sql("SELECT * FROM " + table + " WHERE " + owner
                        + " = ? AND document_id = ? AND uploaded_at IS NOT NULL AND (shared OR NOT ?)")
                .params(ownerId, documentId, sharedOnly).query(rows(key)).optional());
    }

    /** The document's bytes, opened. */
    public Optional<byte[]> content(UUID ownerId, UUID documentId) {
        return keys.existing(ownerId).flatMap(key -> jdbc.sql("SELECT content FROM " + table + " WHERE " + owner + " = ? AND document_id = ?")
                .params(ownerId, documentId).query(byte[].class).optional().map(bytes -> DocumentFiles.open(key, bytes, documentId, "content")));
    }

    /** A download as the type the file was found to be, never sniffed as another by the browser. */
    public static ResponseEntity<byte[]> download(StoredDocument document, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    private RowMapper<StoredDocument> rows(Aead key) {
        return (rs, n) -> {
            UUID documentId = rs.getObject("document_id", UUID.class);
            return new StoredDocument(documentId, rs.getObject(owner, UUID.class), rs.getObject("note_id", UUID.class),
                    new String(DocumentFiles.open(key, rs.getBytes("file_name"), documentId, "name"), StandardCharsets.UTF_8),
                    rs.getString("content_type"), rs.getLong("size_bytes"), rs.getBoolean("shared"), rs.getObject("uploaded_by", UUID.class),
                    rs.getTimestamp("uploaded_at").toInstant());
        };
    }
}
