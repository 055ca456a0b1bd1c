package dk.sammen.referrals.concern;

import dk.sammen.events.referrals.ReporterKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

public final class ConcernHistoryCommands {

    private ConcernHistoryCommands() {
    }

    /** Add an underretning to a young person's history; the first one opens the history. */
    public record LinkNotification(@TargetAggregateIdentifier UUID citizenId, UUID underretningId, ReporterKind reporterKind,
                                   Instant receivedAt) {
    }

    /** Intake decided on an underretning about the young person. */
    public record RecordDecision(@TargetAggregateIdentifier UUID citizenId, UUID underretningId, Instant decidedAt) {
    }
}
