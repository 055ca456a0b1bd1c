package dk.sammen.plans.access;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.Centre;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.plans.PlansApi;
import dk.sammen.plans.course.CourseEvents;
import dk.sammen.plans.course.CourseOpened;
import dk.sammen.plans.team.Team;
import dk.sammen.plans.team.TeamEvents;
import dk.sammen.platform.personaldata.PersonalData;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent governs access ({@link dk.sammen.plans.kernel.Consents}): a member from another centre
 * works on a course only while the consents in force name their centre; the tovholder's own
 * centre works on it by its own basis; a withdrawal, by the team or by the young person or
 * guardian who gave it, shuts out at once the centres it no longer covers.
 */
class ConsentGovernsAccessTest extends ServiceApiTest {

    @Autowired
    CourseTeamAccess teamAccess;

    private PlansApi api() {
        return new PlansApi(http);
    }

    @Test
    void aMemberFromACentreTheConsentDoesNotNameIsRefusedAndOneItNamesOrFromOutsideJoins() {
        PlansApi.ActiveCourse course = api().activeAdultCourse(); // consent [C_SS, C_ARB], tovholder from C_SS
        String team = "/courses/" + course.courseId() + "/team";

        ResponseEntity<JsonNode> school = api().send(HttpMethod.POST, team, member(UUID.randomUUID(), "TEACHER", "C_SIK"));
        Api.assertRuleViolated(school, Team.CONSENT_COVERS_MEMBER);
        assertThat(school.getBody().get("detail").asText()).contains("C_SIK");

        api().member(course.courseId(), UUID.randomUUID(), "Jobkonsulent", "CASEWORKER", "C_ARB");
        api().member(course.courseId(), UUID.randomUUID(), "Mentor udefra", "MENTOR", "EXTERNAL_ACTOR");

        ResponseEntity<JsonNode> handover = api().send(HttpMethod.PUT, "/courses/" + course.courseId() + "/tovholder", """
                {"professionalId": "%s", "name": "Skolens vejleder", "role": "CASEWORKER", "centre": "C_SIK",
                 "handoverReason": "Skolen er tættest på"}""".formatted(UUID.randomUUID()));
        Api.assertRuleViolated(handover, Team.CONSENT_COVERS_MEMBER);
    }

    @Test
    void whenTheYoungPersonWithdrawsTheirConsentTheOtherCentresAreShutOutAtOnceAndTheTovholdersCentreStays() {
        PlansApi.ActiveCourse course = api().activeAdultCourse();
        String path = "/courses/" + course.courseId();
        TestIdentity jobcentre = TestIdentity.with("team-member");
        TestIdentity outside = TestIdentity.with("team-member");
        api().member(course.courseId(), jobcentre.id(), "Jobkonsulent", "CASEWORKER", "C_ARB");
        String etag = api().member(course.courseId(), outside.id(), "Mentor udefra", "MENTOR", "EXTERNAL_ACTOR");
        api().planAt(course.courseId(), etag);
        assertThat(as(jobcentre).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as(outside).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        TestIdentity youngPerson = TestIdentity.youngPerson(course.citizenId());
        ResponseEntity<JsonNode> notTheirs = Api.post(as(youngPerson), path + "/consent-withdrawals",
                "{\"withdrawnBy\": \"GUARDIAN\", \"guardianId\": \"" + UUID.randomUUID() + "\"}");
        assertThat(notTheirs.getStatusCode()).as("a young person withdraws only their own").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> withdrawn = Api.post(as(youngPerson), path + "/consent-withdrawals", "{\"withdrawnBy\": \"YOUNG_PERSON\"}");
        assertThat(withdrawn.getStatusCode()).as(String.valueOf(withdrawn.getBody())).isEqualTo(HttpStatus.NO_CONTENT);

        // In the withdrawal's own transaction: no wait for a projection.
        for (TestIdentity member : new TestIdentity[]{jobcentre, outside}) {
            assertThat(as(member).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(Api.post(as(member), path + "/comments", "{\"text\": \"Stadig med?\"}").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as(member).getForObject("/courses?citizenId=" + course.citizenId(), JsonNode.class).get("totalItems").asInt())
                    .isZero();
            assertThat(as(member).getForObject("/worklists/" + member.id(), JsonNode.class).get("items")).isEmpty();
        }
        assertThat(http.getForEntity(path, JsonNode.class).getStatusCode()).as("the tovholder's own centre").isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> rejoin = api().send(HttpMethod.POST, path + "/team", member(UUID.randomUUID(), "CASEWORKER", "C_ARB"));
        Api.assertRuleViolated(rejoin, Team.CONSENT_COVERS_MEMBER);

        // Consent given again: the centres it names are back.
        api().consent(course.courseId(), "YOUNG_PERSON", null, "[\"C_SS\", \"C_ARB\"]");
        assertThat(as(jobcentre).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void forAMinorACentreIsCoveredOnlyWhenTheYoungPersonAndTheGuardianBothNameItAndAGuardianWithdrawsTheirOwn() {
        UUID guardian = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(44)), "Forælder Samtykke",
                PlansApi.needingSupport());
        UUID minor = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(15)), "Ung Samtykke", PlansApi.inSchool(8, 30));
        api().change(HttpMethod.POST, "/citizens/" + minor + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "PARENT_OR_GUARDIAN"}""".formatted(guardian));
        UUID courseId = api().openCourse(minor, "HIGH_SCHOOL_ABSENCE");
        String path = "/courses/" + courseId;
        api().tovholder(courseId, PlansApi.ME, "Rikke Rådgiver", "C_BUR");
        api().consent(courseId, "YOUNG_PERSON", null, "[\"C_BUR\", \"C_SIK\", \"C_ARB\"]");
        Api.assertRuleViolated(api().send(HttpMethod.POST, path + "/team", member(UUID.randomUUID(), "TEACHER", "C_SIK")),
                Team.CONSENT_COVERS_MEMBER); // a minor's own consent is not enough
        api().consent(courseId, "GUARDIAN", guardian, "[\"C_BUR\", \"C_SIK\"]");
        TestIdentity teacher = TestIdentity.with("team-member");
        String etag = api().member(courseId, teacher.id(), "Lærer", "TEACHER", "C_SIK");
        Api.assertRuleViolated(api().send(HttpMethod.POST, path + "/team", member(UUID.randomUUID(), "CASEWORKER", "C_ARB")),
                Team.CONSENT_COVERS_MEMBER); // named by the young person, not by the guardian
        api().planAt(courseId, etag);
        assertThat(as(teacher).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> someoneElse = Api.post(as(TestIdentity.guardianOf(minor)), path + "/consent-withdrawals",
                "{\"withdrawnBy\": \"GUARDIAN\", \"guardianId\": \"" + guardian + "\"}");
        assertThat(someoneElse.getStatusCode()).as("a guardian withdraws only their own consent").isEqualTo(HttpStatus.FORBIDDEN);
        TestIdentity theGuardian = new TestIdentity(guardian, java.util.List.of("guardian"), null, java.util.List.of(minor));
        ResponseEntity<JsonNode> withdrawn = Api.post(as(theGuardian), path + "/consent-withdrawals",
                "{\"withdrawnBy\": \"GUARDIAN\", \"guardianId\": \"" + guardian + "\"}");
        assertThat(withdrawn.getStatusCode()).as(String.valueOf(withdrawn.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(as(teacher).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** A course from before consent governed access gets its consents from its events at start-up, not a free pass. */
    @Test
    void aCourseFromBeforeTheRuleHasItsConsentsFilledInFromItsEvents() {
        PlansApi.ActiveCourse course = api().activeAdultCourse();
        String path = "/courses/" + course.courseId();
        TestIdentity jobcentre = TestIdentity.with("team-member");
        api().member(course.courseId(), jobcentre.id(), "Jobkonsulent", "CASEWORKER", "C_ARB");
        String withdrawn = api().change(HttpMethod.POST, path + "/consent-withdrawals", "{\"withdrawnBy\": \"YOUNG_PERSON\"}");
        api().planAt(course.courseId(), withdrawn); // the one-plan view has the course, so a 200 below is access, not a race
        assertThat(as(jobcentre).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // As the course's rows stood before the rule: no consents kept, every member let through.
        jdbc.sql("DELETE FROM course_sharing WHERE course_id = ?").param(course.courseId()).update();
        jdbc.sql("UPDATE course_access SET affiliation = NULL, covered_as_minor = TRUE, covered_as_adult = TRUE WHERE course_id = ?")
                .param(course.courseId()).update();
        jdbc.sql("UPDATE course_citizen SET of_age_on = NULL WHERE course_id = ?").param(course.courseId()).update();
        assertThat(as(jobcentre).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        teamAccess.fillInCoursesFromBefore(); // what plans does when it starts

        assertThat(as(jobcentre).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity(path, JsonNode.class).getStatusCode()).as("the tovholder's own centre").isEqualTo(HttpStatus.OK);
    }

    /**
     * A command on a course from before, handled before the start-up fill-in reached it (another
     * replica starting, say): the course's consents are read from its events there and then, and the
     * change applies on top, so a withdrawal shuts out at once here too.
     */
    @Test
    void aWithdrawalOnACourseFromBeforeTheRuleShutsOutAtOnceWithoutWaitingForTheFillIn() {
        PlansApi.ActiveCourse course = api().activeAdultCourse();
        String path = "/courses/" + course.courseId();
        TestIdentity jobcentre = TestIdentity.with("team-member");
        String etag = api().member(course.courseId(), jobcentre.id(), "Jobkonsulent", "CASEWORKER", "C_ARB");
        api().planAt(course.courseId(), etag);
        jdbc.sql("DELETE FROM course_sharing WHERE course_id = ?").param(course.courseId()).update();
        jdbc.sql("UPDATE course_access SET affiliation = NULL, covered_as_minor = TRUE, covered_as_adult = TRUE WHERE course_id = ?")
                .param(course.courseId()).update();

        api().change(HttpMethod.POST, path + "/consent-withdrawals", "{\"withdrawnBy\": \"YOUNG_PERSON\"}");

        assertThat(as(jobcentre).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity(path, JsonNode.class).getStatusCode()).as("the tovholder's own centre").isEqualTo(HttpStatus.OK);
    }

    private static String member(UUID id, String role, String affiliation) {
        return """
                {"memberId": "%s", "name": "Ny i teamet", "role": "%s", "affiliation": "%s"}""".formatted(id, role, affiliation);
    }

    /**
     * After an erasure the young person's date of birth reads as nothing in their course's first
     * event. A replay of the access projection still takes such a course in (as an adult's: no
     * day of it is a minor's), rather than stopping on it for good.
     */
    @Test
    void aCourseWhoseDateOfBirthWasErasedIsTakenInAsAnAdultsOnAReplay() {
        UUID course = UUID.randomUUID();
        UUID citizen = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Instant now = Instant.now();
        teamAccess.on(new CourseOpened(course, citizen, null, CourseOfferReason.CITIZEN_WISH, now), null, null);
        teamAccess.on(new TeamEvents.TeamMemberAdded(course, mentor, PersonalData.ERASED, TeamRole.MENTOR, TeamAffiliation.C_SS, now));
        teamAccess.on(new CourseEvents.ConsentRecorded(course, citizen, ConsentGiver.YOUNG_PERSON, null, Set.of(Centre.C_SS), now));

        assertThat(jdbc.sql("SELECT covered_as_minor AND covered_as_adult FROM course_access WHERE course_id = ? AND person_id = ?")
                .params(course, mentor).query(Boolean.class).single()).as("the young person's own consent names the mentor's centre")
                .isTrue();
    }
}
