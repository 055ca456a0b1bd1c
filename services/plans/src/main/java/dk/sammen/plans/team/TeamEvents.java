package dk.sammen.plans.team;

import dk.sammen.platform.personaldata.PersonalData;
import dk.sammen.events.Centre;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.plans.kernel.CourseEvent;

import java.time.Instant;
import java.util.UUID;

public final class TeamEvents {

    private TeamEvents() {
    }

    /** @param previousTovholderId null for the first tovholder; otherwise this was a handover */
    public record TovholderAssigned(UUID courseId, UUID tovholderId, Centre centre, UUID previousTovholderId,
                                    @PersonalData String handoverReason, Instant assignedAt) implements CourseEvent {
    }

    public record TeamMemberAdded(UUID courseId, UUID memberId, @PersonalData String name, TeamRole role, TeamAffiliation affiliation,
                                  Instant addedAt) implements CourseEvent {
    }

    public record TeamMemberRemoved(UUID courseId, UUID memberId, Instant removedAt) implements CourseEvent {
    }
}
