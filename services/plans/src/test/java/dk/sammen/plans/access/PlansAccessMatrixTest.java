package dk.sammen.plans.access;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.test.AccessMatrixTest;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.Relations.Kind;
import dk.sammen.platform.test.Relations.Party;
import dk.sammen.platform.test.Relations.Scene;
import dk.sammen.platform.test.TestIdentity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of this service's README, held against its OpenAPI document and its answers,
 * and asked about a real minor's course, the young person, a professional's worklist and a
 * break-the-glass grant by everyone in a relation to them: the tovholder, members from a centre
 * the consent names, from outside and from one it no longer names, a caseworker of the same
 * centre off the team, active and expired emergency grants, the young person, their guardian and
 * someone else's, intake, a centre leader, the data-protection officer.
 */
class PlansAccessMatrixTest extends AccessMatrixTest {

    @Override
    protected List<Kind> relations() {
        return List.of(
                new Kind("courseId", "a minor's course", () -> course(false).scene("courseId")),
                new Kind("courseId", "a minor's course whose guardian withdrew their consent", () -> course(true).scene("courseId")),
                new Kind("citizenId", "a minor with a course", () -> course(false).scene("citizenId")),
                new Kind("professionalId", "a caseworker's worklist", () -> worklist("caseworker")),
                new Kind("professionalId", "a team member's worklist", () -> worklist("team-member")),
                new Kind("grantId", "a break-the-glass grant", this::grant));
    }

    /** A minor's course as it really is, with someone in each relation to it. */
    private Course course(boolean guardianWithdrew) {
        PlansApi api = new PlansApi(http);
        UUID citizenId = api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(16)), "Ung Adgang", PlansApi.inSchool(9, 30));
        UUID parent = api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(45)), "Forælder Adgang", PlansApi.needingSupport());
        api.change(HttpMethod.POST, "/citizens/" + citizenId + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "PARENT_OR_GUARDIAN"}""".formatted(parent));
        UUID courseId = api.openCourse(citizenId, "HIGH_SCHOOL_ABSENCE");
        TestIdentity guardian = new TestIdentity(parent, List.of("guardian"), null, List.of(citizenId));
        api.consent(courseId, "GUARDIAN", guardian.id(), "[\"C_SS\", \"C_ARB\", \"C_SIK\"]");
        api.consent(courseId, "YOUNG_PERSON", null, "[\"C_SS\", \"C_ARB\", \"C_SIK\"]");
        api.tovholder(courseId, PlansApi.ME, "Lene Holm", "C_SS");
        TestIdentity jobcentre = new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_ARB", List.of());
        TestIdentity mentor = new TestIdentity(UUID.randomUUID(), List.of("team-member"), null, List.of());
        TestIdentity teacher = new TestIdentity(UUID.randomUUID(), List.of("team-member"), "C_SIK", List.of());
        api.member(courseId, jobcentre.id(), "Jobkonsulent", "JOB_CONSULTANT", "C_ARB");
        api.member(courseId, mentor.id(), "Mentor udefra", "MENTOR", "EXTERNAL_ACTOR");
        api.member(courseId, teacher.id(), "Lærer", "TEACHER", "C_SIK");
        // The young person no longer shares with the school: its teacher stays on the team, shut out.
        api.consent(courseId, "YOUNG_PERSON", null, "[\"C_SS\", \"C_ARB\"]");
        TestIdentity granted = TestIdentity.with("caseworker");
        TestIdentity expired = TestIdentity.with("caseworker");
        emergencyAccess(granted, courseId);
        UUID lapsed = emergencyAccess(expired, courseId);
        jdbc.sql("UPDATE emergency_access SET granted_at = granted_at - interval '2 hours', expires_at = now() - interval '1 hour' "
                + "WHERE grant_id = ?").param(lapsed).update();
        if (guardianWithdrew) {
            ResponseEntity<JsonNode> withdrawn = Api.post(as(guardian), "/courses/" + courseId + "/consent-withdrawals", """
                    {"withdrawnBy": "GUARDIAN", "guardianId": "%s"}""".formatted(guardian.id()));
            assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        List<Party> parties = new ArrayList<>(List.of(
                Party.anyone("a caseworker of the tovholder's centre, off the team", TestIdentity.with("caseworker")),
                Party.anyone("on the team from C-SIK, which the consent no longer names", teacher),
                Party.anyone("a caseworker whose emergency grant expired", expired),
                Party.emergency("a caseworker with an active emergency grant", granted),
                Party.anyone("an intake worker", TestIdentity.with("intake-worker")),
                Party.anyone("a centre leader", TestIdentity.with("centre-leader")),
                Party.anyone("a guardian of someone else", TestIdentity.guardianOf(UUID.randomUUID())),
                guardianWithdrew ? Party.anyone("on the team from C-ARB, the guardian's consent withdrawn", jobcentre)
                        : Party.team("on the team from C-ARB, which the consents name", jobcentre),
                guardianWithdrew ? Party.anyone("on the team from outside, the guardian's consent withdrawn", mentor)
                        : Party.team("on the team from outside the municipality", mentor),
                Party.team("the tovholder", new TestIdentity(PlansApi.ME, List.of("caseworker"), "C_SS", List.of())),
                Party.own("the young person", TestIdentity.youngPerson(citizenId)),
                Party.own("a guardian", guardian),
                // Last: erasure is the data-protection officer's, and nothing is left to ask about after it.
                Party.anyone("the data-protection officer", TestIdentity.with("dpo"))));
        return new Course(courseId, citizenId, parties);
    }

    private record Course(UUID courseId, UUID citizenId, List<Party> parties) {
        Scene scene(String variable) {
            return new Scene(Map.of(variable, (variable.equals("courseId") ? courseId : citizenId).toString()), parties);
        }
    }

    private UUID emergencyAccess(TestIdentity caseworker, UUID courseId) {
        ResponseEntity<JsonNode> grant = Api.post(as(caseworker), "/courses/" + courseId + "/emergency-access", """
                {"category": "ACUTE_DANGER", "reason": "Politiet ringer om akut bekymring; tovholder er syg"}""");
        assertThat(grant.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return UUID.fromString(grant.getBody().get("grantId").asText());
    }

    private Scene worklist(String role) {
        TestIdentity professional = TestIdentity.with(role);
        return new Scene(Map.of("professionalId", professional.id().toString()), List.of(
                Party.anyone("another caseworker", TestIdentity.with("caseworker")),
                Party.anyone("another team member", TestIdentity.with("team-member")),
                Party.anyone("a centre leader", TestIdentity.with("centre-leader")),
                Party.own("the professional themselves", professional)));
    }

    private Scene grant() {
        UUID courseId = new PlansApi(http).activeAdultCourse().courseId();
        TestIdentity holder = TestIdentity.with("caseworker");
        UUID grantId = emergencyAccess(holder, courseId);
        return new Scene(Map.of("grantId", grantId.toString()), List.of(
                Party.anyone("the caseworker who holds the grant", holder),
                Party.anyone("the course's tovholder", new TestIdentity(PlansApi.ME, List.of("caseworker"), "C_SS", List.of())),
                Party.anyone("the data-protection officer", TestIdentity.with("dpo")),
                Party.anyone("a centre leader", TestIdentity.with("centre-leader"))));
    }
}
