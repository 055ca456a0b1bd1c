package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A young person moved into the municipality. */
@EventType("dk.sammen.referrals.moved-into-municipality.v1")
public record MovedIntoMunicipalityV1(
        UUID citizenId,
        LocalDate movedInOn,
        Instant recordedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return citizenId.toString();
    }
}
