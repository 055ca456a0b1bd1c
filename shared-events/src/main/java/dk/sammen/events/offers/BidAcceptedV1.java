package dk.sammen.events.offers;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The team accepted a bid; it became an offer in the catalogue, to run in the course that posted the need. */
@EventType("dk.sammen.offers.bid-accepted.v1")
public record BidAcceptedV1(
        UUID needId,
        UUID bidId,
        UUID courseId,
        UUID offerId,
        LocalDate startOn,
        Instant acceptedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return needId.toString();
    }
}
