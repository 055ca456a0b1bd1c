package dk.sammen.referrals.journal;

import dk.sammen.platform.journal.DocumentFiles;
import dk.sammen.platform.journal.DocumentStore;
import dk.sammen.platform.journal.StoredDocument;
import dk.sammen.platform.personaldata.DataKeys;
import dk.sammen.referrals.underretning.UnderretningCommands.AttachDocument;
import dk.sammen.referrals.underretning.UnderretningEvents.DocumentAttached;
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
 * The documents stored with the underretninger (the school's written report, a statement from
 * the police), in the platform's {@link DocumentStore}, sealed under the underretning's data key:
 * erasing the young person shreds them with the reporter's words.
 */
@Component
@ProcessingGroup("underretning-documents")
public class UnderretningDocuments {

    private final DocumentStore store;
    private final CommandGateway commands;

    UnderretningDocuments(JdbcClient jdbc, DataKeys keys, CommandGateway commands, DocumentFiles files) {
        this.store = new DocumentStore(jdbc, keys, files, "underretning_document", "underretning_id");
        this.commands = commands;
        keys.whenSubjectsErased(store::deleteOf); // the rows go with the keys, in the same transaction
    }

    /** Stores a document and records it on the underretning, in one transaction: one the underretning refuses leaves no bytes behind. */
    @Transactional
    public UUID attach(UUID underretningId, @Nullable UUID noteId, String fileName, byte[] content, @Nullable Boolean sharedWithYoungPerson,
                       UUID uploadedBy) {
        DocumentStore.Stored stored = store.store(underretningId, "underretningId", fileName, content);
        commands.sendAndWait(new AttachDocument(underretningId, stored.documentId(), noteId, fileName, stored.contentType(),
                stored.sizeBytes(), sharedWithYoungPerson, uploadedBy));
        return stored.documentId();
    }

    @EventHandler
    void on(DocumentAttached event) {
        store.listed(event.documentId(), event.noteId(), event.sharedWithYoungPerson(), event.uploadedBy(), event.attachedAt());
    }

    /** An underretning's documents, newest first; {@code sharedOnly} for the young person's own record. */
    public List<StoredDocument> of(UUID underretningId, boolean sharedOnly) {
        return store.of(underretningId, sharedOnly);
    }

    Optional<StoredDocument> find(UUID underretningId, UUID documentId) {
        return store.find(underretningId, documentId, false);
    }

    Optional<byte[]> content(UUID underretningId, UUID documentId) {
        return store.content(underretningId, documentId);
    }
}
