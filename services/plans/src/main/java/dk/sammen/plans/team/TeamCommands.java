package dk.sammen.plans.team;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** Commands that compose the tovholder and the interdisciplinary team of a course. */
public final class TeamCommands {

    private TeamCommands() {
    }

    /** Make a professional the course's tovholder, or hand the course over to them (principle 2). */
    public record AssignTovholder(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                  UUID professionalId, String name, TeamRole role, Centre centre, String handoverReason) {
    }

    /** Add a member to the team: a professional, an external actor or someone from the citizen's network (principle 3). */
    public record AddTeamMember(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                UUID memberId, String name, TeamRole role, TeamAffiliation affiliation) {
    }

    public record RemoveTeamMember(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                   UUID memberId) {
    }
}
