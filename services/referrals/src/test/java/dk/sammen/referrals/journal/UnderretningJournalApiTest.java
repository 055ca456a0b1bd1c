package dk.sammen.referrals.journal;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.ErasureBasis;
import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.identity.Cpr;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.assertRuleViolated;
import static dk.sammen.platform.test.Api.dataKeyErased;
import static dk.sammen.platform.test.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Intake's journal on an underretning (notatpligt): notes written as it happened and never
 * changed, corrections beside what they correct, documents stored sealed under the underretning's
 * key, all intake's own, shredded when the young person is erased.
 */
class UnderretningJournalApiTest extends ServiceApiTest {

    private static final byte[] REPORT = "%PDF-1.4\n% Skolens skriftlige underretning om fravær\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    CitizenPseudonyms pseudonyms;

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    private UUID underretningAbout(String cpr) {
        return assertCreated(post(http, "/underretninger", """
                {"child": {"cpr": "%s", "name": "Journal Testbarn"},
                 "reporter": {"kind": "SCHOOL", "anonymous": false, "name": "Lærer Notatsen", "organisation": "Skovvejens Skole"},
                 "guardians": [], "childInformed": false, "guardiansInformed": true, "otherAgencies": [],
                 "concerns": ["ABSENCE"], "description": "Fravær siden jul", "channel": "EMAIL", "receivedAt": "%s"}"""
                .formatted(cpr, Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS))), "/underretninger");
    }

    private static String note(String kind, Instant happenedAt, String text, Boolean shared, UUID supersedes) {
        return """
                {"kind": "%s", "happenedAt": "%s", "text": "%s", "sharedWithYoungPerson": %s, "supersedes": %s}"""
                .formatted(kind, happenedAt, text, shared, supersedes == null ? null : "\"" + supersedes + "\"");
    }

    @Test
    void intakeWritesNotesThatAreNeverChangedOnlyCorrectedAndBothStay() {
        UUID id = underretningAbout("050510-4123");
        String journal = "/underretninger/" + id + "/journal";
        Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

        ResponseEntity<JsonNode> written = post(http, journal, note("PHONE_CALL", yesterday, "Talt med klasselæreren: fravær 30 %", false, null));
        UUID first = assertCreated(written, journal);
        assertThat(written.getHeaders().getFirst("Consistency-Token")).as("a front end reads its note back with it").isNotBlank();
        ResponseEntity<JsonNode> corrected = post(http, journal, note("PHONE_CALL", yesterday, "Talt med klasselæreren: fravær 35 %", false,
                first));
        UUID correction = assertCreated(corrected, journal);

        JsonNode notes = Api.readAfter(http, journal, corrected).getBody();
        assertThat(notes.get("items").findValuesAsText("noteId")).containsExactly(correction.toString(), first.toString());
        JsonNode original = http.getForObject(journal + "/" + first, JsonNode.class);
        assertThat(original.get("supersededBy").asText()).isEqualTo(correction.toString());
        assertThat(original.get("text").asText()).as("the note as it was written").endsWith("30 %");
        assertThat(original.get("authorId").asText()).isEqualTo(me().id().toString());
        assertThat(original.get("happenedAt").asText()).isEqualTo(yesterday.toString());

        // A note corrected already is corrected by correcting its correction; a note is about what happened, not what will.
        assertRuleViolated(post(http, journal, note("PHONE_CALL", yesterday, "Tredje udgave", false, first)), "corrects-the-latest");
        assertRuleViolated(post(http, journal, note("PHONE_CALL", yesterday, "Noget andet", false, UUID.randomUUID())),
                "corrects-a-note-of-the-journal");
        assertRuleViolated(post(http, journal, note("MEETING", Instant.now().plus(Duration.ofDays(2)), "Møde på fredag", false, null)),
                "noted-after-the-fact");
        assertProblem(post(http, journal, """
                {"happenedAt": "%s", "text": "Uden slags"}""".formatted(yesterday)), HttpStatus.BAD_REQUEST, "kind");
        assertProblem(post(http, journal, """
                {"kind": "GOSSIP", "happenedAt": "%s", "text": "x"}""".formatted(yesterday)), HttpStatus.BAD_REQUEST, "kind");
        assertProblem(post(http, journal, note("PHONE_CALL", yesterday, "", false, null)), HttpStatus.BAD_REQUEST, "text");
        UUID unknown = UUID.randomUUID();
        assertProblem(post(http, "/underretninger/" + unknown + "/journal", note("PHONE_CALL", yesterday, "Om ingenting", false, null)),
                HttpStatus.NOT_FOUND, "underretningId");
        assertThat(http.getForObject(journal, JsonNode.class).get("items")).as("nothing refused was kept").hasSize(2);

        // Intake's own: a caseworker may not read or write them.
        var caseworker = as(TestIdentity.with("caseworker"));
        assertThat(caseworker.getForEntity(journal, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(caseworker, journal, note("PHONE_CALL", yesterday, "x", false, null)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // At rest in the event store only ciphertext of the words.
        assertThat(Api.storedPayloads(jdbc, id)).noneMatch(payload -> payload.contains("klasselæreren"));
    }

    /**
     * A note changes the underretning's version: an act sent with the version read before the note
     * is refused (412), not recorded over what the colleague just noted; read again, it goes through.
     */
    @Test
    void aNoteMovesTheUnderretningsVersionSoNoActIsRecordedOverIt() {
        UUID id = underretningAbout("060510-4123");
        await().atMost(Duration.ofSeconds(10)).until(() -> http.getForEntity("/underretninger/" + id, JsonNode.class).getStatusCode()
                .is2xxSuccessful());
        String seen = http.getForEntity("/underretninger/" + id, JsonNode.class).getHeaders().getETag();

        ResponseEntity<JsonNode> noted = post(http, "/underretninger/" + id + "/journal",
                note("INFORMATION_FROM_AUTHORITY", Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS), "Politiet har ringet", false, null));
        assertThat(noted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        HttpHeaders stale = new HttpHeaders();
        stale.setIfMatch(seen);
        String assessment = """
                {"childInDanger": false, "acuteMeasuresNeeded": false, "reasoning": "Ikke akut"}""";
        assertThat(Api.send(http, HttpMethod.POST, "/underretninger/" + id + "/assessment", assessment, stale).getStatusCode())
                .isEqualTo(HttpStatus.PRECONDITION_FAILED);

        // A front end that names no version at all is refused too (428), not let through as "any".
        assertProblem(Api.send(asFrontEnd(me()), HttpMethod.POST, "/underretninger/" + id + "/assessment", assessment, null),
                HttpStatus.PRECONDITION_REQUIRED, "If-Match");

        String now = Api.readAfter(http, "/underretninger/" + id, noted).getHeaders().getETag();
        assertThat(now).isNotEqualTo(seen);
        HttpHeaders current = new HttpHeaders();
        current.setIfMatch(now);
        assertThat(Api.send(http, HttpMethod.POST, "/underretninger/" + id + "/assessment", assessment, current).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void documentsAreStoredSealedAsWhatTheyAreAndShreddedWithTheYoungPerson() throws Exception {
        String cpr = "070510-4123";
        UUID id = underretningAbout(cpr);
        UUID citizenId = pseudonyms.of(Cpr.parse(cpr));
        String journal = "/underretninger/" + id + "/journal";
        String documents = "/underretninger/" + id + "/documents";
        UUID shared = assertCreated(post(http, journal, note("DECISION", Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS),
                "Vi tilbyder en samtale med familien", true, null)), journal);

        UUID report = assertCreated(Api.upload(http, documents, "skolens-underretning.pdf", REPORT, "noteId", shared.toString()), documents);
        JsonNode listed = http.getForObject(documents, JsonNode.class);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(listed.get(0).get("sharedWithYoungPerson").asBoolean()).as("shared as its note").isTrue();
        ResponseEntity<byte[]> downloaded = http.getForEntity(documents + "/" + report, byte[].class);
        assertThat(downloaded.getBody()).isEqualTo(REPORT);
        assertThat(downloaded.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(downloaded.getHeaders().getContentDisposition().getFilename()).isEqualTo("skolens-underretning.pdf");

        // What is not a document, and what does not belong, is refused naming the field, and leaves nothing.
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
        assertProblem(Api.upload(http, documents, "underretning.pdf", program), HttpStatus.BAD_REQUEST, "file");
        assertProblem(Api.upload(http, documents, "tom.pdf", new byte[0]), HttpStatus.BAD_REQUEST, "file");
        assertRuleViolated(Api.upload(http, documents, "rapport.pdf", REPORT, "noteId", shared.toString(), "sharedWithYoungPerson", "false"),
                "shared-as-its-note");
        assertProblem(Api.upload(http, documents, "rapport.pdf", REPORT, "noteId", UUID.randomUUID().toString()), HttpStatus.NOT_FOUND,
                "noteId");
        assertProblem(Api.upload(http, "/underretninger/" + UUID.randomUUID() + "/documents", "rapport.pdf", REPORT), HttpStatus.NOT_FOUND,
                "underretningId");
        assertThat(stored(id)).isEqualTo(1);
        assertThat(as(TestIdentity.with("caseworker")).getForEntity(documents + "/" + report, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        List<String> atRest = jdbc.sql("SELECT content, file_name FROM underretning_document WHERE underretning_id = ?").param(id)
                .query((rs, n) -> new String(rs.getBytes("content"), StandardCharsets.ISO_8859_1)
                        + new String(rs.getBytes("file_name"), StandardCharsets.ISO_8859_1)).list();
        assertThat(atRest).hasSize(1).noneMatch(row -> row.contains("fravær") || row.contains("skolens"));

        // The young person's own record holds the shared note and the document's name, redacted as the rest.
        await().atMost(Duration.ofSeconds(10)).until(() -> http.getForEntity("/underretninger/" + id, String.class).getStatusCode().is2xxSuccessful());
        JsonNode own = as(TestIdentity.youngPerson(citizenId)).getForObject("/citizens/" + citizenId + "/record", JsonNode.class);
        JsonNode underretning = own.get("underretninger").get(0);
        assertThat(underretning.get("notes").findValuesAsText("text")).containsExactly("Vi tilbyder en samtale med familien");
        assertThat(underretning.get("documents").findValuesAsText("fileName")).containsExactly("skolens-underretning.pdf");

        // Erased with the young person: the keys, the readable notes and the sealed bytes go together.
        PersonalDataErasedV1 erased = new PersonalDataErasedV1(citizenId, Set.of(UUID.randomUUID()), ErasureBasis.REQUEST, Instant.now());
        kafka.send(new ProducerRecord<>(topic(Topics.PLANS), citizenId.toString(),
                IntegrationEventEnvelope.wrap(erased, UUID.randomUUID().toString(), URI.create("/sammen/plans"), Instant.now()))).get();
        await().atMost(Duration.ofSeconds(20)).until(() -> dataKeyErased(jdbc, id));
        assertThat(stored(id)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM underretning_note WHERE underretning_id = ?").param(id).query(Long.class).single()).isZero();
        assertRuleViolated(post(http, journal, note("PHONE_CALL", Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS),
                "Efter sletningen", false, null)), "data-subject-erased");
    }

    private long stored(UUID underretningId) {
        return jdbc.sql("SELECT count(*) FROM underretning_document WHERE underretning_id = ?").param(underretningId).query(Long.class).single();
    }
}
