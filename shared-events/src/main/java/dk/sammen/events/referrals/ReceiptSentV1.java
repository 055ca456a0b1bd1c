package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A receipt was sent to the professional reporter. */
@EventType("dk.sammen.referrals.receipt-sent.v1")
public record ReceiptSentV1(
        UUID underretningId,
        @Nullable UUID citizenId,
        boolean late,
        Instant sentAt) implements IntegrationEvent {

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
