package dk.sammen.plans.team;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.plans.team.TeamEvents.TeamMemberAdded;
import dk.sammen.plans.team.TeamEvents.TeamMemberRemoved;
import dk.sammen.plans.team.TeamEvents.TovholderAssigned;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-plan view's team, folded from the team's events. */
class TeamSectionTest {

    private final TeamSection section = new TeamSection();

    @Test
    void aHandoverKeepsItsHistoryAndTheTovholderIsNamedFromTheTeam() {
        UUID courseId = UUID.randomUUID();
        Instant now = Instant.parse("2026-03-01T09:00:00Z");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        section.apply(new TeamMemberAdded(courseId, first, "Rikke", TeamRole.CASEWORKER, TeamAffiliation.C_BUR, now));
        section.apply(new TeamMemberAdded(courseId, second, "Jonas", TeamRole.CASEWORKER, TeamAffiliation.C_SS, now));
        section.apply(new TovholderAssigned(courseId, first, Centre.C_BUR, null, null, now));
        section.apply(new TovholderAssigned(courseId, second, Centre.C_SS, first, "Rikke går på barsel", now));

        assertThat(section.tovholderId()).isEqualTo(second);
        assertThat(section.nameOf(second)).isEqualTo("Jonas");
        assertThat(section.tovholderCentre()).isEqualTo(Centre.C_SS);
        assertThat(section.tovholderHistory).extracting(TeamSection.Handover::reason).containsExactly(null, "Rikke går på barsel");

        section.apply(new TeamMemberRemoved(courseId, first, now));
        assertThat(section.memberIds()).containsExactly(second);
        assertThat(section.nameOf(first)).as("no longer on the team").isNull();
    }
}
