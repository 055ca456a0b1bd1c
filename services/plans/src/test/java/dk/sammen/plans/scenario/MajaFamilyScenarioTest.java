package dk.sammen.plans.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.AgreementMadeV1;
import dk.sammen.events.plans.CourseActivatedV1;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import dk.sammen.platform.test.TestInfrastructure;
import dk.sammen.platform.test.TopicReader;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Maja case (seed 003) through the API: a mother and two children, each with a course, seen
 * together; the daughter's wish for an internship in a kindergarten becomes a binding agreement;
 * a citizen coordinator takes over for lack of progression; the agreement is fulfilled.
 */
class MajaFamilyScenarioTest extends ServiceApiTest {

    /** A CPR number as it may appear anywhere: six digits, an optional dash, four digits. */
    private static final Pattern CPR = Pattern.compile("\\b\\d{6}-?\\d{4}\\b");

    @Test
    void theFamilysCoursesAreCoordinatedAndNoCprNumberOrNameLeavesTheService() {
        PlansApi api = new PlansApi(http);
        String majaCpr = PlansApi.cprBornOn(LocalDate.now().minusYears(39).minusDays(20));
        String daughterCpr = PlansApi.cprBornOn(LocalDate.now().minusYears(15).minusDays(50));
        String sonCpr = PlansApi.cprBornOn(LocalDate.now().minusYears(12).minusDays(80));
        UUID maja = api.registerCitizen(majaCpr, "Maja Scenarie", PlansApi.needingSupport());
        UUID daughter = api.registerCitizen(daughterCpr, "Datter Scenarie", PlansApi.inSchool(9, 45));
        UUID son = api.registerCitizen(sonCpr, "Søn Scenarie", PlansApi.inSchool(6, 25));
        relate(api, daughter, maja, "PARENT_OR_GUARDIAN");
        relate(api, son, maja, "PARENT_OR_GUARDIAN");
        relate(api, daughter, son, "SIBLING");

        // The daughter's course: massive school absence.
        UUID course = api.openCourse(daughter, "HIGH_SCHOOL_ABSENCE");
        UUID caseworker = UUID.randomUUID();
        UUID teacher = UUID.randomUUID();
        api.consent(course, "YOUNG_PERSON", null, "[\"C_BUR\", \"C_SIK\", \"C_ARB\"]");
        api.consent(course, "GUARDIAN", maja, "[\"C_BUR\", \"C_SIK\", \"C_ARB\"]");
        // The test's caseworker follows the course through the handover below, from a centre the consents name.
        api.member(course, PlansApi.ME, "Test Rådgiver", "CASEWORKER", "C_BUR");
        api.tovholder(course, caseworker, "Rådgiver Scenarie", "C_BUR");
        api.member(course, teacher, "Lærer Scenarie", "TEACHER", "C_SIK");
        api.member(course, maja, "Maja Scenarie", "PARENT", "PRIVATE_NETWORK");
        api.change(HttpMethod.PUT, "/courses/" + course + "/aspirations", """
                {"dreams": "At arbejde med børn", "perceivedPath": "Passe skolen, praktik i en børnehave, så en uddannelse"}""");
        UUID schoolGoal = api.goal(course, "EDUCATION", "Jeg vil gå i skole hver dag", daughter);
        api.goal(course, "GENERAL_COMMUNITY", "Være en del af klassen og en arbejdsplads", daughter);
        api.create("/courses/" + course + "/goals/" + schoolGoal + "/sub-goals", """
                {"description": "Møde til første time tre dage om ugen", "ownerId": "%s", "dueDate": "%s"}"""
                .formatted(daughter, LocalDate.now().plusWeeks(4)));
        api.activate(course);

        // 2024: lack of progression; a citizen coordinator takes over.
        UUID coordinator = UUID.randomUUID();
        api.change(HttpMethod.PUT, "/courses/" + course + "/tovholder", """
                {"professionalId": "%s", "name": "Borgerkoordinator Scenarie", "role": "CITIZEN_COORDINATOR", "centre": "C_ARB",
                 "handoverReason": "Manglende progression"}""".formatted(coordinator));
        UUID meeting = api.meetingBegun(course, coordinator, teacher, maja);
        api.change(HttpMethod.POST, "/courses/" + course + "/meetings/" + meeting + "/minutes", """
                {"citizenPresent": true, "attendedMemberIds": ["%s", "%s"], "summary": "Datterens ønske om praktik i børnehave",
                 "decisions": [{"text": "Praktik i børnehave én dag om ugen, når skolen passes", "citizenAgrees": true}],
                 "agreements": [
                   {"party": "YOUNG_PERSON", "partyName": "Datter", "what": "Passer sin skole; så praktik 1 dag om ugen, 300 kr. om ugen",
                    "dueDate": "%s"},
                   {"party": "TEAM_MEMBER", "partyMemberId": "%s", "what": "Finder praktikplads i en børnehave", "dueDate": "%s"}]}"""
                .formatted(coordinator, maja, LocalDate.now().plusWeeks(8), coordinator, LocalDate.now().plusWeeks(2)));
        api.scheduleMeeting(course, Instant.now().plus(9 * 7, ChronoUnit.DAYS).toString(), coordinator, teacher, maja);
        JsonNode afterMeeting = api.planAt(course, currentEtag(course));
        UUID agreement = UUID.fromString(afterMeeting.get("agreements").get(0).get("agreementId").asText());
        String etag = api.change(HttpMethod.POST, "/courses/" + course + "/agreements/" + agreement + "/follow-up", """
                {"fulfilled": true, "followUp": "100 % fremmøde; belønningen brugt på bøger"}""");

        // Parallel courses for the son and for Maja herself (a job, as a role model).
        UUID sonsCourse = api.openCourse(son, "HIGH_SCHOOL_ABSENCE");
        UUID majasCourse = api.openCourse(maja, "CITIZEN_WISH");

        JsonNode plan = api.planAt(course, etag);
        assertThat(plan.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(plan.get("tovholderId").asText()).isEqualTo(coordinator.toString());
        assertThat(plan.get("tovholderHistory")).hasSize(2);
        assertThat(plan.get("team").findValuesAsText("memberId"))
                .containsExactlyInAnyOrder(PlansApi.ME.toString(), caseworker.toString(), teacher.toString(), maja.toString(),
                        coordinator.toString());
        assertThat(plan.get("meetings").get(0).get("absentMemberIds")).extracting(JsonNode::asText).containsExactly(teacher.toString());
        assertThat(plan.get("agreements")).hasSize(2);
        assertThat(plan.get("agreements").get(0).get("fulfilled").asBoolean()).isTrue();
        assertThat(plan.get("attention").findValuesAsText("kind")).isEmpty();
        assertThat(plan.get("dreams").asText()).isEqualTo("At arbejde med børn");

        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.getForObject("/citizens/" + daughter + "/family", JsonNode.class).get("members").findValuesAsText("courseId").size() == 3);
        JsonNode family = http.getForObject("/citizens/" + daughter + "/family", JsonNode.class);
        assertThat(family.get("members").findValuesAsText("citizenId"))
                .containsExactly(daughter.toString(), smaller(maja, son).toString(), larger(maja, son).toString());
        assertThat(family.get("members").findValuesAsText("courseId"))
                .containsExactlyInAnyOrder(course.toString(), sonsCourse.toString(), majasCourse.toString());

        // A worklist is its owner's: each professional reads their own.
        JsonNode worklist = as(professional(coordinator)).getForObject("/worklists/" + coordinator, JsonNode.class);
        assertThat(worklist.get("items").findValuesAsText("courseId")).containsExactly(course.toString());
        assertThat(worklist.get("items").get(0).get("tovholder").asBoolean()).isTrue();
        assertThat(as(professional(caseworker)).getForObject("/worklists/" + caseworker, JsonNode.class).get("items").get(0).get("tovholder").asBoolean()).isFalse();

        long stored = PlansApi.publishedEvents(jdbc);
        List<ConsumerRecord<String, CloudEvent>> published = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(),
                topic(Topics.PLANS), read -> read.size() >= stored, Duration.ofSeconds(30));
        assertThat(published).as("every stored change is published").hasSizeGreaterThanOrEqualTo((int) stored);
        List<IntegrationEvent> ofCourse = published.stream().filter(r -> r.key().equals(course.toString()))
                .map(r -> (IntegrationEvent) EventCodec.decode(r.value().getData().toBytes(),
                        EventContracts.classOf(r.value().getType()).orElseThrow()))
                .toList();
        assertThat(ofCourse).filteredOn(TovholderAssignedV1.class::isInstance).hasSize(2);
        assertThat(ofCourse).filteredOn(CourseActivatedV1.class::isInstance).hasSize(1);
        assertThat(ofCourse).filteredOn(AgreementMadeV1.class::isInstance).hasSize(2);
        for (ConsumerRecord<String, CloudEvent> record : published) {
            String data = new String(record.value().getData().toBytes(), StandardCharsets.UTF_8);
            assertThat(CPR.matcher(data).find()).as("CPR pattern in " + record.value().getType()).isFalse();
            for (String cpr : List.of(majaCpr, daughterCpr, sonCpr)) {
                assertThat(data).doesNotContain(cpr).doesNotContain(cpr.replace("-", ""));
            }
            assertThat(data).doesNotContain("Scenarie").doesNotContain("børnehave").doesNotContain("fremmøde");
        }
    }

    private String currentEtag(UUID course) {
        long version = jdbc.sql("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(course.toString()).query(Long.class).single();
        return "\"" + version + "\"";
    }

    private static UUID smaller(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static UUID larger(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? b : a;
    }

    private static void relate(PlansApi api, UUID citizen, UUID related, String relation) {
        api.change(HttpMethod.POST, "/citizens/" + citizen + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "%s"}""".formatted(related, relation));
    }

    private static TestIdentity professional(UUID id) {
        return new TestIdentity(id, List.of("caseworker"), "C_ARB", List.of());
    }
}
