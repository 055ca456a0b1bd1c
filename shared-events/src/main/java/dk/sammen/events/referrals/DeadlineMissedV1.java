package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A legal deadline of an underretning passed without the act it requires: a breach. */
@EventType("dk.sammen.referrals.deadline-missed.v1")
public record DeadlineMissedV1(
        UUID underretningId,
        @Nullable UUID citizenId,
        LegalDeadline deadline,
        Instant dueAt,
        Instant missedAt) implements IntegrationEvent {

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
