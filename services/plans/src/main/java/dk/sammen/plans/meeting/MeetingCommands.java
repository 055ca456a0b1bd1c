package dk.sammen.plans.meeting;

import dk.sammen.events.plans.AgreementParty;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Commands for the team's meetings with the young person, and the binding agreements they end with. */
public final class MeetingCommands {

    private MeetingCommands() {
    }

    public record ScheduleMeeting(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                  UUID meetingId, Instant scheduledFor, Set<UUID> invitedMemberIds) {
    }

    /**
     * Record a meeting as held: who came, what was decided with the young person, and the binding
     * agreements (forpligtende aftaler) it ended with.
     */
    public record HoldMeeting(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                              UUID meetingId, boolean citizenPresent, Set<UUID> attendedMemberIds, String summary,
                              List<Decision> decisions, List<NewAgreement> agreements) {
    }

    /** A decision of the team, taken with the young person (principle 9). */
    public record Decision(String text, boolean citizenAgrees) {
    }

    /** @param partyMemberId the team member who commits, when {@code party} is {@code TEAM_MEMBER} */
    public record NewAgreement(UUID agreementId, AgreementParty party, UUID partyMemberId, String partyName,
                               String what, LocalDate dueDate) {
    }

    public record FollowUpAgreement(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                    UUID agreementId, boolean fulfilled, String followUp) {
    }
}
