package dk.sammen.platform.journal;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A document as its store lists it (its bytes are read on their own).
 *
 * @param ownerId what it is stored with: a course, an underretning
 */
public record StoredDocument(UUID documentId, UUID ownerId, @Nullable UUID noteId, String fileName, String contentType, long sizeBytes,
                             boolean sharedWithYoungPerson, UUID uploadedBy, Instant uploadedAt) {
}
