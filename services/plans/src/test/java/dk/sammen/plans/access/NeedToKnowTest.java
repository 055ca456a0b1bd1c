package dk.sammen.plans.access;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A course is seen by its team, the young person and their guardian; anyone else is refused
 * unless they break the glass, which states a reason, runs out, and is audited and reported.
 */
@TestPropertySource(properties = "sammen.plans.emergency-access.duration=PT4S")
class NeedToKnowTest extends ServiceApiTest {

    private final TestIdentity stranger = TestIdentity.with("caseworker");
    private final TestIdentity dpo = TestIdentity.with("dpo");

    private PlansApi api() {
        return new PlansApi(http);
    }

    @Test
    void aCaseworkerNotOnTheTeamIsRefusedTheCourseAndDoesNotSeeItListed() {
        PlansApi.ActiveCourse course = api().activeAdultCourse();
        String path = "/courses/" + course.courseId();

        api().planAt(course.courseId(), course.etag());
        ResponseEntity<JsonNode> refused = as(stranger).getForEntity(path, JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().toString()).doesNotContain(course.citizenId().toString());
        assertThat(refused.getBody().get("detail").asText()).as("the refusal shows the way in").contains("/emergency-access");
        assertThat(refused.getBody().get("type").asText()).as("a front end offers break-the-glass on its type")
                .isEqualTo("urn:sammen:problem:need-to-know");
        ResponseEntity<JsonNode> write = Api.post(as(stranger), path + "/goals", """
                {"area": "JOB", "inOwnWords": "Job", "how": "Praktik", "responsibleId": "%s", "byWhen": "2030-01-01"}"""
                .formatted(course.citizenId()));
        assertThat(write.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // The glass opens reads only: a refused change does not offer it.
        assertThat(write.getBody().get("type").asText()).isEqualTo("urn:sammen:problem:forbidden");
        assertThat(as(stranger).getForObject("/courses?citizenId=" + course.citizenId(), JsonNode.class)
                .get("totalItems").asInt()).isZero();

        // A team member added by the tovholder sees it at once; removed, they are shut out at once.
        TestIdentity teacher = TestIdentity.with("team-member");
        api().member(course.courseId(), teacher.id(), "Jobkonsulent", "CASEWORKER", "C_ARB");
        assertThat(as(teacher).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as(teacher).getForObject("/courses?citizenId=" + course.citizenId(), JsonNode.class)
                .get("totalItems").asInt()).isEqualTo(1);
        api().change(org.springframework.http.HttpMethod.DELETE, path + "/team/" + teacher.id(), null);
        assertThat(as(teacher).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /**
     * A registered person's record holds their phone, e-mail and address: intake's, and the
     * teams' of their courses and of their family's (the young person's team calls the parents),
     * not every caseworker's.
     */
    @Test
    void aPersonsRecordIsForIntakeAndTheTeamsOfTheirAndTheirFamilysCourses() {
        PlansApi.ActiveCourse course = api().activeAdultCourse();
        String mothersCpr = PlansApi.cprBornOn(LocalDate.now().minusYears(48));
        UUID mother = api().registerCitizen(mothersCpr, "Mor Kontaktsen", PlansApi.needingSupport());
        UUID someoneElse = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(19)), "Anden Person", PlansApi.needingSupport());
        api().change(org.springframework.http.HttpMethod.POST, "/citizens/" + course.citizenId() + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "PARENT_OR_GUARDIAN"}""".formatted(mother));
        TestIdentity intake = TestIdentity.with("intake-worker");

        assertThat(http.getForEntity("/citizens/" + course.citizenId(), JsonNode.class).getStatusCode())
                .as("the tovholder").isEqualTo(HttpStatus.OK);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.getForEntity("/citizens/" + mother, JsonNode.class).getStatusCode() == HttpStatus.OK);
        assertThat(http.getForObject("/citizens/" + mother, JsonNode.class).get("name").asText()).isEqualTo("Mor Kontaktsen");
        assertThat(as(intake).getForEntity("/citizens/" + someoneElse, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(http.getForEntity("/citizens/" + mother + "/family", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (UUID person : List.of(course.citizenId(), mother)) {
            for (String path : List.of("/citizens/" + person, "/citizens/" + person + "/family")) {
                ResponseEntity<JsonNode> refused = as(stranger).getForEntity(path, JsonNode.class);
                assertThat(refused.getStatusCode()).as("a caseworker off the team: " + path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(refused.getBody().toString()).doesNotContain("Kontaktsen").doesNotContain(course.courseId().toString())
                        .contains("contact details");
            }
        }
        assertThat(http.getForEntity("/citizens/" + someoneElse, JsonNode.class).getStatusCode())
                .as("the tovholder, about someone outside their courses' families").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(stranger).getForEntity("/citizens/" + UUID.randomUUID(), JsonNode.class).getStatusCode())
                .as("no such person: nothing to protect").isEqualTo(HttpStatus.NOT_FOUND);

        // Knowing the CPR number is no way around it: a lookup finds whom it names, and the record stays the teams'.
        ResponseEntity<JsonNode> found = Api.post(as(stranger), "/citizens/lookup", """
                {"cpr": "%s"}""".formatted(mothersCpr));
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(found.getBody().get("citizenId").asText()).isEqualTo(mother.toString());
        assertThat(found.getBody().toString()).doesNotContain("Kontaktsen");
        JsonNode looked = as(dpo).getForObject("/audit-trail?citizenId=" + mother + "&userId=" + stranger.id() + "&size=100", JsonNode.class);
        assertThat(looked.get("items").findValuesAsText("action")).as("the lookup is a read about her, beside the refused read")
                .contains("POST /citizens/lookup", "GET /citizens/" + mother);
    }

    /**
     * Intake routes an underretning to the course a young person already has (R6): it learns that
     * the course exists and who holds it, audited as a read about that young person, and nothing
     * of the plan itself, neither listed nor read.
     */
    @Test
    void intakeLearnsThatACourseExistsAndWhoHoldsItButReadsNoPlan() {
        PlansApi.ActiveCourse course = api().activeAdultCourse();
        api().planAt(course.courseId(), course.etag());
        TestIdentity intake = TestIdentity.with("intake-worker");

        ResponseEntity<JsonNode> listed = as(intake).getForEntity("/courses?citizenId=" + course.citizenId(), JsonNode.class);
        assertThat(listed.getStatusCode()).as("the list of plans").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(listed.getBody().toString()).doesNotContain("Være med i et fællesskab");
        assertThat(as(intake).getForEntity("/courses/" + course.courseId(), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode open = as(intake).getForObject("/citizens/" + course.citizenId() + "/open-courses", JsonNode.class);
        assertThat(open).hasSize(1);
        JsonNode held = open.get(0);
        List<String> fields = new java.util.ArrayList<>();
        held.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as("what intake is told").containsExactlyInAnyOrder("courseId", "reason", "status", "openedAt", "tovholder");
        assertThat(held.get("courseId").asText()).isEqualTo(course.courseId().toString());
        assertThat(held.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(held.get("tovholder").get("professionalId").asText()).isEqualTo(course.tovholderId().toString());
        assertThat(held.get("tovholder").get("centre").asText()).isEqualTo("C_SS");
        assertThat(open.toString()).doesNotContain("Være med i et fællesskab", "C_ARB", "consents", "goals");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT citizen_id FROM audit_trail WHERE action = ? AND user_id = ? ORDER BY position DESC LIMIT 1")
                .params("GET /citizens/{citizenId}/open-courses", intake.id().toString()).query(UUID.class).list())
                .as("audited as a read about the young person").containsExactly(course.citizenId()));
        JsonNode none = as(intake).getForObject("/citizens/" + UUID.randomUUID() + "/open-courses", JsonNode.class);
        assertThat(none).isEmpty();
    }

    @Test
    void theYoungPersonSeesTheirOwnPlanAndAddsTheirOwnGoalsAndAGuardianReads() {
        PlansApi.ActiveCourse course = api().activeAdultCourse();
        String path = "/courses/" + course.courseId();
        TestIdentity youngPerson = TestIdentity.youngPerson(course.citizenId());
        api().planAt(course.courseId(), course.etag());

        assertThat(as(youngPerson).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> ownGoal = Api.post(as(youngPerson), path + "/goals", """
                {"area": "EDUCATION", "inOwnWords": "Jeg vil tage en uddannelse", "how": "STU", "responsibleId": "%s", "byWhen": "%s"}"""
                .formatted(course.citizenId(), LocalDate.now().plusMonths(6)));
        assertThat(ownGoal.getStatusCode()).as(String.valueOf(ownGoal.getBody())).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> comment = Api.post(as(youngPerson), path + "/comments", """
                {"text": "Jeg vil hellere starte i praktik om foråret"}""");
        assertThat(comment.getStatusCode()).as(String.valueOf(comment.getBody())).isEqualTo(HttpStatus.CREATED);
        JsonNode plan = api().planAt(course.courseId(), comment.getHeaders().getETag());
        assertThat(plan.get("comments").get(0).get("authorId").asText()).as("the author is the caller").isEqualTo(course.citizenId().toString());
        assertThat(plan.get("comments").get(0).get("text").asText()).isEqualTo("Jeg vil hellere starte i praktik om foråret");
        assertThat(as(youngPerson).getForObject("/courses?citizenId=" + course.citizenId(), JsonNode.class)
                .get("totalItems").asInt()).isEqualTo(1);
        // ... but not the team's work, and no one else's plan.
        assertThat(Api.post(as(youngPerson), path + "/activation", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        PlansApi.ActiveCourse someoneElse = api().activeAdultCourse();
        assertThat(as(youngPerson).getForEntity("/courses/" + someoneElse.courseId(), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        TestIdentity guardian = TestIdentity.guardianOf(course.citizenId());
        assertThat(as(guardian).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Api.post(as(guardian), path + "/goals", """
                {"area": "JOB", "inOwnWords": "Job", "how": "Praktik", "responsibleId": "%s", "byWhen": "2030-01-01"}"""
                .formatted(course.citizenId())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(guardian).getForEntity("/courses/" + someoneElse.courseId(), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void breakingTheGlassNeedsAReasonExpiresAndIsAuditedAndReported() {
        PlansApi.ActiveCourse course = api().activeAdultCourse();
        String path = "/courses/" + course.courseId();
        TestRestTemplate asStranger = as(stranger);
        api().planAt(course.courseId(), course.etag());

        Api.assertProblem(Api.post(asStranger, path + "/emergency-access", """
                {"reason": "akut"}"""), HttpStatus.BAD_REQUEST, "reason");
        Api.assertProblem(Api.post(asStranger, path + "/emergency-access", """
                {"category": "ACUTE_DANGER", "reason": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"""), HttpStatus.BAD_REQUEST, "reason");
        Api.assertProblem(Api.post(asStranger, path + "/emergency-access", """
                {"reason": "Politiet ringer om akut bekymring; tovholder er syg"}"""), HttpStatus.BAD_REQUEST, "category");
        assertThat(asStranger.getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(asStranger.getForEntity("/citizens/" + course.citizenId(), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // An external team member (a teacher, a mentor) never breaks the glass.
        assertThat(Api.post(as(TestIdentity.with("team-member")), path + "/emergency-access", """
                {"category": "ACUTE_DANGER", "reason": "Politiet ringer om akut bekymring; tovholder er syg"}""").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        String reason = "Politiet ringer om akut bekymring; tovholder er syg";
        ResponseEntity<JsonNode> grant = Api.post(asStranger, path + "/emergency-access", """
                {"category": "AUTHORITY_REQUEST", "reason": "%s"}""".formatted(reason));
        assertThat(grant.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(grant.getBody().get("expiresAt").asText()).isNotBlank();
        assertThat(asStranger.getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        // It reads whom the course is about (the front end shows their name), not their family, and changes nothing of them.
        assertThat(asStranger.getForEntity("/citizens/" + course.citizenId(), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asStranger.getForEntity("/citizens/" + course.citizenId() + "/family", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(asStranger.exchange("/citizens/" + course.citizenId() + "/situation", org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>("""
                        {"needsSupportTowardsEducationOrJob": true, "completedEducation": "NONE", "inEducation": false, "employed": false}""",
                        jsonHeaders()), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // The grant reads; it changes nothing and cannot be turned into a place on the team.
        assertThat(Api.post(asStranger, path + "/comments", "{\"text\": \"Kigget ind\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Api.post(asStranger, path + "/team", """
                {"memberId": "%s", "name": "Mig selv", "role": "CASEWORKER", "affiliation": "C_SS"}""".formatted(stranger.id()))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(asStranger.exchange(path + "/tovholder", org.springframework.http.HttpMethod.PUT, new org.springframework.http.HttpEntity<>(
                """
                {"professionalId": "%s", "name": "Mig selv", "role": "CASEWORKER", "centre": "C_SS", "handoverReason": "Overtager"}"""
                        .formatted(stranger.id()), jsonHeaders()), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // The tovholder sees on their worklist who broke the glass on their course, and why.
        JsonNode worklist = http.getForObject("/worklists/" + course.tovholderId(), JsonNode.class);
        assertThat(worklist.get("breakTheGlass").findValuesAsText("personId")).contains(stranger.id().toString());
        assertThat(worklist.get("breakTheGlass").findValuesAsText("category")).contains("AUTHORITY_REQUEST");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> asStranger.getForEntity(path, JsonNode.class).getStatusCode() == HttpStatus.FORBIDDEN);
        // A grant run out no longer reads whom the course is about either.
        assertThat(asStranger.getForEntity("/citizens/" + course.citizenId(), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // Again within the renewal window: only with a second person, a centre leader.
        Api.assertRuleViolated(Api.post(asStranger, path + "/emergency-access", """
                {"category": "AUTHORITY_REQUEST", "reason": "%s"}""".formatted(reason)), "renewal-needs-approval");
        assertThat(asStranger.getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Api.post(asStranger, "/emergency-accesses/" + grant.getBody().get("grantId").asText() + "/renewal", null)
                .getStatusCode()).as("no one approves their own").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> approved = Api.post(as(TestIdentity.with("centre-leader")),
                "/emergency-accesses/" + grant.getBody().get("grantId").asText() + "/renewal", null);
        assertThat(approved.getStatusCode()).as(String.valueOf(approved.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(approved.getBody().get("approvedBy").asText()).isNotBlank();
        assertThat(asStranger.getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> asStranger.getForEntity(path, JsonNode.class).getStatusCode() == HttpStatus.FORBIDDEN);

        JsonNode report = as(dpo).getForObject("/emergency-accesses?personId=" + stranger.id(), JsonNode.class);
        assertThat(report.get("items").findValuesAsText("reason")).containsExactly(reason, reason);
        assertThat(as(TestIdentity.with("centre-leader")).getForEntity("/emergency-accesses", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(asStranger.getForEntity("/emergency-accesses", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // The data-protection officer sees, for this young person: the refusal, the read through the glass
        // with its reason, and the refusal after it ran out.
        JsonNode trail = as(dpo).getForObject("/audit-trail?citizenId=" + course.citizenId() + "&userId=" + stranger.id()
                + "&size=100", JsonNode.class);
        List<JsonNode> entries = new java.util.ArrayList<>();
        trail.get("items").forEach(entries::add);
        // Every read of the course names it; the reads of the person (under the grant, and the refused ones) name them.
        assertThat(entries).filteredOn(entry -> entry.get("action").asText().contains("/courses/"))
                .isNotEmpty().allSatisfy(entry -> assertThat(entry.get("courseId").asText()).isEqualTo(course.courseId().toString()));
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.get("action").asText()).isEqualTo("GET /courses/{courseId}");
            assertThat(entry.get("outcome").asInt()).isEqualTo(200);
            assertThat(entry.get("basis").asText()).isEqualTo("EMERGENCY");
            // The trail names the grant, not its circumstances: they are erasable with the course, the trail never is.
            assertThat(entry.get("reason").asText()).isEqualTo("break-the-glass grant " + grant.getBody().get("grantId").asText()
                    + " (AUTHORITY_REQUEST)");
            assertThat(entry.get("roles").asText()).isEqualTo("caseworker");
        });
        assertThat(entries).filteredOn(entry -> entry.get("outcome").asInt() == 403).hasSizeGreaterThanOrEqualTo(2);
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.get("action").asText()).isEqualTo("GET /citizens/{citizenId}");
            assertThat(entry.get("basis").asText()).isEqualTo("EMERGENCY");
            assertThat(entry.get("reason").asText()).startsWith("break-the-glass grant " + grant.getBody().get("grantId").asText());
        });
        assertThat(asStranger.getForEntity("/audit-trail?citizenId=" + course.citizenId(), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static org.springframework.http.HttpHeaders jsonHeaders() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    @Test
    void aWorklistIsItsOwnersOnly() {
        assertThat(http.getForEntity("/worklists/" + PlansApi.ME, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/worklists/" + UUID.randomUUID(), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
