package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.LegalDeadline;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.events.referrals.UnderretningDecision;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.journal.NoteChain;
import dk.sammen.referrals.underretning.UnderretningCommands.AttachDocument;
import dk.sammen.referrals.underretning.UnderretningCommands.DecideOnUnderretning;
import dk.sammen.referrals.underretning.UnderretningCommands.GiveFeedback;
import dk.sammen.referrals.underretning.UnderretningCommands.ReceiveUnderretning;
import dk.sammen.referrals.underretning.UnderretningCommands.RecordAssessment;
import dk.sammen.referrals.underretning.UnderretningCommands.ResolveIdentity;
import dk.sammen.referrals.underretning.UnderretningCommands.SendReceipt;
import dk.sammen.referrals.underretning.UnderretningCommands.WriteNote;
import dk.sammen.referrals.underretning.UnderretningEvents.AssessmentRecorded;
import dk.sammen.referrals.underretning.UnderretningEvents.DeadlineMissed;
import dk.sammen.referrals.underretning.UnderretningEvents.DocumentAttached;
import dk.sammen.referrals.underretning.UnderretningEvents.FeedbackGiven;
import dk.sammen.referrals.underretning.UnderretningEvents.IdentityResolved;
import dk.sammen.referrals.underretning.UnderretningEvents.NoteWritten;
import dk.sammen.referrals.underretning.UnderretningEvents.ReceiptSent;
import dk.sammen.referrals.underretning.UnderretningEvents.UnderretningDecided;
import dk.sammen.referrals.underretning.UnderretningEvents.UnderretningReceived;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One underretning, from receipt through assessment and decision to the feedback owed to its
 * reporter. Its legal deadlines are persisted Axon deadlines: when one passes before the act it
 * requires, the underretning records the breach.
 */
@Aggregate
public class Underretning {

    static final String ASSESSMENT_DEADLINE = "underretning-assessment";
    static final String RECEIPT_DEADLINE = "underretning-receipt";

    @AggregateIdentifier
    private UUID underretningId;
    private @Nullable UUID citizenId;
    private ReporterKind reporterKind;
    private Instant receivedAt;
    private boolean professionalReporter;
    private @Nullable Instant assessmentDue;
    private @Nullable Instant receiptDue;
    private boolean handledOutsideSystem;
    private boolean assessed;
    private boolean receiptSent;
    private boolean decided;
    private boolean feedbackGiven;
    private final NoteChain notes = new NoteChain();
    private final Set<UUID> documents = new HashSet<>();

    protected Underretning() {
        // For Axon, which rebuilds the underretning from its events.
    }

    @CommandHandler
    @SuppressWarnings("NullAway.Init") // its fields are set as Axon applies UnderretningReceived, here
    Underretning(ReceiveUnderretning command, DeadlineRules rules, DeadlineManager deadlines) {
        Instant now = GenericEventMessage.clock.instant();
        if (command.receivedAt().isAfter(now)) {
            throw new DomainRuleViolation("received-in-the-past", "An underretning cannot be received in the future");
        }
        if (command.reporterAnonymous() && command.reporterKind().isProfessional()) {
            throw new DomainRuleViolation("professional-named", "A professional reporter cannot be anonymous");
        }
        if (command.handledOutsideSystem()) {
            // Handled before Sammen: history for the patterns, with no clock running here and nothing left to do.
            apply(new UnderretningReceived(command.underretningId(), command.citizenId(), command.birthDate(), command.guardianIds(),
                    command.reporterKind(), command.reporterAnonymous(), command.childInformed(), command.guardiansInformed(),
                    command.interpreterLanguage(), command.otherAgencies(), command.concerns(), command.description(),
                    command.channel(), command.receivedAt(), null, null, now));
            return;
        }
        boolean receiptOwed = command.reporterKind().isProfessional();
        Instant assessmentDue = rules.assessmentDue(command.receivedAt());
        Instant receiptDue = receiptOwed ? rules.receiptDue(command.receivedAt()) : null;
        apply(new UnderretningReceived(command.underretningId(), command.citizenId(), command.birthDate(), command.guardianIds(),
                command.reporterKind(), command.reporterAnonymous(), command.childInformed(), command.guardiansInformed(),
                command.interpreterLanguage(), command.otherAgencies(), command.concerns(), command.description(),
                command.channel(), command.receivedAt(), assessmentDue, receiptDue, null));
        deadlines.schedule(assessmentDue, ASSESSMENT_DEADLINE);
        if (receiptDue != null) {
            deadlines.schedule(receiptDue, RECEIPT_DEADLINE);
        }
    }

    /** One imported as handled outside the system was handled there: Sammen records no act of it. */
    private void refuseIfHandledOutside() {
        if (handledOutsideSystem) {
            throw new DomainRuleViolation("handled-outside-system",
                    "This underretning was received and handled before Sammen; it is history here, with nothing left to do");
        }
    }

    @CommandHandler
    long handle(RecordAssessment command) {
        refuseIfHandledOutside();
        if (assessed) {
            throw new DomainRuleViolation("assessed-once", "This underretning is already assessed");
        }
        Instant now = GenericEventMessage.clock.instant();
        apply(new AssessmentRecorded(underretningId, citizenId, command.assessedBy(), command.childInDanger(),
                command.acuteMeasuresNeeded(), command.reasoning(), now.isAfter(Objects.requireNonNull(assessmentDue)), now));
        // The deadline is left to fire, and finds the assessment made: cancelling it could collide with db-scheduler
        // executing it at that instant, which refuses the cancel and with it the assessment.
        return getVersion();
    }

    @CommandHandler
    long handle(SendReceipt command) {
        refuseIfHandledOutside();
        if (!professionalReporter) {
            throw new DomainRuleViolation("receipt-to-professional", "A receipt is owed to a named professional reporter only");
        }
        if (receiptSent) {
            throw new DomainRuleViolation("receipt-once", "The receipt is already sent");
        }
        Instant now = GenericEventMessage.clock.instant();
        apply(new ReceiptSent(underretningId, citizenId, command.sentBy(), now.isAfter(Objects.requireNonNull(receiptDue)), now));
        // As for the assessment: the deadline fires and finds the receipt sent.
        return getVersion();
    }

    @CommandHandler
    long handle(DecideOnUnderretning command) {
        refuseIfHandledOutside();
        if (decided) {
            throw new DomainRuleViolation("decided-once", "This underretning is already decided");
        }
        if (!assessed) {
            throw new DomainRuleViolation("assessed-before-decision", "An underretning is assessed before it is decided");
        }
        boolean aboutACourse = command.decision() == UnderretningDecision.OFFER_COORDINATED_COURSE
                || command.decision() == UnderretningDecision.INFORM_EXISTING_COURSE;
        if (aboutACourse && citizenId == null) {
            throw new DomainRuleViolation("identity-resolved", "Resolve who the young person is before routing to a course");
        }
        if ((command.decision() == UnderretningDecision.INFORM_EXISTING_COURSE) != (command.courseId() != null)) {
            throw new DomainRuleViolation("course-named", "Informing an existing course names that course, and only then");
        }
        apply(new UnderretningDecided(underretningId, citizenId, command.decision(), command.reason(), command.decidedBy(),
                command.courseId(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(GiveFeedback command) {
        refuseIfHandledOutside();
        if (!professionalReporter) {
            throw new DomainRuleViolation("feedback-to-professional", "Feedback is owed to a professional reporter only");
        }
        if (!decided) {
            throw new DomainRuleViolation("feedback-after-decision", "Feedback tells what was decided, so it follows the decision");
        }
        if (feedbackGiven) {
            throw new DomainRuleViolation("feedback-once", "Feedback is already given");
        }
        apply(new FeedbackGiven(underretningId, citizenId, command.investigationOrMeasures(), command.givenBy(),
                GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(ResolveIdentity command) {
        if (citizenId != null) {
            throw new DomainRuleViolation("identity-unresolved", "The young person is already identified");
        }
        apply(new IdentityResolved(underretningId, command.citizenId(), command.birthDate(), reporterKind, receivedAt,
                GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @DeadlineHandler(deadlineName = ASSESSMENT_DEADLINE)
    void assessmentDeadlinePassed() {
        if (!assessed && assessmentDue != null) {
            apply(new DeadlineMissed(underretningId, citizenId, LegalDeadline.ASSESSMENT, assessmentDue, GenericEventMessage.clock.instant()));
        }
    }

    @DeadlineHandler(deadlineName = RECEIPT_DEADLINE)
    void receiptDeadlinePassed() {
        if (!receiptSent && receiptDue != null) {
            apply(new DeadlineMissed(underretningId, citizenId, LegalDeadline.RECEIPT, receiptDue, GenericEventMessage.clock.instant()));
        }
    }

    /** The duty to take notes holds for every underretning, one handled outside the system included: notes are its history too. */
    @CommandHandler
    void handle(WriteNote command) {
        Instant now = GenericEventMessage.clock.instant();
        notes.checkNew(command.noteId(), command.happenedAt(), command.supersedes(), now);
        apply(new NoteWritten(underretningId, citizenId, command.noteId(), command.authorId(), command.kind(), command.happenedAt(),
                command.text(), command.sharedWithYoungPerson(), command.supersedes(), now));
    }

    @CommandHandler
    void handle(AttachDocument command) {
        if (documents.contains(command.documentId())) {
            throw new DomainRuleViolation("document-exists", "This document is already stored");
        }
        boolean shared = notes.sharedAsItsNote(command.noteId(), command.sharedWithYoungPerson());
        apply(new DocumentAttached(underretningId, citizenId, command.documentId(), command.noteId(), command.fileName(),
                command.contentType(), command.sizeBytes(), shared, command.uploadedBy(), GenericEventMessage.clock.instant()));
    }

    @EventSourcingHandler
    void on(UnderretningReceived event) {
        underretningId = event.underretningId();
        citizenId = event.citizenId();
        reporterKind = event.reporterKind();
        receivedAt = event.receivedAt();
        professionalReporter = event.reporterKind().isProfessional();
        assessmentDue = event.assessmentDue();
        receiptDue = event.receiptDue();
        handledOutsideSystem = event.handledOutsideSystem();
    }

    @EventSourcingHandler
    void on(AssessmentRecorded event) {
        assessed = true;
    }

    @EventSourcingHandler
    void on(ReceiptSent event) {
        receiptSent = true;
    }

    @EventSourcingHandler
    void on(UnderretningDecided event) {
        decided = true;
    }

    @EventSourcingHandler
    void on(FeedbackGiven event) {
        feedbackGiven = true;
    }

    @EventSourcingHandler
    void on(IdentityResolved event) {
        citizenId = event.citizenId();
    }

    @EventSourcingHandler
    void on(NoteWritten event) {
        notes.written(event.noteId(), event.sharedWithYoungPerson(), event.supersedes());
    }

    @EventSourcingHandler
    void on(DocumentAttached event) {
        documents.add(event.documentId());
    }
}
