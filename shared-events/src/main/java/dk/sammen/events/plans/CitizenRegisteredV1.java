package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A young person (or a family member) was registered. No CPR number or name: the id is opaque. */
@EventType("dk.sammen.plans.citizen-registered.v1")
public record CitizenRegisteredV1(
        UUID citizenId,
        String birthMonth,
        TargetGroup targetGroup,
        Instant registeredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return citizenId.toString();
    }
}
