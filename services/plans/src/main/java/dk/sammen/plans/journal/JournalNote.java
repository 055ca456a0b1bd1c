package dk.sammen.plans.journal;

import dk.sammen.platform.journal.NoteKind;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A note as the journal shows it: who wrote it and when, when what it records happened, and
 * which note it corrects or which later note corrects it.
 */
public record JournalNote(UUID noteId, UUID courseId, UUID citizenId, UUID authorId, NoteKind kind, Instant happenedAt, Instant writtenAt,
                          String text, boolean sharedWithYoungPerson, @Nullable UUID supersedes, @Nullable UUID supersededBy,
                          @Nullable UUID meetingId, @Nullable UUID agreementId) {
}
