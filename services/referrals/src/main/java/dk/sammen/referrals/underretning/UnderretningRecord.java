package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.events.referrals.UnderretningDecision;
import dk.sammen.platform.journal.NoteKind;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An underretning as the young person it is about may read it (aktindsigt): what was reported and
 * what the municipality did, with the reporter's identity and the third parties it names left out
 * (replaced by {@link UnderretningRecords#REDACTED}), and the notes and documents intake shared with
 * them. The kind of reporter stays: it is what the law lets the young person know.
 *
 * @param notes     intake's notes shared with the young person, oldest first, a correction beside what it corrects
 * @param documents the documents shared with the young person (asked for by letter through the DPO)
 */
public record UnderretningRecord(Instant receivedAt, ReporterKind reporterKind, boolean reporterAnonymous, IntakeChannel channel,
                                 Set<ConcernCategory> concerns, String description, List<String> otherAgencies,
                                 @Nullable Instant assessedAt, @Nullable Boolean childInDanger, @Nullable String assessment,
                                 @Nullable Instant receiptSentAt, @Nullable UnderretningDecision decision, @Nullable String decisionReason,
                                 @Nullable Instant decidedAt, @Nullable Instant feedbackGivenAt, List<SharedNote> notes,
                                 List<SharedDocument> documents) {

    public record SharedNote(UUID noteId, NoteKind kind, Instant happenedAt, Instant writtenAt, String text, @Nullable UUID supersedes) {
    }

    public record SharedDocument(UUID documentId, String fileName, String contentType, long sizeBytes, Instant attachedAt) {
    }
}
