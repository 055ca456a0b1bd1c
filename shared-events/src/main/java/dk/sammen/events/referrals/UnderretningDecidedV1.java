package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** The municipality decided what follows from an underretning. The reason stays in the referrals service. */
@EventType("dk.sammen.referrals.underretning-decided.v1")
public record UnderretningDecidedV1(
        UUID underretningId,
        @Nullable UUID citizenId,
        UnderretningDecision decision,
        @Nullable UUID courseId,
        Instant decidedAt) implements IntegrationEvent {

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
