package dk.sammen.plans.journal;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A document stored with a course, as listed (its bytes are downloaded on their own). */
public record CourseDocument(UUID documentId, UUID courseId, @Nullable UUID noteId, String fileName, String contentType, long sizeBytes,
                             boolean sharedWithYoungPerson, UUID uploadedBy, Instant uploadedAt) {
}
