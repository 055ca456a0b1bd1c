package dk.sammen.plans.journal;

import dk.sammen.platform.journal.NoteKind;
import dk.sammen.platform.personaldata.DataSubject;
import dk.sammen.platform.personaldata.PersonalData;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** The journal's events. Their text is encrypted under the course's data key, erased with it. */
public sealed interface JournalEvents extends DataSubject {

    UUID courseId();

    @Override
    default UUID dataSubject() {
        return courseId();
    }

    record NoteWritten(UUID journalId, UUID courseId, UUID citizenId, UUID noteId, UUID authorId, NoteKind kind, Instant happenedAt,
                       @PersonalData String text, boolean sharedWithYoungPerson, @Nullable UUID supersedes, @Nullable UUID meetingId,
                       @Nullable UUID agreementId, Instant writtenAt) implements JournalEvents {
    }

    /** A document (a signed consent, a statement from school) stored with the course, on its own or attached to a note. */
    record DocumentAttached(UUID journalId, UUID courseId, UUID citizenId, UUID documentId, @Nullable UUID noteId,
                            @PersonalData String fileName, String contentType, long sizeBytes, boolean sharedWithYoungPerson,
                            UUID uploadedBy, Instant attachedAt) implements JournalEvents {
    }
}
