package dk.sammen.plans.journal;

import com.google.crypto.tink.Aead;
import dk.sammen.plans.citizen.CitizenErased;
import dk.sammen.plans.course.CourseDocuments;
import dk.sammen.platform.personaldata.DataKeys;
import dk.sammen.platform.web.InvalidInputException;
import dk.sammen.platform.web.TooLargeException;
import org.apache.tika.Tika;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The documents of the courses (a signed consent form, a statement from school), in the service's
 * own PostgreSQL, encrypted under the course's data key with the document's id bound in — so
 * erasing the young person shreds them, and bytes copied onto another document's row do not open.
 * What a file is, is read from its bytes (Apache Tika), never taken from the name or the type the
 * client sent, and only the types a caseworker's documents come in are taken.
 */
@Component
@ProcessingGroup(Documents.PROCESSING_GROUP)
public class Documents implements CourseDocuments {

    static final String PROCESSING_GROUP = "documents";

    private static final Tika TIKA = new Tika();

    private final JdbcClient jdbc;
    private final DataKeys keys;
    private final CommandGateway commands;
    private final Set<String> allowedTypes;
    private final long maxBytes;

    Documents(JdbcClient jdbc, DataKeys keys, CommandGateway commands,
              @Value("${sammen.plans.documents.max-size:10MB}") DataSize maxSize,
              @Value("${sammen.plans.documents.allowed-types:application/pdf,image/png,image/jpeg,text/plain,"
                      + "application/vnd.openxmlformats-officedocument.wordprocessingml.document}") Set<String> allowedTypes) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.commands = commands;
        this.allowedTypes = Set.copyOf(allowedTypes);
        this.maxBytes = maxSize.toBytes();
    }

    /**
     * Stores a document and records it in the course's journal, in one transaction: a document
     * the journal refuses (an erased course, a note of another course) leaves no bytes behind.
     */
    @Transactional
    public UUID attach(UUID courseId, @Nullable UUID noteId, String fileName, byte[] content, @Nullable Boolean sharedWithYoungPerson,
                       UUID uploadedBy) {
        if (content.length > maxBytes) {
            throw new TooLargeException("file", maxBytes);
        }
        if (content.length == 0) {
            throw new InvalidInputException("file", "The file is empty");
        }
        if (fileName.isBlank() || fileName.length() > 255) {
            throw new InvalidInputException("file", "The file needs a name of at most 255 characters");
        }
        String type = TIKA.detect(content, fileName);
        if (!allowedTypes.contains(type)) {
            throw new InvalidInputException("file", "A document is one of " + allowedTypes.stream().sorted().toList()
                    + "; this file's content is " + type);
        }
        UUID documentId = UUID.randomUUID();
        Aead key = keys.forWriting(courseId).orElseThrow(() -> new InvalidInputException("courseId", "The course was erased"));
        jdbc.sql("""
                        INSERT INTO journal_document (document_id, course_id, file_name, content_type, size_bytes, content)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(documentId, courseId, encrypt(key, fileName.getBytes(StandardCharsets.UTF_8), documentId, "name"), type,
                        content.length, encrypt(key, content, documentId, "content"))
                .update();
        commands.sendAndWait(new JournalCommands.AttachDocument(JournalCommands.journalOf(courseId), courseId, documentId, noteId,
                fileName, type, content.length, sharedWithYoungPerson, uploadedBy));
        return documentId;
    }

    @EventHandler
    void on(JournalEvents.DocumentAttached event) {
        jdbc.sql("""
                        UPDATE journal_document SET citizen_id = ?, note_id = ?, shared = ?, uploaded_by = ?, uploaded_at = ?
                        WHERE document_id = ?""")
                .params(event.citizenId(), event.noteId(), event.sharedWithYoungPerson(), event.uploadedBy(),
                        Timestamp.from(event.attachedAt()), event.documentId())
                .update();
    }

    /** Unreadable once the keys are gone; the rows go too. */
    @EventHandler
    void on(CitizenErased event) {
        jdbc.sql("DELETE FROM journal_document WHERE course_id = ANY(?)").param(event.courseIds().toArray(UUID[]::new)).update();
    }

    @Override
    public boolean holds(UUID courseId, UUID documentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM journal_document WHERE course_id = ? AND document_id = ? AND uploaded_at IS NOT NULL)")
                .params(courseId, documentId).query(Boolean.class).single();
    }

    /** A course's documents, newest first; {@code sharedOnly} for the young person and a guardian. */
    public List<CourseDocument> ofCourse(UUID courseId, boolean sharedOnly) {
        return keys.existing(courseId).map(key -> jdbc.sql("""
                                SELECT * FROM journal_document WHERE course_id = ? AND uploaded_at IS NOT NULL AND (shared OR NOT ?)
                                ORDER BY uploaded_at DESC, document_id""")
                        .params(courseId, sharedOnly).query(rows(key)).list())
                .orElse(List.of());
    }

    Optional<CourseDocument> find(UUID courseId, UUID documentId, boolean sharedOnly) {
        return keys.existing(courseId).flatMap(key -> jdbc.sql("""
                        SELECT * FROM journal_document WHERE course_id = ? AND document_id = ? AND uploaded_at IS NOT NULL AND (shared OR NOT ?)""")
                .params(courseId, documentId, sharedOnly).query(rows(key)).optional());
    }

    /** The document's bytes, decrypted. */
    Optional<byte[]> content(UUID courseId, UUID documentId) {
        return keys.existing(courseId).flatMap(key -> jdbc.sql("SELECT content FROM journal_document WHERE course_id = ? AND document_id = ?")
                .params(courseId, documentId).query(byte[].class).optional().map(bytes -> decrypt(key, bytes, documentId, "content")));
    }

    private RowMapper<CourseDocument> rows(Aead key) {
        return (rs, n) -> {
            UUID documentId = rs.getObject("document_id", UUID.class);
            return new CourseDocument(documentId, rs.getObject("course_id", UUID.class), rs.getObject("note_id", UUID.class),
                    new String(decrypt(key, rs.getBytes("file_name"), documentId, "name"), StandardCharsets.UTF_8),
                    rs.getString("content_type"), rs.getLong("size_bytes"), rs.getBoolean("shared"), rs.getObject("uploaded_by", UUID.class),
                    rs.getTimestamp("uploaded_at").toInstant());
        };
    }

    private static byte[] encrypt(Aead key, byte[] plain, UUID documentId, String part) {
        try {
            return key.encrypt(plain, associated(documentId, part));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A document could not be encrypted", e);
        }
    }

    private static byte[] decrypt(Aead key, byte[] cipher, UUID documentId, String part) {
        try {
            return key.decrypt(cipher, associated(documentId, part));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Document " + documentId + " does not open with its course's key", e);
        }
    }

    private static byte[] associated(UUID documentId, String part) {
        return ("document:" + documentId + ":" + part).getBytes(StandardCharsets.UTF_8);
    }
}
