package dk.sammen.plans.citizen;

import dk.sammen.events.plans.TargetGroup;
import dk.sammen.platform.personaldata.DataSubject;
import dk.sammen.platform.personaldata.PersonalData;

import java.time.Instant;
import java.util.UUID;

/**
 * The young person's situation was updated and the target-group category derived from it again
 * (it may be the same as before). Situation and reason describe the person: encrypted under their
 * data key, like the registration's.
 */
public record SituationUpdated(UUID citizenId, @PersonalData Situation situation, TargetGroup targetGroup,
                               @PersonalData String targetGroupReason, TargetGroup previousTargetGroup, Instant updatedAt)
        implements DataSubject {

    @Override
    public UUID dataSubject() {
        return citizenId;
    }
}
