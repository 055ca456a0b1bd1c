package dk.sammen.plans.team;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.plans.kernel.CourseEvent;
import dk.sammen.platform.personaldata.PersonalData;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** The team's events: members joining and leaving, the tovholder role given and handed over. Shown by {@link TeamSection}. */
public sealed interface TeamEvents extends CourseEvent {

    /** @param previousTovholderId null for the first tovholder; otherwise this was a handover */
    record TovholderAssigned(UUID courseId, UUID tovholderId, Centre centre, @Nullable UUID previousTovholderId,
                             @PersonalData @Nullable String handoverReason, Instant assignedAt) implements TeamEvents {
    }

    record TeamMemberAdded(UUID courseId, UUID memberId, @PersonalData String name, TeamRole role, TeamAffiliation affiliation,
                           Instant addedAt) implements TeamEvents {
    }

    record TeamMemberRemoved(UUID courseId, UUID memberId, Instant removedAt) implements TeamEvents {
    }
}
