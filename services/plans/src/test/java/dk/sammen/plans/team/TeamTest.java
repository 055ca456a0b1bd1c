package dk.sammen.plans.team;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.plans.course.CourseEvents.ConsentRecorded;
import dk.sammen.plans.course.CourseTestFixture;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

/** The team and the tovholder: its rules, each shown by a given/when/then that fails without the rule. */
class TeamTest extends CourseTestFixture {

    @Test
    void theFirstTovholderJoinsTheTeam() {
        fixture.given(opened(20))
                .when(new TeamCommands.AssignTovholder(courseId, null, tovholderId, "Lene", TeamRole.CASEWORKER, Centre.C_BUR, null))
                .expectEvents(tovholderJoined(), tovholderAssigned());
    }

    @Test
    void aHandoverNeedsAReasonAndKeepsThePreviousTovholder() {
        UUID next = UUID.randomUUID();
        ConsentRecorded coversJobcentre = new ConsentRecorded(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null,
                Set.of(Centre.C_BUR, Centre.C_ARB), now);
        fixture.given(opened(20), coversJobcentre, tovholderJoined(), tovholderAssigned())
                .when(new TeamCommands.AssignTovholder(courseId, null, next, "Kim", TeamRole.CITIZEN_COORDINATOR, Centre.C_ARB, " "))
                .expectException(DomainRuleViolation.class);
        fixture.given(opened(20), coversJobcentre, tovholderJoined(), tovholderAssigned())
                .when(new TeamCommands.AssignTovholder(courseId, null, next, "Kim", TeamRole.CITIZEN_COORDINATOR, Centre.C_ARB,
                        "Manglende progression"))
                .expectEvents(new TeamEvents.TeamMemberAdded(courseId, next, "Kim", TeamRole.CITIZEN_COORDINATOR, TeamAffiliation.C_ARB, now),
                        new TeamEvents.TovholderAssigned(courseId, next, Centre.C_ARB, tovholderId, "Manglende progression", now));
    }

    @Test
    void aHandoverGoesOnlyToACentreTheConsentNames() {
        fixture.given(opened(20), youngPersonConsented(), tovholderJoined(), tovholderAssigned())
                .when(new TeamCommands.AssignTovholder(courseId, null, UUID.randomUUID(), "Kim", TeamRole.CITIZEN_COORDINATOR,
                        Centre.C_ARB, "Manglende progression"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("C_ARB"));
    }

    @Test
    void aMemberJoinsFromTheTovholdersCentreWithoutConsentAndFromAnotherOnlyWithOne() {
        UUID colleague = UUID.randomUUID();
        fixture.given(opened(20), tovholderJoined(), tovholderAssigned())
                .when(new TeamCommands.AddTeamMember(courseId, null, colleague, "Kollega", TeamRole.CASEWORKER, TeamAffiliation.C_BUR))
                .expectSuccessfulHandlerExecution();
        fixture.given(opened(20), tovholderJoined(), tovholderAssigned())
                .when(new TeamCommands.AddTeamMember(courseId, null, teacherId, "Ole", TeamRole.TEACHER, TeamAffiliation.C_SIK))
                .expectException(DomainRuleViolation.class);
        fixture.given(opened(20), youngPersonConsented(), tovholderJoined(), tovholderAssigned())
                .when(new TeamCommands.AddTeamMember(courseId, null, teacherId, "Ole", TeamRole.TEACHER, TeamAffiliation.C_SIK))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theTovholderCannotLeaveTheTeamBeforeAHandover() {
        fixture.given(opened(20), tovholderJoined(), tovholderAssigned())
                .when(new TeamCommands.RemoveTeamMember(courseId, null, tovholderId))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void aPersonIsOnTheTeamOnce() {
        fixture.given(opened(20), teacherJoined())
                .when(new TeamCommands.AddTeamMember(courseId, null, teacherId, "Ole", TeamRole.TEACHER, TeamAffiliation.C_SIK))
                .expectException(DomainRuleViolation.class);
    }
}
