package dk.sammen.plans.journal;

import dk.sammen.platform.journal.NoteKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Commands on a course's journal. */
public final class JournalCommands {

    private JournalCommands() {
    }

    /** The journal of a course: an aggregate of its own, so a note never conflicts with a change of the plan. */
    public static UUID journalOf(UUID courseId) {
        return UUID.nameUUIDFromBytes(("journal:" + courseId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param happenedAt when what the note records took place (a phone call yesterday is written today)
     * @param supersedes the note this one corrects, if it is a correction
     */
    public record WriteNote(@TargetAggregateIdentifier UUID journalId, UUID courseId, UUID noteId, UUID authorId, NoteKind kind,
                            Instant happenedAt, String text, boolean sharedWithYoungPerson, @Nullable UUID supersedes,
                            @Nullable UUID meetingId, @Nullable UUID agreementId) {
    }

    /**
     * Records a document stored with the course (its bytes are in {@code journal_document}, written in the same transaction).
     *
     * @param noteId                the note it is attached to, if any; it is then shared exactly as the note is
     * @param sharedWithYoungPerson asked for by the uploader; null to take the note's (or the team's only)
     */
    public record AttachDocument(@TargetAggregateIdentifier UUID journalId, UUID courseId, UUID documentId, @Nullable UUID noteId,
                                 String fileName, String contentType, long sizeBytes, @Nullable Boolean sharedWithYoungPerson,
                                 UUID uploadedBy) {
    }
}
