package dk.sammen.plans.citizen;

import dk.sammen.events.plans.TargetGroup;
import dk.sammen.platform.web.Versioned;

import java.time.LocalDate;
import java.util.UUID;

/** A registered person as authorised front ends see them. The CPR number is never returned. */
public record CitizenView(UUID citizenId, String name, String phone, String email, String address,
                          LocalDate birthDate, int age, TargetGroup targetGroup, String targetGroupReason,
                          long version) implements Versioned {
}
