package dk.sammen.plans.journal;

import dk.sammen.plans.citizen.CitizenErased;
import dk.sammen.plans.course.CourseDocuments;
import dk.sammen.platform.journal.DocumentFiles;
import dk.sammen.platform.journal.DocumentStore;
import dk.sammen.platform.journal.StoredDocument;
import dk.sammen.platform.personaldata.DataKeys;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The documents of the courses (a signed consent form, a statement from school), in the
 * platform's {@link DocumentStore}: checked, and sealed under the course's data key — so erasing
 * the young person shreds them.
 */
@Component
@ProcessingGroup(Documents.PROCESSING_GROUP)
public class Documents implements CourseDocuments {

    static final String PROCESSING_GROUP = "documents";

    private final DocumentStore store;
    private final CommandGateway commands;

    Documents(JdbcClient jdbc, DataKeys keys, CommandGateway commands, DocumentFiles files) {
        this.store = new DocumentStore(jdbc, keys, files, "journal_document", "course_id");
        this.commands = commands;
    }

    /**
     * Stores a document and records it in the course's journal, in one transaction: a document
     * the journal refuses (an erased course, a note of another course) leaves no bytes behind.
     */
    @Transactional
    public UUID attach(UUID courseId, @Nullable UUID noteId, String fileName, byte[] content, @Nullable Boolean sharedWithYoungPerson,
                       UUID uploadedBy) {
        DocumentStore.Stored stored = store.store(courseId, "courseId", fileName, content);
        commands.sendAndWait(new JournalCommands.AttachDocument(JournalCommands.journalOf(courseId), courseId, stored.documentId(), noteId,
                fileName, stored.contentType(), stored.sizeBytes(), sharedWithYoungPerson, uploadedBy));
        return stored.documentId();
    }

    @EventHandler
    void on(JournalEvents.DocumentAttached event) {
        store.listed(event.documentId(), event.noteId(), event.sharedWithYoungPerson(), event.uploadedBy(), event.attachedAt());
    }

    @EventHandler
    void on(CitizenErased event) {
        store.deleteOf(event.courseIds());
    }

    @Override
    public boolean holds(UUID courseId, UUID documentId) {
        return store.holds(courseId, documentId);
    }

    /** A course's documents, newest first; {@code sharedOnly} for the young person and a guardian. */
    public List<CourseDocument> ofCourse(UUID courseId, boolean sharedOnly) {
        return store.of(courseId, sharedOnly).stream().map(Documents::listed).toList();
    }

    Optional<StoredDocument> find(UUID courseId, UUID documentId, boolean sharedOnly) {
        return store.find(courseId, documentId, sharedOnly);
    }

    /** The document's bytes, opened. */
    Optional<byte[]> content(UUID courseId, UUID documentId) {
        return store.content(courseId, documentId);
    }

    private static CourseDocument listed(StoredDocument document) {
        return new CourseDocument(document.documentId(), document.ownerId(), document.noteId(), document.fileName(), document.contentType(),
                document.sizeBytes(), document.sharedWithYoungPerson(), document.uploadedBy(), document.uploadedAt());
    }
}
