package dk.sammen.platform.journal;

import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.web.UnknownIdException;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The notes of one journal and which of them a later note corrected, as the journal's aggregate
 * holds them to decide. A note is never changed or deleted; a correction supersedes exactly one
 * note that nothing superseded yet, so the notes and their corrections form chains a reader
 * follows to the latest. A document attached to a note is shared exactly as the note is.
 */
public final class NoteChain {

    /** A note is written after the fact; a clock a little ahead on the writer's side is no fact from the future. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Set<UUID> notes = new HashSet<>();
    private final Set<UUID> superseded = new HashSet<>();
    private final Set<UUID> shared = new HashSet<>();

    /** Refuses a note this journal cannot take: one written already, one about the future, a correction of no note or of an old one. */
    public void checkNew(UUID noteId, Instant happenedAt, @Nullable UUID supersedes, Instant now) {
        if (notes.contains(noteId)) {
            throw new DomainRuleViolation("note-exists", "This note is already written");
        }
        if (happenedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new DomainRuleViolation("noted-after-the-fact", "A note records what has happened: its time is not in the future");
        }
        if (supersedes != null) {
            if (!notes.contains(supersedes)) {
                throw new DomainRuleViolation("corrects-a-note-of-the-journal", "A correction supersedes a note of the same journal");
            }
            if (superseded.contains(supersedes)) {
                throw new DomainRuleViolation("corrects-the-latest",
                        "This note was corrected already: a further correction supersedes the latest correction");
            }
        }
    }

    /**
     * Whether a document is shared with the young person: as its note is, when it is attached to
     * one (asking otherwise is refused); else as the uploader asked, the team's only by default.
     */
    public boolean sharedAsItsNote(@Nullable UUID noteId, @Nullable Boolean requested) {
        if (noteId == null) {
            return Boolean.TRUE.equals(requested);
        }
        if (!notes.contains(noteId)) {
            throw new UnknownIdException("noteId", noteId);
        }
        boolean noteShared = shared.contains(noteId);
        if (requested != null && requested != noteShared) {
            throw new DomainRuleViolation("shared-as-its-note", "A document attached to a note is shared exactly as the note is");
        }
        return noteShared;
    }

    /** Applies a written note. */
    public void written(UUID noteId, boolean sharedWithYoungPerson, @Nullable UUID supersedes) {
        notes.add(noteId);
        if (sharedWithYoungPerson) {
            shared.add(noteId);
        }
        if (supersedes != null) {
            superseded.add(supersedes);
        }
    }
}
