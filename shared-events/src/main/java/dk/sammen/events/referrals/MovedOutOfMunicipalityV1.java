package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A young person moved out of the municipality (the CPR register's move). */
@EventType("dk.sammen.referrals.moved-out-of-municipality.v1")
public record MovedOutOfMunicipalityV1(
        UUID citizenId,
        LocalDate movedOutOn,
        Instant recordedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return citizenId.toString();
    }
}
