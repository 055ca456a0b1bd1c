package dk.sammen.plans.course;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.plans.PlansApi;
import dk.sammen.plans.PlansApi.ActiveCourse;
import dk.sammen.platform.test.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.sammen.platform.test.Api.assertRuleViolated;
import static dk.sammen.platform.test.Api.storedEventsOf;
import static org.assertj.core.api.Assertions.assertThat;

/** What a front end gets when a request breaks a rule of the course: a 409 naming the rule, and nothing stored. */
class CourseRulesApiTest extends ServiceApiTest {

    private PlansApi api() {
        return new PlansApi(http);
    }

    private static final Pattern TARGET = Pattern.compile("/(?:courses|citizens)/([0-9a-f-]{36})");

    /** A 409 naming the rule, and the course (or citizen) the request was about is unchanged. */
    private void assertRefused(HttpMethod method, String path, String body, String rule) {
        Matcher target = TARGET.matcher(path);
        assertThat(target.find()).as("a path naming the course or citizen").isTrue();
        UUID aggregateId = UUID.fromString(target.group(1));
        long before = storedEventsOf(jdbc, aggregateId);
        ResponseEntity<JsonNode> response = api().send(method, path, body);
        assertRuleViolated(response, rule);
        assertThat(storedEventsOf(jdbc, aggregateId)).as("events stored by a refused request").isEqualTo(before);
    }

    private UUID minorsCourse() {
        UUID citizenId = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(14)), "Ung Test", PlansApi.inSchool(8, 40));
        return api().openCourse(citizenId, "HIGH_SCHOOL_ABSENCE");
    }

    @Test
    void aCourseStartsOnlyWithConsentATovholderAndACommunityGoal() {
        UUID citizenId = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(14)), "Ung Test", PlansApi.inSchool(8, 40));
        UUID courseId = api().openCourse(citizenId, "HIGH_SCHOOL_ABSENCE");
        String activation = "/courses/" + courseId + "/activation";

        assertRefused(HttpMethod.POST, activation, null, "consent-required");
        api().consent(courseId, "YOUNG_PERSON", null, "[\"C_BUR\"]");
        assertRefused(HttpMethod.POST, activation, null, "consent-required"); // a minor: a guardian must consent too
        UUID mother = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(38)), "Mor Test", PlansApi.needingSupport());
        api().change(HttpMethod.POST, "/citizens/" + citizenId + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "PARENT_OR_GUARDIAN"}""".formatted(mother));
        assertRefused(HttpMethod.POST, "/courses/" + courseId + "/consents", """
                {"givenBy": "GUARDIAN", "guardianId": "%s", "sharedWith": ["C_BUR"]}""".formatted(UUID.randomUUID()), "guardian-registered");
        api().consent(courseId, "GUARDIAN", mother, "[\"C_BUR\", \"C_SIK\"]");
        assertRefused(HttpMethod.POST, activation, null, "tovholder-required");
        UUID tovholder = PlansApi.ME;
        api().tovholder(courseId, tovholder, "Lene", "C_BUR");
        api().goal(courseId, "EDUCATION", "Gå ud af 9. klasse", citizenId);
        assertRefused(HttpMethod.POST, activation, null, "community-goal-required");
        api().goal(courseId, "GENERAL_COMMUNITY", "Gå til håndbold", tovholder);

        String etag = api().activate(courseId);

        JsonNode plan = api().planAt(courseId, etag);
        assertThat(plan.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(plan.get("sharedWith")).extracting(JsonNode::asText).containsExactly("C_BUR");
        assertRefused(HttpMethod.POST, activation, null, "already-active");
    }

    @Test
    void withdrawingConsentStopsSharingAndAnActiveCourseCannotBeDeclined() {
        ActiveCourse course = api().activeAdultCourse();
        String path = "/courses/" + course.courseId();

        assertRefused(HttpMethod.POST, path + "/closure", """
                {"outcome": "DECLINED"}""", "declined-before-start");
        assertRefused(HttpMethod.POST, path + "/consent-withdrawals", """
                {"withdrawnBy": "GUARDIAN", "guardianId": "%s"}""".formatted(UUID.randomUUID()), "consent-given");
        String etag = api().change(HttpMethod.POST, path + "/consent-withdrawals", """
                {"withdrawnBy": "YOUNG_PERSON"}""");

        JsonNode plan = api().planAt(course.courseId(), etag);
        assertThat(plan.get("status").asText()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(plan.get("sharedWith")).isEmpty();
        UUID meetingId = api().scheduleMeeting(course.courseId(), Instant.now().plus(14, ChronoUnit.DAYS).toString(), course.tovholderId());
        assertRefused(HttpMethod.POST, path + "/meetings/" + meetingId + "/minutes", minutes(true, true, agreementOfYoungPerson()),
                "course-active");
        api().change(HttpMethod.POST, path + "/closure", """
                {"outcome": "ENDED"}""");
        assertRefused(HttpMethod.POST, path + "/team", """
                {"memberId": "%s", "name": "Ole", "role": "TEACHER", "affiliation": "C_SIK"}""".formatted(UUID.randomUUID()), "course-open");
    }

    @Test
    void theTeamHasOneTovholderWhoHandsOverWithAReason() {
        UUID citizenId = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(19)), "Ung Test", PlansApi.needingSupport());
        UUID courseId = api().openCourse(citizenId, "PROFESSIONAL_RISK_INDICATORS");
        api().consent(courseId, "YOUNG_PERSON", null, "[\"C_BUR\", \"C_SS\", \"C_ARB\"]"); // names every centre the handovers go to
        String path = "/courses/" + courseId;
        UUID lene = UUID.randomUUID();
        api().joinTeam(courseId); // the test's caseworker stays on the team through the handover
        api().tovholder(courseId, lene, "Lene", "C_BUR");

        assertRefused(HttpMethod.PUT, path + "/tovholder", """
                {"professionalId": "%s", "name": "Lene", "role": "CASEWORKER", "centre": "C_BUR"}""".formatted(lene), "already-tovholder");
        assertRefused(HttpMethod.PUT, path + "/tovholder", """
                {"professionalId": "%s", "name": "Kim", "role": "CITIZEN_COORDINATOR", "centre": "C_ARB"}""".formatted(UUID.randomUUID()),
                "handover-needs-reason");
        assertRefused(HttpMethod.DELETE, path + "/team/" + lene, null, "tovholder-stays");
        assertRefused(HttpMethod.DELETE, path + "/team/" + UUID.randomUUID(), null, "not-on-team");
        assertRefused(HttpMethod.POST, path + "/team", """
                {"memberId": "%s", "name": "Lene", "role": "CASEWORKER", "affiliation": "C_BUR"}""".formatted(lene), "already-on-team");
        UUID kim = UUID.randomUUID();
        String etag = api().change(HttpMethod.PUT, path + "/tovholder", """
                {"professionalId": "%s", "name": "Kim", "role": "CITIZEN_COORDINATOR", "centre": "C_ARB",
                 "handoverReason": "Borgerkoordinator koblet på pga. manglende progression"}""".formatted(kim));

        JsonNode plan = api().planAt(courseId, etag);
        assertThat(plan.get("tovholderId").asText()).isEqualTo(kim.toString());
        assertThat(plan.get("tovholderHistory").findValuesAsText("tovholderId")).containsExactly(lene.toString(), kim.toString());
        assertThat(plan.get("tovholderHistory").get(1).get("previousTovholderId").asText()).isEqualTo(lene.toString());
    }

    @Test
    void everyPartOfThePlanHasSomeoneOnTheTeamResponsible() {
        UUID courseId = minorsCourse();
        String path = "/courses/" + courseId;
        UUID lene = PlansApi.ME;
        api().tovholder(courseId, lene, "Lene", "C_BUR");

        assertRefused(HttpMethod.POST, path + "/goals", """
                {"area": "JOB", "inOwnWords": "Job", "how": "Praktik", "responsibleId": "%s", "byWhen": "2030-01-01"}"""
                .formatted(UUID.randomUUID()), "responsible-not-on-team");
        assertRefused(HttpMethod.POST, path + "/goals/" + UUID.randomUUID() + "/sub-goals", """
                {"description": "Møde op", "ownerId": "%s", "dueDate": "2030-01-01"}""".formatted(lene), "unknown-goal");
        UUID goalId = api().goal(courseId, "EDUCATION", "Gå i skole hver dag", lene);
        UUID subGoalId = api().create(path + "/goals/" + goalId + "/sub-goals", """
                {"description": "Møde til første time tre dage om ugen", "ownerId": "%s", "dueDate": "2030-01-01"}""".formatted(lene));
        assertRefused(HttpMethod.PUT, path + "/sub-goals/" + subGoalId + "/status", """
                {"status": "OPEN"}""", "status-unchanged");
        String etag = api().change(HttpMethod.PUT, path + "/goals/" + goalId, """
                {"inOwnWords": "Gå i skole og i praktik", "how": "Aftale om praktik", "responsibleId": "%s", "byWhen": "2030-06-01",
                 "why": "Ønsket om praktik i børnehave"}""".formatted(lene));

        JsonNode goal = api().planAt(courseId, etag).get("goals").get(0);
        assertThat(goal.get("revision").asInt()).isEqualTo(2);
        assertThat(goal.get("inOwnWords").asText()).isEqualTo("Gå i skole og i praktik");
        assertThat(goal.get("earlierRevisions").get(0).get("inOwnWords").asText()).isEqualTo("Gå i skole hver dag");
        assertThat(goal.get("subGoals").get(0).get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void meetingsAreHeldWithTheYoungPersonAndEndWithBindingAgreements() {
        ActiveCourse course = api().activeAdultCourse();
        String path = "/courses/" + course.courseId();
        String soon = Instant.now().plus(14, ChronoUnit.DAYS).toString();

        assertRefused(HttpMethod.POST, path + "/meetings", """
                {"scheduledFor": "%s", "invitedMemberIds": ["%s"]}""".formatted(soon, UUID.randomUUID()), "invitee-not-on-team");
        assertRefused(HttpMethod.POST, path + "/meetings", """
                {"scheduledFor": "2020-01-01T10:00:00Z", "invitedMemberIds": []}""", "meeting-in-the-future");
        UUID ahead = api().scheduleMeeting(course.courseId(), soon, course.tovholderId());
        assertRefused(HttpMethod.POST, path + "/meetings/" + ahead + "/minutes", minutes(true, true, agreementOfYoungPerson()), "meeting-begun");
        UUID meetingId = api().meetingBegun(course.courseId(), course.tovholderId());
        String minutes = path + "/meetings/" + meetingId + "/minutes";

        assertRefused(HttpMethod.POST, minutes, minutes(false, true, agreementOfYoungPerson()), "citizen-present");
        assertRefused(HttpMethod.POST, minutes, minutes(true, false, agreementOfYoungPerson()), "decision-with-citizen");
        assertRefused(HttpMethod.POST, minutes, minutes(true, true, ""), "meeting-ends-with-agreements");
        assertRefused(HttpMethod.POST, minutes, minutes(true, true, """
                {"party": "TEAM_MEMBER", "partyMemberId": "%s", "what": "Ring til skolen", "dueDate": "2030-01-01"}"""
                .formatted(UUID.randomUUID())), "agreement-party-on-team");
        assertRefused(HttpMethod.POST, path + "/meetings/" + UUID.randomUUID() + "/minutes", minutes(true, true, agreementOfYoungPerson()),
                "unknown-meeting");
        String etag = api().change(HttpMethod.POST, minutes, minutes(true, true, agreementOfYoungPerson()));
        assertRefused(HttpMethod.POST, minutes, minutes(true, true, agreementOfYoungPerson()), "meeting-already-held");

        JsonNode plan = api().planAt(course.courseId(), etag);
        UUID agreementId = UUID.fromString(plan.get("agreements").get(0).get("agreementId").asText());
        api().change(HttpMethod.POST, path + "/agreements/" + agreementId + "/follow-up", """
                {"fulfilled": true, "followUp": "100 % fremmøde"}""");
        assertRefused(HttpMethod.POST, path + "/agreements/" + agreementId + "/follow-up", """
                {"fulfilled": false}""", "agreement-followed-up");
        assertRefused(HttpMethod.POST, path + "/agreements/" + UUID.randomUUID() + "/follow-up", """
                {"fulfilled": false}""", "unknown-agreement");
    }

    @Test
    void aCourseWithoutANextMeetingIsFlagged() {
        ActiveCourse course = api().activeAdultCourse();
        JsonNode plan = api().planAt(course.courseId(), course.etag());
        assertThat(plan.get("attention").findValuesAsText("kind")).containsExactly("NO_NEXT_MEETING");

        String tooLate = Instant.now().plus(7 * 13, ChronoUnit.DAYS).toString();
        UUID meetingId = api().scheduleMeeting(course.courseId(), tooLate, course.tovholderId());
        JsonNode later = api().planAt(course.courseId(), "\"" + (Long.parseLong(course.etag().replace("\"", "")) + 1) + "\"");
        assertThat(later.get("attention").findValuesAsText("kind")).containsExactly("NEXT_MEETING_TOO_LATE");
        assertThat(later.get("attention").get(0).get("about").asText()).isEqualTo(meetingId.toString());
    }

    @Test
    void progressionIsMeasuredOnItsScaleByTheTeamAboutWhatHappened() {
        ActiveCourse course = api().activeAdultCourse();
        String path = "/courses/" + course.courseId() + "/progression";
        String yesterday = LocalDate.now().minusDays(1).toString();

        assertRefused(HttpMethod.POST, path, measurement("WELL_BEING", 1, 5, 9, course.tovholderId(), yesterday), "value-within-scale");
        // The rule is about one field, and says which, so a front end marks it.
        assertThat(api().send(HttpMethod.POST, path, measurement("WELL_BEING", 1, 5, 9, course.tovholderId(), yesterday)).getBody()
                .get("errors").findValuesAsText("field")).containsExactly("value");
        assertRefused(HttpMethod.POST, path, measurement("ATTENDANCE", 0, 10, 9, course.tovholderId(), yesterday), "attendance-in-percent");
        assertRefused(HttpMethod.POST, path, measurement("MASTERY", 1, 5, 3, UUID.randomUUID(), yesterday), "measured-by-participant");
        assertRefused(HttpMethod.POST, path, measurement("MASTERY", 1, 5, 3, course.tovholderId(), LocalDate.now().plusDays(2).toString()),
                "measured-in-the-past");
        api().change(HttpMethod.PUT, "/courses/" + course.courseId() + "/path-stage", "{\"stage\": \"ABSENCE\"}");
        assertRefused(HttpMethod.PUT, "/courses/" + course.courseId() + "/path-stage", "{\"stage\": \"ABSENCE\"}", "stage-unchanged");
    }

    @Test
    void trialActionsAndTransitionsFollowTheirOrder() {
        ActiveCourse course = api().activeAdultCourse();
        String path = "/courses/" + course.courseId();
        UUID trial = api().create(path + "/trial-actions", """
                {"hypothesis": "Beboelsesvogn", "expectedCostPerYear": 800000}""");
        api().change(HttpMethod.POST, path + "/trial-actions/" + trial + "/decision", """
                {"approved": false, "reasoning": "Ikke nu"}""");
        assertRefused(HttpMethod.POST, path + "/trial-actions/" + trial + "/decision", """
                {"approved": true, "reasoning": "Alligevel"}""", "trial-decided-once");
        assertRefused(HttpMethod.POST, path + "/trial-actions/" + trial + "/evaluation", """
                {"result": "FAILED", "actualCostPerYear": 0}""", "trial-evaluated-after-approval");
        assertRefused(HttpMethod.POST, path + "/trial-actions/" + UUID.randomUUID() + "/decision", """
                {"approved": true, "reasoning": "?"}""", "unknown-trial");

        assertRefused(HttpMethod.POST, path + "/transitions", """
                {"kind": "LEAVING_OFFER", "plannedFor": "2030-01-01", "responsibleId": "%s"}""".formatted(UUID.randomUUID()),
                "responsible-not-on-team");
        UUID transition = api().create(path + "/transitions", """
                {"kind": "LEAVING_OFFER", "plannedFor": "2030-01-01", "responsibleId": "%s"}""".formatted(course.tovholderId()));
        api().change(HttpMethod.POST, path + "/transitions/" + transition + "/completion", null);
        assertRefused(HttpMethod.POST, path + "/transitions/" + transition + "/completion", null, "transition-completed");
        assertRefused(HttpMethod.POST, path + "/transitions/" + UUID.randomUUID() + "/completion", null, "unknown-transition");
        assertRefused(HttpMethod.POST, path + "/double-offer-warnings/" + UUID.randomUUID() + "/acknowledgement", """
                {"reason": "?"}""", "unknown-warning");
    }

    @Test
    void theYoungPersonConsentsForThemselvesAndIsNotAMemberOfTheirOwnTeam() {
        ActiveCourse course = api().activeAdultCourse();
        String path = "/courses/" + course.courseId();

        assertRefused(HttpMethod.POST, path + "/consents", """
                {"givenBy": "YOUNG_PERSON", "guardianId": "%s", "sharedWith": ["C_SS"]}""".formatted(UUID.randomUUID()),
                "young-person-consents-alone");
        assertRefused(HttpMethod.POST, path + "/team", """
                {"memberId": "%s", "name": "Maria", "role": "OTHER", "affiliation": "PRIVATE_NETWORK"}""".formatted(course.citizenId()),
                "citizen-is-not-a-member");
        UUID meeting = api().scheduleMeeting(course.courseId(), Instant.now().plus(7, ChronoUnit.DAYS).toString(), course.tovholderId());
        assertRefused(HttpMethod.POST, path + "/meetings/" + meeting + "/minutes", """
                {"citizenPresent": true, "attendedMemberIds": ["%s"], "decisions": [], "agreements": [%s]}"""
                .formatted(UUID.randomUUID(), agreementOfYoungPerson()), "attendee-not-on-team");
        UUID sibling = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(20)), "Bror", PlansApi.needingSupport());
        api().change(HttpMethod.POST, "/citizens/" + course.citizenId() + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "SIBLING"}""".formatted(sibling));
        assertRefused(HttpMethod.POST, "/citizens/" + course.citizenId() + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "SIBLING"}""".formatted(sibling), "already-related");
    }

    static String measurement(String dimension, int min, int max, int value, UUID by, String on) {
        return """
                {"dimension": "%s", "scaleMin": %d, "scaleMax": %d, "value": %d, "measuredBy": "%s", "measuredOn": "%s"}"""
                .formatted(dimension, min, max, value, by, on);
    }

    static String agreementOfYoungPerson() {
        return """
                {"party": "YOUNG_PERSON", "partyName": "Datter", "what": "Passer skolen; så praktik én dag om ugen", "dueDate": "2030-01-01"}""";
    }

    static String minutes(boolean citizenPresent, boolean citizenAgrees, String agreements) {
        return """
                {"citizenPresent": %s, "attendedMemberIds": [], "summary": "Møde",
                 "decisions": [{"text": "Praktik i børnehave", "citizenAgrees": %s}], "agreements": [%s]}"""
                .formatted(citizenPresent, citizenAgrees, agreements);
    }
}
