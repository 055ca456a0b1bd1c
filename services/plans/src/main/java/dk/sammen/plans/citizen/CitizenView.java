package dk.sammen.plans.citizen;

import dk.sammen.events.plans.TargetGroup;
import dk.sammen.platform.web.Versioned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A registered person as authorised front ends see them. The CPR number is never returned.
 *
 * @param targetGroupHistory every category the person was in, oldest first (the last is {@code targetGroup})
 */
public record CitizenView(UUID citizenId, String name, String phone, String email, String address,
                          LocalDate birthDate, int age, TargetGroup targetGroup, String targetGroupReason,
                          List<TargetGroupPeriod> targetGroupHistory, long version) implements Versioned {

    /** A category from the day a registration or an updated situation put the person in it. */
    public record TargetGroupPeriod(TargetGroup targetGroup, String reason, Instant since) {
    }

    CitizenView withTargetGroupHistory(List<TargetGroupPeriod> history) {
        return new CitizenView(citizenId, name, phone, email, address, birthDate, age, targetGroup, targetGroupReason, history, version);
    }
}
