package dk.sammen.plans.citizen;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** What a course needs to know of its citizen: age (from the date of birth) and guardians. */
public record CitizenFacts(UUID citizenId, LocalDate birthDate, Set<UUID> guardians) {
}
