package dk.sammen.plans.journal;

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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents with a course: stored encrypted, taken only as what their bytes are, read by those who may read what they belong to. */
class DocumentApiTest extends ServiceApiTest {

    private static final byte[] CONSENT = "%PDF-1.4\n% Samtykkeerklæring underskrevet af Maja\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] STATEMENT = "Udtalelse fra skolen: fravær faldet til 5 %".getBytes(StandardCharsets.UTF_8);

    private static ResponseEntity<JsonNode> upload(TestRestTemplate client, UUID courseId, String fileName, byte[] bytes, String... params) {
        return Api.upload(client, "/courses/" + courseId + "/documents", fileName, bytes, params);
    }

    private static List<String> names(TestRestTemplate client, UUID courseId) {
        return StreamSupport.stream(client.getForObject("/courses/" + courseId + "/documents", JsonNode.class).spliterator(), false)
                .map(d -> d.get("fileName").asText()).toList();
    }

    private long storedFor(UUID courseId) {
        return jdbc.sql("SELECT count(*) FROM journal_document WHERE course_id = ?").param(courseId).query(Long.class).single();
    }

    @Test
    void aDocumentIsStoredEncryptedAsWhatItIsAndReadOnlyByThoseItIsFor() {
        PlansApi.ActiveCourse course = new PlansApi(http).activeAdultCourse();
        UUID consent = Api.assertCreated(upload(http, course.courseId(), "samtykke-maja.pdf", CONSENT, "sharedWithYoungPerson", "true"),
                "/courses/" + course.courseId() + "/documents");
        Api.assertCreated(upload(http, course.courseId(), "udtalelse.txt", STATEMENT), "/courses/" + course.courseId() + "/documents");

        JsonNode listed = http.getForObject("/courses/" + course.courseId() + "/documents", JsonNode.class);
        assertThat(listed).hasSize(2);
        assertThat(listed.findValuesAsText("contentType")).containsExactlyInAnyOrder("application/pdf", "text/plain");
        assertThat(listed.findValuesAsText("uploadedBy")).containsOnly(PlansApi.ME.toString());
        ResponseEntity<byte[]> downloaded = http.getForEntity("/courses/" + course.courseId() + "/documents/" + consent, byte[].class);
        assertThat(downloaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(downloaded.getBody()).isEqualTo(CONSENT);
        assertThat(downloaded.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(downloaded.getHeaders().getContentDisposition().getFilename()).isEqualTo("samtykke-maja.pdf");
        assertThat(downloaded.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        // The consent points to its signed form; a form that is not the course's is named.
        String etag = new PlansApi(http).change(org.springframework.http.HttpMethod.POST, "/courses/" + course.courseId() + "/consents", """
                {"givenBy": "YOUNG_PERSON", "sharedWith": ["C_SS", "C_ARB"], "signedDocumentId": "%s"}""".formatted(consent));
        assertThat(new PlansApi(http).planAt(course.courseId(), etag).get("consents").findValuesAsText("signedDocumentId"))
                .containsExactly(consent.toString());
        Api.assertProblem(Api.post(http, "/courses/" + course.courseId() + "/consents", """
                {"givenBy": "YOUNG_PERSON", "sharedWith": ["C_SS"], "signedDocumentId": "%s"}""".formatted(UUID.randomUUID())),
                HttpStatus.NOT_FOUND, "signedDocumentId");

        // The young person sees what the team shared with them, and nothing else.
        TestRestTemplate youngPerson = as(TestIdentity.youngPerson(course.citizenId()));
        assertThat(names(youngPerson, course.courseId())).containsExactly("samtykke-maja.pdf");
        assertThat(youngPerson.getForEntity("/courses/" + course.courseId() + "/documents/" + consent, byte[].class).getBody()).isEqualTo(CONSENT);
        UUID teamOnly = UUID.fromString(StreamSupport.stream(listed.spliterator(), false)
                .filter(d -> d.get("fileName").asText().equals("udtalelse.txt")).findFirst().orElseThrow().get("documentId").asText());
        assertThat(youngPerson.getForEntity("/courses/" + course.courseId() + "/documents/" + teamOnly, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(TestIdentity.with("caseworker")).getForEntity("/courses/" + course.courseId() + "/documents", JsonNode.class)
                .getStatusCode()).as("a caseworker off the team").isEqualTo(HttpStatus.FORBIDDEN);

        // At rest only ciphertext: not the words, not the name.
        List<String> atRest = jdbc.sql("SELECT content, file_name FROM journal_document WHERE course_id = ?").param(course.courseId())
                .query((rs, n) -> new String(rs.getBytes("content"), StandardCharsets.ISO_8859_1)
                        + new String(rs.getBytes("file_name"), StandardCharsets.ISO_8859_1)).list();
        assertThat(atRest).hasSize(2).noneMatch(row -> row.contains("Samtykke") || row.contains("samtykke") || row.contains("Udtalelse"));

        // Erased with the young person.
        assertThat(as(TestIdentity.with("dpo")).postForEntity("/citizens/" + course.citizenId() + "/erasure", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(storedFor(course.courseId())).isZero();
    }

    @Test
    void aFileThatIsNotADocumentIsRefusedNamingTheFileAndNothingIsStored() {
        PlansApi.ActiveCourse course = new PlansApi(http).activeAdultCourse();
        long attached = Api.storedEvents(jdbc, "DocumentAttached");
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

        Api.assertProblem(upload(http, course.courseId(), "samtykke.pdf", program), HttpStatus.BAD_REQUEST, "file");
        Api.assertProblem(upload(http, course.courseId(), "tom.pdf", new byte[0]), HttpStatus.BAD_REQUEST, "file");
        Api.assertProblem(upload(http, course.courseId(), null, new byte[0], "sharedWithYoungPerson", "true"), HttpStatus.BAD_REQUEST, "file");
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(CONSENT, 0, tooLarge, 0, CONSENT.length);
        Api.assertProblem(upload(http, course.courseId(), "stor.pdf", tooLarge), HttpStatus.PAYLOAD_TOO_LARGE, "file");
        UUID elsewhere = UUID.randomUUID();
        Api.assertProblem(upload(http, course.courseId(), "samtykke.pdf", CONSENT, "noteId", elsewhere.toString()), HttpStatus.NOT_FOUND, "noteId");
        Api.assertProblem(upload(http, UUID.randomUUID(), "samtykke.pdf", CONSENT), HttpStatus.NOT_FOUND, "courseId");

        assertThat(storedFor(course.courseId())).isZero();
        assertThat(Api.storedEvents(jdbc, "DocumentAttached")).isEqualTo(attached);
    }

    @Test
    void aDocumentOnANoteIsSharedExactlyAsTheNoteIs() {
        PlansApi.ActiveCourse course = new PlansApi(http).activeAdultCourse();
        String journal = "/courses/" + course.courseId() + "/journal";
        UUID shared = Api.assertCreated(Api.post(http, journal, note(true)), journal);
        UUID teamOnly = Api.assertCreated(Api.post(http, journal, note(false)), journal);

        Api.assertRuleViolated(upload(http, course.courseId(), "udtalelse.txt", STATEMENT, "noteId", teamOnly.toString(),
                "sharedWithYoungPerson", "true"), "shared-as-its-note");
        Api.assertCreated(upload(http, course.courseId(), "til-teamet.txt", STATEMENT, "noteId", teamOnly.toString()),
                "/courses/" + course.courseId() + "/documents");
        Api.assertCreated(upload(http, course.courseId(), "til-den-unge.pdf", CONSENT, "noteId", shared.toString()),
                "/courses/" + course.courseId() + "/documents");

        assertThat(names(http, course.courseId())).containsExactlyInAnyOrder("til-teamet.txt", "til-den-unge.pdf");
        assertThat(names(as(TestIdentity.youngPerson(course.citizenId())), course.courseId())).containsExactly("til-den-unge.pdf");
        assertThat(http.getForObject("/courses/" + course.courseId() + "/documents", JsonNode.class).findValuesAsText("noteId"))
                .containsExactlyInAnyOrder(shared.toString(), teamOnly.toString());
    }

    private static String note(boolean shared) {
        return """
                {"kind": "CONVERSATION_WITH_YOUNG_PERSON", "happenedAt": "%s", "text": "Samtale om praktik", "sharedWithYoungPerson": %s}"""
                .formatted(Instant.now().minusSeconds(60), shared);
    }
}
