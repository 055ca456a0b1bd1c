package dk.sammen.events.offers;

import dk.sammen.events.Centre;
import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A unit or professional bid on a need with a proposed solution. */
@EventType("dk.sammen.offers.bid-submitted.v1")
public record BidSubmittedV1(
        UUID needId,
        UUID bidId,
        Centre centre,
        long costPerMonth,
        LocalDate startOn,
        Instant submittedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return needId.toString();
    }
}
