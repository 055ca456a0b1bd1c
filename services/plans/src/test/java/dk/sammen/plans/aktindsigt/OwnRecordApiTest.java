package dk.sammen.plans.aktindsigt;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The young person's own record: theirs and a guardian's of a minor, as JSON and as a PDF, with what was shared and nothing more. */
class OwnRecordApiTest extends ServiceApiTest {

    private static final String GOAL = "Jeg vil arbejde med dyr";
    private static final String SHARED = "Vi aftalte praktik i dyrehandlen";
    private static final String TEAM_ONLY = "Bekymring fra skolen om fravær";

    @Test
    void aMinorsOwnRecordHoldsHerPlanAndWhatTheTeamSharedAsJsonAndAsAPdf() throws Exception {
        PlansApi api = new PlansApi(http);
        UUID daughter = api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(15)), "Datter Indsigt", PlansApi.inSchool(9, 30));
        UUID mother = api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(44)), "Mor Indsigt", PlansApi.needingSupport());
        api.change(HttpMethod.POST, "/citizens/" + daughter + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "PARENT_OR_GUARDIAN"}""".formatted(mother));
        UUID course = api.openCourse(daughter, "HIGH_SCHOOL_ABSENCE");
        api.tovholder(course, PlansApi.ME, "Lene Holm", "C_BUR");
        api.goal(course, "JOB", GOAL, daughter);
        String journal = "/courses/" + course + "/journal";
        Api.assertCreated(Api.post(http, journal, note(SHARED, true)), journal);
        Api.assertCreated(Api.post(http, journal, note(TEAM_ONLY, false)), journal);
        String etag = api.change(HttpMethod.POST, "/courses/" + course + "/comments", "{\"text\": \"Hej fra mig\"}");
        api.planAt(course, etag);
        Thread.sleep(300); // the journal's view of the notes is kept by its own processor

        TestRestTemplate asDaughter = as(TestIdentity.youngPerson(daughter));
        JsonNode record = awaitRecord(asDaughter, daughter);
        assertThat(record.get("producedFor").asText()).isEqualTo("OWN");
        assertThat(record.get("person").get("name").asText()).isEqualTo("Datter Indsigt");
        assertThat(record.get("courses")).hasSize(1);
        assertThat(record.get("courses").get(0).get("plan").toString()).contains(GOAL);
        assertThat(record.get("courses").get(0).get("sharedNotes").findValuesAsText("text")).containsExactly(SHARED);
        assertThat(record.toString()).doesNotContain(TEAM_ONLY);

        // As a PDF: it opens, its pages render her plan and the shared note, and not the team's own note.
        HttpHeaders pdf = new HttpHeaders();
        pdf.setAccept(List.of(MediaType.APPLICATION_PDF));
        ResponseEntity<byte[]> answer = asDaughter.exchange("/citizens/" + daughter + "/record", HttpMethod.GET, new HttpEntity<>(pdf), byte[].class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument document = Loader.loadPDF(answer.getBody())) {
            assertThat(document.getNumberOfPages()).isPositive();
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Aktindsigt", "Datter Indsigt", GOAL, SHARED).doesNotContain(TEAM_ONLY);
        }

        // Her mother, while she is a minor; the data-protection officer for a request by letter; no one else.
        assertThat(as(TestIdentity.guardianOf(daughter)).getForObject("/citizens/" + daughter + "/record", JsonNode.class)
                .get("producedFor").asText()).isEqualTo("GUARDIAN");
        assertThat(as(TestIdentity.with("dpo")).getForObject("/citizens/" + daughter + "/record", JsonNode.class)
                .get("producedFor").asText()).isEqualTo("DPO");
        assertThat(http.getForEntity("/citizens/" + daughter + "/record", JsonNode.class).getStatusCode())
                .as("her caseworker reads her course, not her record").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(TestIdentity.youngPerson(mother)).getForEntity("/citizens/" + daughter + "/record", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // Each request is in the audit trail as a read about her.
        assertThat(jdbc.sql("SELECT count(*) FROM audit_trail WHERE citizen_id = ? AND resource LIKE '%/record'").param(daughter)
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aGuardianNoLongerHasTheRecordOnceTheYoungPersonIs18() {
        UUID adult = new PlansApi(http).registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(19)), "Voksen Indsigt",
                PlansApi.needingSupport());
        assertThat(as(TestIdentity.guardianOf(adult)).getForEntity("/citizens/" + adult + "/record", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(TestIdentity.youngPerson(adult)).getForObject("/citizens/" + adult + "/record", JsonNode.class).get("courses"))
                .isEmpty();
        Api.assertProblem(as(TestIdentity.with("dpo")).getForEntity("/citizens/" + UUID.randomUUID() + "/record", JsonNode.class),
                HttpStatus.NOT_FOUND, "citizenId");
    }

    private static JsonNode awaitRecord(TestRestTemplate client, UUID citizenId) {
        JsonNode record = client.getForObject("/citizens/" + citizenId + "/record", JsonNode.class);
        for (int i = 0; i < 50 && record.get("courses").get(0).get("sharedNotes").isEmpty(); i++) {
            record = client.getForObject("/citizens/" + citizenId + "/record", JsonNode.class);
        }
        return record;
    }

    private static String note(String text, boolean shared) {
        return """
                {"kind": "CONVERSATION_WITH_YOUNG_PERSON", "happenedAt": "%s", "text": "%s", "sharedWithYoungPerson": %s}"""
                .formatted(Instant.now().minusSeconds(60), text, shared);
    }
}
