package dk.sammen.plans.meeting;

import dk.sammen.events.plans.AgreementParty;
import dk.sammen.plans.kernel.CourseEvent;
import dk.sammen.platform.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Meetings scheduled and held, and the binding agreements made at them and followed up. Shown by {@link MeetingsSection}. */
public sealed interface MeetingEvents extends CourseEvent {

    record MeetingScheduled(UUID courseId, UUID meetingId, Instant scheduledFor, Set<UUID> invitedMemberIds,
                            Instant scheduledAt) implements MeetingEvents {
    }

    /** @param absentMemberIds invited members who did not come (the attendance duty, principle 4) */
    record MeetingHeld(UUID courseId, UUID meetingId, Set<UUID> attendedMemberIds, Set<UUID> absentMemberIds,
                       @PersonalData String summary, @PersonalData List<String> decisions, int agreementCount, Instant heldAt)
            implements MeetingEvents {
    }

    record AgreementMade(UUID courseId, UUID agreementId, UUID meetingId, AgreementParty party, UUID partyMemberId,
                         @PersonalData String partyName, @PersonalData String what, LocalDate dueDate, Instant madeAt) implements MeetingEvents {
    }

    record AgreementFollowedUp(UUID courseId, UUID agreementId, boolean fulfilled, @PersonalData String followUp,
                               Instant followedUpAt) implements MeetingEvents {
    }
}
