package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** The underretning was assessed: is the child in danger, are acute measures needed. The reasoning stays in the referrals service. */
@EventType("dk.sammen.referrals.underretning-assessed.v1")
public record UnderretningAssessedV1(
        UUID underretningId,
        @Nullable UUID citizenId,
        boolean childInDanger,
        boolean acuteMeasuresNeeded,
        boolean late,
        Instant assessedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return underretningId.toString();
    }

    /** The young person's events stay in order; an unidentified one's under the underretning. */
    @Override
    public String partitionKey() {
        return citizenId != null ? citizenId.toString() : underretningId.toString();
    }
}
