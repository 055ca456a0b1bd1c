package dk.sammen.referrals.underretning;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.referrals.DeadlineMissedV1;
import dk.sammen.events.referrals.FeedbackGivenV1;
import dk.sammen.events.referrals.IdentityResolvedV1;
import dk.sammen.events.referrals.ReceiptSentV1;
import dk.sammen.events.referrals.UnderretningAssessedV1;
import dk.sammen.events.referrals.UnderretningDecidedV1;
import dk.sammen.events.referrals.UnderretningImportedV1;
import dk.sammen.events.referrals.UnderretningReceivedV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import dk.sammen.referrals.underretning.UnderretningEvents.AssessmentRecorded;
import dk.sammen.referrals.underretning.UnderretningEvents.DeadlineMissed;
import dk.sammen.referrals.underretning.UnderretningEvents.FeedbackGiven;
import dk.sammen.referrals.underretning.UnderretningEvents.IdentityResolved;
import dk.sammen.referrals.underretning.UnderretningEvents.ReceiptSent;
import dk.sammen.referrals.underretning.UnderretningEvents.UnderretningDecided;
import dk.sammen.referrals.underretning.UnderretningEvents.UnderretningReceived;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** What an underretning publishes: structured facts only, never the description, the reasoning or the reporter. */
@Component
class UnderretningIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            // Imported from before Sammen: its own type, so no figure takes it for one whose deadlines ran here.
            case UnderretningReceived e when e.importedAt() != null -> new UnderretningImportedV1(e.underretningId(), e.citizenId(),
                    e.reporterKind(), e.concerns(), e.channel(), e.receivedAt(), e.importedAt());
            case UnderretningReceived e -> new UnderretningReceivedV1(e.underretningId(), e.citizenId(), e.reporterKind(), e.concerns(),
                    e.channel(), e.receivedAt());
            case AssessmentRecorded e -> new UnderretningAssessedV1(e.underretningId(), e.citizenId(), e.childInDanger(),
                    e.acuteMeasuresNeeded(), e.late(), e.assessedAt());
            case ReceiptSent e -> new ReceiptSentV1(e.underretningId(), e.citizenId(), e.late(), e.sentAt());
            case UnderretningDecided e -> new UnderretningDecidedV1(e.underretningId(), e.citizenId(), e.decision(), e.courseId(),
                    e.decidedAt());
            case FeedbackGiven e -> new FeedbackGivenV1(e.underretningId(), e.citizenId(), e.investigationOrMeasures(), e.givenAt());
            case IdentityResolved e -> new IdentityResolvedV1(e.underretningId(), e.citizenId(), e.resolvedAt());
            case DeadlineMissed e -> new DeadlineMissedV1(e.underretningId(), e.citizenId(), e.deadline(), e.dueAt(), e.missedAt());
            default -> null;
        });
    }
}
