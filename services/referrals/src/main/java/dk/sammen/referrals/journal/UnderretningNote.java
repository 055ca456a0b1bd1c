package dk.sammen.referrals.journal;

import dk.sammen.platform.journal.NoteKind;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A note on an underretning as its journal shows it: who wrote it and when, and which note it corrects or which later note corrects it. */
public record UnderretningNote(UUID noteId, UUID underretningId, UUID authorId, NoteKind kind, Instant happenedAt, Instant writtenAt,
                               String text, boolean sharedWithYoungPerson, @Nullable UUID supersedes, @Nullable UUID supersededBy) {
}
