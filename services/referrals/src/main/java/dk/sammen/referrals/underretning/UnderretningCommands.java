package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.events.referrals.UnderretningDecision;
import dk.sammen.platform.journal.NoteKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The commands of one underretning. People appear only as pseudonymous ids: CPR numbers, names
 * and the reporter's identity stay in the intake register, outside the event store.
 */
public final class UnderretningCommands {

    private UnderretningCommands() {
    }

    /**
     * @param citizenId          the young person's pseudonym, or null while their identity is unknown
     * @param birthDate          from the CPR number, when known
     * @param guardianIds        pseudonyms of the guardians named, which link a household's notifications
     * @param reporterAnonymous  only a private citizen may be anonymous
     * @param interpreterLanguage the language an interpreter is needed for, or null
     */
    public record ReceiveUnderretning(@TargetAggregateIdentifier UUID underretningId, @Nullable UUID citizenId, @Nullable LocalDate birthDate,
                                      Set<UUID> guardianIds, ReporterKind reporterKind, boolean reporterAnonymous,
                                      boolean childInformed, boolean guardiansInformed, String interpreterLanguage,
                                      List<String> otherAgencies, Set<ConcernCategory> concerns, String description,
                                      IntakeChannel channel, Instant receivedAt, boolean handledOutsideSystem) {
    }

    /** The 24-hour assessment: is the child's health or development in danger, are acute measures needed. */
    public record RecordAssessment(@TargetAggregateIdentifier UUID underretningId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                   UUID assessedBy, boolean childInDanger, boolean acuteMeasuresNeeded, String reasoning) {
    }

    public record SendReceipt(@TargetAggregateIdentifier UUID underretningId, @TargetAggregateVersion @Nullable Long expectedVersion,
                              UUID sentBy) {
    }

    public record DecideOnUnderretning(@TargetAggregateIdentifier UUID underretningId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                       UnderretningDecision decision, String reason, UUID decidedBy, UUID courseId) {
    }

    public record GiveFeedback(@TargetAggregateIdentifier UUID underretningId, @TargetAggregateVersion @Nullable Long expectedVersion,
                               boolean investigationOrMeasures, UUID givenBy) {
    }

    public record ResolveIdentity(@TargetAggregateIdentifier UUID underretningId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                  UUID citizenId, LocalDate birthDate) {
    }

    /**
     * A journal note on the underretning (notatpligt): intake's record of a call, a meeting, what another authority said.
     *
     * @param happenedAt when what the note records took place
     * @param supersedes the note this one corrects, if it is a correction
     */
    public record WriteNote(@TargetAggregateIdentifier UUID underretningId, UUID noteId, UUID authorId, NoteKind kind, Instant happenedAt,
                            String text, boolean sharedWithYoungPerson, @Nullable UUID supersedes) {
    }

    /**
     * Records a document stored with the underretning (its bytes are in {@code underretning_document}, written in the same transaction).
     *
     * @param noteId                the note it is attached to, if any; it is then shared exactly as the note is
     * @param sharedWithYoungPerson asked for by the uploader; null to take the note's (or intake's only)
     */
    public record AttachDocument(@TargetAggregateIdentifier UUID underretningId, UUID documentId, @Nullable UUID noteId, String fileName,
                                 String contentType, long sizeBytes, @Nullable Boolean sharedWithYoungPerson, UUID uploadedBy) {
    }
}
