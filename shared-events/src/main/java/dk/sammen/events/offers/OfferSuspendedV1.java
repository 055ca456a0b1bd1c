package dk.sammen.events.offers;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A published offer was suspended: no new courses start it. The reason stays in the offers service. */
@EventType("dk.sammen.offers.offer-suspended.v1")
public record OfferSuspendedV1(
        UUID offerId,
        Instant suspendedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return offerId.toString();
    }
}
