package dk.sammen.plans.journal;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.assertRuleViolated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The journal (notatpligt): notes written by the team as things happen, never changed; a
 * correction supersedes a note and both stay readable; shared notes are the young person's too;
 * the team searches in Danish; the text is stored encrypted and erased with the young person.
 */
class JournalApiTest extends ServiceApiTest {

    private static final String HOME_VISIT = "Hjemmebesøg hos familien: Maja fortæller, at hun er begyndt at komme i skole igen";

    @Test
    void aNoteIsWrittenByTheCallerAndReadBackWithWhenItHappenedAndWhenItWasWritten() {
        PlansApi api = new PlansApi(http);
        PlansApi.ActiveCourse course = api.activeAdultCourse();
        Instant happened = Instant.now().minus(Duration.ofDays(1));
        ResponseEntity<JsonNode> written = write(http, course.courseId(), """
                {"kind": "HOME_VISIT", "happenedAt": "%s", "text": "%s"}""".formatted(happened, HOME_VISIT));
        UUID noteId = Api.assertCreated(written, "/courses/" + course.courseId() + "/journal");

        JsonNode journal = Api.readAfter(http, "/courses/" + course.courseId() + "/journal", written).getBody();
        assertThat(journal.get("items")).hasSize(1);
        JsonNode note = journal.get("items").get(0);
        assertThat(note.get("noteId").asText()).isEqualTo(noteId.toString());
        assertThat(note.get("authorId").asText()).isEqualTo(PlansApi.ME.toString());
        assertThat(note.get("kind").asText()).isEqualTo("HOME_VISIT");
        assertThat(Instant.parse(note.get("happenedAt").asText())).isCloseTo(happened, within(1, ChronoUnit.MILLIS));
        assertThat(Instant.parse(note.get("writtenAt").asText())).isAfter(happened);
        assertThat(note.get("text").asText()).isEqualTo(HOME_VISIT);
        assertThat(note.get("sharedWithYoungPerson").asBoolean()).as("team-only unless shared").isFalse();
        assertThat(http.getForEntity("/courses/" + course.courseId() + "/journal/" + noteId, JsonNode.class).getBody()
                .get("text").asText()).isEqualTo(HOME_VISIT);
        // At rest only ciphertext: the note's text is the course's personal data.
        assertThat(Api.storedPayloads(jdbc, JournalCommands.journalOf(course.courseId()))).hasSize(1)
                .noneMatch(payload -> payload.contains("Hjemmebesøg") || payload.contains("skole"));
    }

    @Test
    void aCorrectionSupersedesTheNoteAndBothStayWithWhoAndWhenAndOnlyTheLatestIsCorrectedAgain() {
        PlansApi api = new PlansApi(http);
        PlansApi.ActiveCourse course = api.activeAdultCourse();
        String path = "/courses/" + course.courseId() + "/journal";
        UUID first = Api.assertCreated(write(http, course.courseId(), note("PHONE_CALL", "Mor ringede: Maja var syg mandag")), path);
        TestIdentity colleague = new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_SS", List.of());
        api.member(course.courseId(), colleague.id(), "Kollega", "CASEWORKER", "C_SS");
        ResponseEntity<JsonNode> corrected = write(as(colleague), course.courseId(), """
                {"kind": "PHONE_CALL", "happenedAt": "%s", "text": "Rettelse: Maja var syg tirsdag, ikke mandag", "supersedes": "%s"}"""
                .formatted(Instant.now().minusSeconds(3600), first));
        UUID correction = Api.assertCreated(corrected, path);

        JsonNode notes = Api.readAfter(http, path, corrected).getBody().get("items");
        assertThat(notes).hasSize(2);
        JsonNode latest = notes.get(0);
        JsonNode original = notes.get(1);
        assertThat(latest.get("noteId").asText()).isEqualTo(correction.toString());
        assertThat(latest.get("supersedes").asText()).isEqualTo(first.toString());
        assertThat(latest.get("authorId").asText()).isEqualTo(colleague.id().toString());
        assertThat(original.get("supersededBy").asText()).isEqualTo(correction.toString());
        assertThat(original.get("text").asText()).as("the original stays as written").isEqualTo("Mor ringede: Maja var syg mandag");
        assertThat(original.get("authorId").asText()).isEqualTo(PlansApi.ME.toString());

        long stored = Api.storedEvents(jdbc, "NoteWritten");
        assertRuleViolated(write(http, course.courseId(), """
                {"kind": "PHONE_CALL", "happenedAt": "%s", "text": "En anden rettelse", "supersedes": "%s"}"""
                .formatted(Instant.now(), first)), "corrects-the-latest");
        assertRuleViolated(write(http, course.courseId(), """
                {"kind": "PHONE_CALL", "happenedAt": "%s", "text": "Rettelse af en fremmed note", "supersedes": "%s"}"""
                .formatted(Instant.now(), UUID.randomUUID())), "corrects-a-note-of-the-journal");
        assertRuleViolated(write(http, course.courseId(), """
                {"kind": "DECISION", "happenedAt": "%s", "text": "Noget der ikke er sket endnu"}"""
                .formatted(Instant.now().plus(Duration.ofDays(2)))), "noted-after-the-fact");
        assertThat(Api.storedEvents(jdbc, "NoteWritten")).as("refused notes store nothing").isEqualTo(stored);
        // There is no way to change or delete a note.
        assertThat(api.send(HttpMethod.PUT, path + "/" + first, note("PHONE_CALL", "Ændret")).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(api.send(HttpMethod.DELETE, path + "/" + first, null).getStatusCode().is2xxSuccessful()).isFalse();
    }

    @Test
    void aNoteIsAboutAMeetingOfItsOwnCourseOnly() {
        PlansApi api = new PlansApi(http);
        PlansApi.ActiveCourse course = api.activeAdultCourse();
        PlansApi.ActiveCourse another = api.activeAdultCourse();
        UUID meeting = api.scheduleMeeting(course.courseId(), Instant.now().plus(Duration.ofDays(3)).toString(), course.tovholderId());
        UUID elsewhere = api.scheduleMeeting(another.courseId(), Instant.now().plus(Duration.ofDays(3)).toString(), another.tovholderId());

        ResponseEntity<JsonNode> about = write(http, course.courseId(), """
                {"kind": "MEETING", "happenedAt": "%s", "text": "Forberedelse af mødet", "meetingId": "%s"}"""
                .formatted(Instant.now(), meeting));
        UUID noteId = Api.assertCreated(about, "/courses/" + course.courseId() + "/journal");
        assertThat(Api.readAfter(http, "/courses/" + course.courseId() + "/journal/" + noteId, about).getBody().get("meetingId").asText())
                .isEqualTo(meeting.toString());
        assertRuleViolated(write(http, course.courseId(), """
                {"kind": "MEETING", "happenedAt": "%s", "text": "Et andet forløbs møde", "meetingId": "%s"}"""
                .formatted(Instant.now(), elsewhere)), "about-the-course");
        assertRuleViolated(write(http, course.courseId(), """
                {"kind": "DECISION", "happenedAt": "%s", "text": "En ukendt aftale", "agreementId": "%s"}"""
                .formatted(Instant.now(), UUID.randomUUID())), "about-the-course");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        PlansApi api = new PlansApi(http);
        PlansApi.ActiveCourse course = api.activeAdultCourse();
        long stored = Api.storedEvents(jdbc);
        assertProblem(write(http, course.courseId(), """
                {"kind": "HOME_VISIT", "happenedAt": "%s", "text": "  "}""".formatted(Instant.now())), HttpStatus.BAD_REQUEST, "text");
        assertProblem(write(http, course.courseId(), """
                {"happenedAt": "%s", "text": "Uden art"}""".formatted(Instant.now())), HttpStatus.BAD_REQUEST, "kind");
        assertProblem(write(http, course.courseId(), """
                {"kind": "GOSSIP", "happenedAt": "%s", "text": "Ukendt art"}""".formatted(Instant.now())), HttpStatus.BAD_REQUEST, "kind");
        assertProblem(write(http, course.courseId(), """
                {"kind": "HOME_VISIT", "text": "Uden tidspunkt"}"""), HttpStatus.BAD_REQUEST, "happenedAt");
        assertProblem(write(http, course.courseId(), """
                {"kind": "HOME_VISIT", "happenedAt": "%s", "text": "%s"}""".formatted(Instant.now(), "x".repeat(20_001))),
                HttpStatus.BAD_REQUEST, "text");
        assertThat(Api.storedEvents(jdbc)).isEqualTo(stored);
    }

    @Test
    void theYoungPersonAndAGuardianReadOnlyWhatWasSharedWithTheYoungPerson() {
        PlansApi api = new PlansApi(http);
        PlansApi.ActiveCourse course = api.activeAdultCourse();
        String path = "/courses/" + course.courseId() + "/journal";
        UUID teamOnly = Api.assertCreated(write(http, course.courseId(), note("INFORMATION_FROM_AUTHORITY", "Politiet har oplyst noget")), path);
        ResponseEntity<JsonNode> sharedWritten = write(http, course.courseId(), """
                {"kind": "CONVERSATION_WITH_YOUNG_PERSON", "happenedAt": "%s", "text": "Vi aftalte at du starter i praktik",
                 "sharedWithYoungPerson": true}""".formatted(Instant.now()));
        UUID shared = Api.assertCreated(sharedWritten, path);
        Api.readAfter(http, path, sharedWritten);

        var youngPerson = as(TestIdentity.youngPerson(course.citizenId()));
        JsonNode theirs = youngPerson.getForEntity(path, JsonNode.class).getBody();
        assertThat(ids(theirs)).containsExactly(shared.toString());
        assertThat(theirs.get("totalItems").asLong()).as("the total counts only what they may see").isEqualTo(1);
        assertThat(youngPerson.getForEntity(path + "/" + shared, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(youngPerson.getForEntity(path + "/" + teamOnly, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ids(http.getForEntity(path, JsonNode.class).getBody())).containsExactlyInAnyOrder(shared.toString(), teamOnly.toString());
        // The young person reads; they do not write the team's journal.
        assertThat(write(youngPerson, course.courseId(), note("DECISION", "Jeg bestemmer selv")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // Someone else's young person, and a professional off the team, read nothing.
        assertThat(as(TestIdentity.youngPerson(UUID.randomUUID())).getForEntity(path, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(TestIdentity.with("caseworker")).getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theTeamSearchesInDanishAndFindsOnlyNotesOfCoursesItWorksOn() {
        PlansApi api = new PlansApi(http);
        PlansApi.ActiveCourse mine = api.activeAdultCourse();
        String word = "zebra" + UUID.randomUUID().toString().substring(0, 6);
        ResponseEntity<JsonNode> written = write(http, mine.courseId(), note("HOME_VISIT",
                "Hjemmebesøget gik godt; " + word + " blev nævnt"));
        UUID noteId = Api.assertCreated(written, "/courses/" + mine.courseId() + "/journal");
        Api.readAfter(http, "/courses/" + mine.courseId() + "/journal", written);
        // A course the caller is not on, with the same word.
        TestIdentity other = new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_ARB", List.of());
        UUID citizen = api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(23)), "Anden Ung", PlansApi.needingSupport());
        UUID theirs = api.openCourse(citizen, "CITIZEN_WISH");
        api.tovholder(theirs, other.id(), "Anden", "C_ARB");
        ResponseEntity<JsonNode> elsewhere = write(as(other), theirs, note("HOME_VISIT", "Hjemmebesøg: " + word));
        assertThat(elsewhere.getStatusCode()).as(String.valueOf(elsewhere.getBody())).isEqualTo(HttpStatus.CREATED);
        Api.readAfter(as(other), "/courses/" + theirs + "/journal", elsewhere);

        // Danish stemming: "hjemmebesøg" finds "Hjemmebesøget".
        JsonNode found = http.getForEntity("/journal?q=hjemmebesøg " + word, JsonNode.class).getBody();
        assertThat(ids(found)).containsExactly(noteId.toString());
        assertThat(ids(as(other).getForEntity("/journal?q=" + word, JsonNode.class).getBody())).hasSize(1).doesNotContain(noteId.toString());
        assertThat(ids(http.getForEntity("/journal?q=" + word + " -hjemmebesøg", JsonNode.class).getBody())).isEmpty();
        assertProblem(http.exchange("/journal?q=", HttpMethod.GET, null, JsonNode.class), HttpStatus.BAD_REQUEST, "q");
        // The search is audited as a read about the young person whose note it returned.
        assertThat(jdbc.sql("SELECT count(*) FROM audit_trail WHERE action = 'GET /journal' AND citizen_id = ?")
                .param(mine.citizenId()).query(Long.class).single()).isPositive();
    }

    @Test
    void erasingTheYoungPersonErasesTheirNotesAndTheJournalTakesNoMore() {
        PlansApi api = new PlansApi(http);
        PlansApi.ActiveCourse course = api.activeAdultCourse();
        ResponseEntity<JsonNode> written = write(http, course.courseId(), note("HOME_VISIT", HOME_VISIT));
        Api.readAfter(http, "/courses/" + course.courseId() + "/journal", written);
        assertThat(as(TestIdentity.with("dpo")).postForEntity("/citizens/" + course.citizenId() + "/erasure", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                jdbc.sql("SELECT count(*) FROM journal_note WHERE course_id = ?").param(course.courseId()).query(Long.class).single() == 0);
        assertThat(Api.dataKeyErased(jdbc, course.courseId())).isTrue();
        long stored = Api.storedEvents(jdbc, "NoteWritten");
        assertThat(write(http, course.courseId(), note("PHONE_CALL", "Efter sletningen")).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(Api.storedEvents(jdbc, "NoteWritten")).isEqualTo(stored);
    }

    private static ResponseEntity<JsonNode> write(TestRestTemplate as, UUID courseId, String json) {
        return Api.post(as, "/courses/" + courseId + "/journal", json);
    }

    private static String note(String kind, String text) {
        return """
                {"kind": "%s", "happenedAt": "%s", "text": "%s"}""".formatted(kind, Instant.now().minusSeconds(60), text);
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(note -> note.get("noteId").asText()).toList();
    }
}
