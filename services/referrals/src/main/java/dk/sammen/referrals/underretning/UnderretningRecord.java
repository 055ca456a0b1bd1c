package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.events.referrals.UnderretningDecision;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An underretning as the young person it is about may read it (aktindsigt): what was reported and
 * what the municipality did, with the reporter's identity and the third parties it names left out
 * (replaced by {@link UnderretningRecords#REDACTED}). The kind of reporter stays: it is what the
 * law lets the young person know.
 */
public record UnderretningRecord(Instant receivedAt, ReporterKind reporterKind, boolean reporterAnonymous, IntakeChannel channel,
                                 Set<ConcernCategory> concerns, String description, List<String> otherAgencies,
                                 @Nullable Instant assessedAt, @Nullable Boolean childInDanger, @Nullable String assessment,
                                 @Nullable Instant receiptSentAt, @Nullable UnderretningDecision decision, @Nullable String decisionReason,
                                 @Nullable Instant decidedAt, @Nullable Instant feedbackGivenAt) {

    static UnderretningRecord received(UnderretningEvents.UnderretningReceived e, java.util.function.UnaryOperator<String> redact) {
        return new UnderretningRecord(e.receivedAt(), e.reporterKind(), e.reporterAnonymous(), e.channel(), e.concerns(),
                redact.apply(e.description()), e.otherAgencies().stream().map(redact).toList(), null, null, null, null, null, null, null, null);
    }

    UnderretningRecord assessed(UnderretningEvents.AssessmentRecorded e, java.util.function.UnaryOperator<String> redact) {
        return new UnderretningRecord(receivedAt, reporterKind, reporterAnonymous, channel, concerns, description, otherAgencies,
                e.assessedAt(), e.childInDanger(), redact.apply(e.reasoning()), receiptSentAt, decision, decisionReason, decidedAt,
                feedbackGivenAt);
    }

    UnderretningRecord receiptSent(UnderretningEvents.ReceiptSent e) {
        return new UnderretningRecord(receivedAt, reporterKind, reporterAnonymous, channel, concerns, description, otherAgencies,
                assessedAt, childInDanger, assessment, e.sentAt(), decision, decisionReason, decidedAt, feedbackGivenAt);
    }

    UnderretningRecord decided(UnderretningEvents.UnderretningDecided e, java.util.function.UnaryOperator<String> redact) {
        return new UnderretningRecord(receivedAt, reporterKind, reporterAnonymous, channel, concerns, description, otherAgencies,
                assessedAt, childInDanger, assessment, receiptSentAt, e.decision(), redact.apply(e.reason()), e.decidedAt(),
                feedbackGivenAt);
    }

    UnderretningRecord feedbackGiven(UnderretningEvents.FeedbackGiven e) {
        return new UnderretningRecord(receivedAt, reporterKind, reporterAnonymous, channel, concerns, description, otherAgencies,
                assessedAt, childInDanger, assessment, receiptSentAt, decision, decisionReason, decidedAt, e.givenAt());
    }
}
