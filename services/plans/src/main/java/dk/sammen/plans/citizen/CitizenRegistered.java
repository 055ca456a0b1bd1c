package dk.sammen.plans.citizen;

import dk.sammen.events.plans.TargetGroup;
import dk.sammen.platform.personaldata.DataSubject;
import dk.sammen.platform.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person was registered, with the target-group category derived from their situation. The birth
 * date, the situation and the reason in words describe the person: encrypted under their data key,
 * so after erasure they read as nothing (and the reason as erased).
 */
public record CitizenRegistered(UUID citizenId, @PersonalData LocalDate birthDate, @PersonalData Situation situation,
                                TargetGroup targetGroup, @PersonalData String targetGroupReason, Instant registeredAt)
        implements DataSubject {

    @Override
    public UUID dataSubject() {
        return citizenId;
    }
}
