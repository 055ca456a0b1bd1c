package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** The young person an underretning is about was identified. */
@EventType("dk.sammen.referrals.identity-resolved.v1")
public record IdentityResolvedV1(
        UUID underretningId,
        UUID citizenId,
        Instant resolvedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return underretningId.toString();
    }

    /** From now on under the young person, so their events stay in order. */
    @Override
    public String partitionKey() {
        return citizenId.toString();
    }
}
