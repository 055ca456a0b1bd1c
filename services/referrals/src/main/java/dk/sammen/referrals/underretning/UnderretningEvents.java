package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.LegalDeadline;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.events.referrals.UnderretningDecision;
import dk.sammen.platform.journal.NoteKind;
import dk.sammen.platform.personaldata.DataSubject;
import dk.sammen.platform.personaldata.PersonalData;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The events of one underretning. The description stays inside this service; nothing here names a person. */
public final class UnderretningEvents {

    private UnderretningEvents() {
    }

    /** An event of one underretning: its {@code @PersonalData} words are encrypted under the underretning's data key. */
    public interface UnderretningEvent extends DataSubject {

        UUID underretningId();

        @Override
        default UUID dataSubject() {
            return underretningId();
        }
    }

    /**
     * The child's birth date, their guardians, the language they need an interpreter for and the
     * other agencies involved describe the child and their family: encrypted with the reporter's
     * words, under the underretning's key (read after erasure: no date, no guardians, the texts erased).
     *
     * @param assessmentDue and {@code receiptDue} (null for an anonymous or private reporter): the legal deadlines; both
     *                      null for one handled outside the system
     * @param importedAt    when one received and handled before Sammen, outside the system, was imported; null for the rest
     */
    public record UnderretningReceived(UUID underretningId, @Nullable UUID citizenId, @PersonalData @Nullable LocalDate birthDate,
                                       @PersonalData Set<UUID> guardianIds, ReporterKind reporterKind, boolean reporterAnonymous,
                                       boolean childInformed, boolean guardiansInformed, @PersonalData String interpreterLanguage,
                                       @PersonalData List<String> otherAgencies,
                                       Set<ConcernCategory> concerns, @PersonalData String description, IntakeChannel channel,
                                       Instant receivedAt, @Nullable Instant assessmentDue, @Nullable Instant receiptDue,
                                       @Nullable Instant importedAt) implements UnderretningEvent {

        public boolean handledOutsideSystem() {
            return importedAt != null;
        }
    }

    public record AssessmentRecorded(UUID underretningId, @Nullable UUID citizenId, UUID assessedBy, boolean childInDanger,
                                     boolean acuteMeasuresNeeded, @PersonalData String reasoning, boolean late, Instant assessedAt)
            implements UnderretningEvent {
    }

    public record ReceiptSent(UUID underretningId, @Nullable UUID citizenId, UUID sentBy, boolean late, Instant sentAt) implements UnderretningEvent {
    }

    public record UnderretningDecided(UUID underretningId, @Nullable UUID citizenId, UnderretningDecision decision, @PersonalData String reason,
                                      UUID decidedBy, UUID courseId, Instant decidedAt) implements UnderretningEvent {
    }

    public record FeedbackGiven(UUID underretningId, @Nullable UUID citizenId, boolean investigationOrMeasures, UUID givenBy, Instant givenAt)
            implements UnderretningEvent {
    }

    /** Carries when and from whom the underretning came, so it joins the young person's history in order. */
    public record IdentityResolved(UUID underretningId, UUID citizenId, LocalDate birthDate, ReporterKind reporterKind,
                                   Instant receivedAt, Instant resolvedAt) implements UnderretningEvent {
    }

    /** A legal deadline passed without the act it requires: a breach, counted and shown. */
    public record DeadlineMissed(UUID underretningId, @Nullable UUID citizenId, LegalDeadline deadline, Instant dueAt, Instant missedAt)
            implements UnderretningEvent {
    }

    /** A journal note on the underretning; its text under the underretning's key. Intake's own record: not published. */
    public record NoteWritten(UUID underretningId, @Nullable UUID citizenId, UUID noteId, UUID authorId, NoteKind kind, Instant happenedAt,
                              @PersonalData String text, boolean sharedWithYoungPerson, @Nullable UUID supersedes, Instant writtenAt)
            implements UnderretningEvent {
    }

    /** A document stored with the underretning, on its own or attached to a note; not published. */
    public record DocumentAttached(UUID underretningId, @Nullable UUID citizenId, UUID documentId, @Nullable UUID noteId,
                                   @PersonalData String fileName, String contentType, long sizeBytes, boolean sharedWithYoungPerson,
                                   UUID uploadedBy, Instant attachedAt) implements UnderretningEvent {
    }
}
