package dk.sammen.plans;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.TestIdentity;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The plans API as a front end drives it, for tests that walk through a course. */
public final class PlansApi {

    /** Serials handed out in turn, so two people born the same day in one test run never share a number. */
    private static final AtomicInteger SERIALS = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 1000));

    /** The caseworker the tests act as ({@link TestIdentity#CASEWORKER_ID}): on a course only where a test puts them. */
    public static final UUID ME = TestIdentity.CASEWORKER_ID;

    private final TestRestTemplate http;

    /**
     * How many stored events the relay publishes at least: every one but a course's erasure and a
     * comment on the plan (words only, nothing for another service), which stay inside plans, and
     * the registration of someone erased since, which the relay may have reached too late.
     */
    public static long publishedEvents(JdbcClient jdbc) {
        // A registration the relay reaches only after the person's erasure has no birth month left to publish:
        // published or not depends on who was first, so neither is counted.
        long registrationsOfErased = jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry e JOIN data_key k ON k.subject_id::text = e.aggregate_identifier
                        WHERE k.wrapped_keyset IS NULL AND e.payload_type LIKE '%CitizenRegistered'""")
                .query(Long.class).single();
        // An updated situation leaves the service only when the category changed.
        long sameCategory = jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%SituationUpdated'
                        AND convert_from(payload, 'UTF8')::jsonb ->> 'targetGroup' = convert_from(payload, 'UTF8')::jsonb ->> 'previousTargetGroup'""")
                .query(Long.class).single();
        // The journal is the team's own record (notatpligt) and never leaves the service.
        return Api.storedEvents(jdbc) - Api.storedEvents(jdbc, "CourseErased") - Api.storedEvents(jdbc, "CommentAdded")
                - Api.storedEvents(jdbc, "NoteWritten") - Api.storedEvents(jdbc, "DocumentAttached") - registrationsOfErased - sameCategory;
    }

    /** Referrals' event on its topic, as referrals publishes it (intake's decision, a received underretning, an identity). */
    public static void fromReferrals(KafkaTemplate<String, CloudEvent> kafka, String referralsTopic, IntegrationEvent published) {
        CloudEvent event = IntegrationEventEnvelope.wrap(published, UUID.randomUUID().toString(), URI.create("/sammen/referrals"), Instant.now());
        try {
            kafka.send(new ProducerRecord<>(referralsTopic, published.partitionKey(), event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public PlansApi(TestRestTemplate http) {
        this.http = http;
    }

    /** A CPR number no other test uses, for a person born on {@code born}. */
    public static String cprBornOn(LocalDate born) {
        int year = born.getYear();
        int seventh = year >= 2000 ? 4 : ThreadLocalRandom.current().nextInt(0, 4);
        int serial = SERIALS.getAndIncrement() % 1000;
        return born.format(DateTimeFormatter.ofPattern("ddMMyy")) + "-" + seventh + "%03d".formatted(serial);
    }

    public UUID registerCitizen(String cpr, String name, String situation) {
        ResponseEntity<JsonNode> response = Api.post(http, "/citizens", """
                {"cpr": "%s", "name": "%s", "situation": %s}""".formatted(cpr, name, situation));
        return Api.assertCreated(response, "/citizens");
    }

    public static String inSchool(int grade, int absencePercent) {
        return """
                {"schoolGrade": %d, "schoolAbsencePercent": %d, "needsSupportTowardsEducationOrJob": false,
                 "completedEducation": "NONE", "inEducation": true, "employed": false}""".formatted(grade, absencePercent);
    }

    public static String needingSupport() {
        return """
                {"needsSupportTowardsEducationOrJob": true, "completedEducation": "NONE", "inEducation": false, "employed": false}""";
    }

    public UUID openCourse(UUID citizenId, String reason) {
        return Api.assertCreated(Api.post(http, "/courses", """
                {"citizenId": "%s", "reason": "%s"}""".formatted(citizenId, reason)), "/courses");
    }

    public ResponseEntity<JsonNode> send(HttpMethod method, String path, String json) {
        return Api.send(http, method, path, json, null);
    }

    public ResponseEntity<JsonNode> send(HttpMethod method, String path, String json, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setIfMatch(ifMatch);
        return Api.send(http, method, path, json, headers);
    }

    /** Sends a change that must succeed; returns the new ETag. */
    public String change(HttpMethod method, String path, String json) {
        ResponseEntity<JsonNode> response = send(method, path, json);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " -> " + response.getBody()).isTrue();
        return response.getHeaders().getETag();
    }

    /** Sends a creating change that must succeed; returns the new part's id. */
    public UUID create(String path, String json) {
        ResponseEntity<JsonNode> response = send(HttpMethod.POST, path, json);
        return Api.assertCreated(response, path);
    }

    /** The one-plan view once the projection has caught up with {@code etag} (the version a change answered). */
    public JsonNode planAt(UUID courseId, String etag) {
        await().atMost(Duration.ofSeconds(10)).until(() -> etag.equals(http.getForEntity("/courses/" + courseId, JsonNode.class)
                .getHeaders().getETag()));
        ResponseEntity<JsonNode> plan = http.getForEntity("/courses/" + courseId, JsonNode.class);
        assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.OK);
        return plan.getBody();
    }

    public String tovholder(UUID courseId, UUID professionalId, String name, String centre) {
        return change(HttpMethod.PUT, "/courses/" + courseId + "/tovholder", """
                {"professionalId": "%s", "name": "%s", "role": "CASEWORKER", "centre": "%s"}""".formatted(professionalId, name, centre));
    }

    public String member(UUID courseId, UUID memberId, String name, String role, String affiliation) {
        return change(HttpMethod.POST, "/courses/" + courseId + "/team", """
                {"memberId": "%s", "name": "%s", "role": "%s", "affiliation": "%s"}""".formatted(memberId, name, role, affiliation));
    }

    /** Puts the test's caseworker on the course's team, so they keep working on it when others hold the tovholder role. */
    public String joinTeam(UUID courseId) {
        return member(courseId, ME, "Test Rådgiver", "CASEWORKER", "C_SS");
    }

    public UUID goal(UUID courseId, String area, String words, UUID responsibleId) {
        return create("/courses/" + courseId + "/goals", """
                {"area": "%s", "inOwnWords": "%s", "how": "Sammen med teamet", "responsibleId": "%s", "byWhen": "%s"}"""
                .formatted(area, words, responsibleId, LocalDate.now().plusMonths(6)));
    }

    public String consent(UUID courseId, String givenBy, UUID guardianId, String centres) {
        return change(HttpMethod.POST, "/courses/" + courseId + "/consents", """
                {"givenBy": "%s", "guardianId": %s, "sharedWith": %s}""".formatted(givenBy,
                guardianId == null ? "null" : "\"" + guardianId + "\"", centres));
    }

    public String activate(UUID courseId) {
        return change(HttpMethod.POST, "/courses/" + courseId + "/activation", null);
    }

    public UUID scheduleMeeting(UUID courseId, String when, UUID... invited) {
        StringBuilder ids = new StringBuilder();
        for (UUID id : invited) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(id).append('"');
        }
        return create("/courses/" + courseId + "/meetings", """
                {"scheduledFor": "%s", "invitedMemberIds": [%s]}""".formatted(when, ids));
    }

    /**
     * A meeting that has just begun, so its minutes can be recorded: scheduled a moment ahead (a
     * meeting is scheduled for a time to come) and waited for.
     */
    public UUID meetingBegun(UUID courseId, UUID... invited) {
        Instant begins = Instant.now().plusMillis(800);
        UUID meetingId = scheduleMeeting(courseId, begins.toString(), invited);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).until(() -> Instant.now().isAfter(begins));
        return meetingId;
    }

    /** A course an adult has consented to, with a tovholder and a community goal, activated. */
    public ActiveCourse activeAdultCourse() {
        UUID citizenId = registerCitizen(cprBornOn(LocalDate.now().minusYears(22)), "Maria Test", needingSupport());
        UUID courseId = openCourse(citizenId, "PROFESSIONAL_RISK_INDICATORS");
        UUID tovholderId = ME;
        consent(courseId, "YOUNG_PERSON", null, "[\"C_SS\", \"C_ARB\"]");
        tovholder(courseId, tovholderId, "Lene Holm", "C_SS");
        goal(courseId, "GENERAL_COMMUNITY", "Være med i et fællesskab", citizenId);
        String etag = activate(courseId);
        return new ActiveCourse(citizenId, courseId, tovholderId, etag);
    }

    public record ActiveCourse(UUID citizenId, UUID courseId, UUID tovholderId, String etag) {
    }
}
