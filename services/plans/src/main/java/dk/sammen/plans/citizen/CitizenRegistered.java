package dk.sammen.plans.citizen;

import dk.sammen.events.plans.TargetGroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person was registered, with the target-group category derived from their situation. */
public record CitizenRegistered(UUID citizenId, LocalDate birthDate, Situation situation, TargetGroup targetGroup,
                                String targetGroupReason, Instant registeredAt) {
}
