package dk.sammen.events.offers;

import dk.sammen.events.Centre;
import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** An offer was drafted for the catalogue; it is not usable until published. */
@EventType("dk.sammen.offers.offer-drafted.v1")
public record OfferDraftedV1(
        UUID offerId,
        Centre owningCentre,
        OfferKind kind,
        Instant draftedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return offerId.toString();
    }
}
