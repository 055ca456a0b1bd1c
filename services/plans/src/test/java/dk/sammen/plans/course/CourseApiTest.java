package dk.sammen.plans.course;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.EventSchemas;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import dk.sammen.platform.test.TopicReader;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.metric;
import static dk.sammen.platform.test.Api.post;
import static dk.sammen.platform.test.Api.send;
import static dk.sammen.platform.test.Api.storedEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

// Metrics are exported in this test (Spring Boot's tests leave the Prometheus endpoint out otherwise).
class CourseApiTest extends ServiceApiTest {

    private PlansApi api() {
        return new PlansApi(http);
    }

    private UUID citizen() {
        return api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(15)), "Sofie Test", PlansApi.inSchool(8, 30));
    }

    @Test
    void anOpenedCourseCanBeReadAndIsPublishedAsAConformingCloudEvent() {
        UUID citizenId = citizen();

        UUID courseId = api().openCourse(citizenId, "HIGH_SCHOOL_ABSENCE");

        JsonNode plan = api().planAt(courseId, "\"0\"");
        assertThat(plan.get("citizenId").asText()).isEqualTo(citizenId.toString());
        assertThat(plan.get("reason").asText()).isEqualTo("HIGH_SCHOOL_ABSENCE");
        assertThat(plan.get("status").asText()).isEqualTo("OFFERED");
        JsonNode list = http.getForObject("/courses?citizenId=" + citizenId, JsonNode.class);
        assertThat(list.get("totalItems").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("courseId").asText()).isEqualTo(courseId.toString());

        CloudEvent event = TopicReader.firstWithKey(topic(Topics.PLANS), courseId.toString()).value();
        String type = EventContracts.typeOf(CourseOpenedV1.class);
        assertThat(event.getType()).isEqualTo(type);
        assertThat(event.getSource()).hasToString("/sammen/plans");
        assertThat(event.getSubject()).isEqualTo(courseId.toString());
        assertThat(event.getDataSchema()).isEqualTo(EventContracts.dataSchema(type));
        assertThat(EventSchemas.violations(type, event.getData().toBytes())).isEmpty();
        assertThat(EventCodec.decode(event.getData().toBytes(), CourseOpenedV1.class).citizenId()).isEqualTo(citizenId);
    }

    /** Operators see courses by stage and the relay's lag on /actuator/prometheus. */
    @Test
    void coursesByStageAndTheRelayLagAreMetrics() {
        long offered = offeredCourses();
        api().openCourse(citizen(), "CITIZEN_WISH");

        await().atMost(Duration.ofSeconds(10)).until(() -> offeredCourses() == offered + 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> metric(http, "sammen_relay_lag_events", "") == 0);
    }

    private long offeredCourses() {
        return metric(http, "sammen_plans_courses", "stage=\"OFFERED\"");
    }

    @Test
    void aCourseForAnUnregisteredCitizenIsANotFoundProblemAndStoresNothing() {
        long before = storedEvents(jdbc, "CourseOpened");
        assertProblem(post(http, "/courses", """
                {"citizenId": "%s", "reason": "CITIZEN_WISH"}""".formatted(UUID.randomUUID())), HttpStatus.NOT_FOUND, "citizenId");
        assertThat(storedEvents(jdbc, "CourseOpened")).isEqualTo(before);
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyOpensOneCourse() {
        UUID citizenId = citizen();
        String body = """
                {"citizenId": "%s", "reason": "CITIZEN_WISH"}""".formatted(citizenId);
        HttpHeaders key = new HttpHeaders();
        key.set("Idempotency-Key", UUID.randomUUID().toString());

        ResponseEntity<JsonNode> first = send(http, HttpMethod.POST, "/courses", body, key);
        ResponseEntity<JsonNode> retry = send(http, HttpMethod.POST, "/courses", body, key);
        ResponseEntity<JsonNode> otherBody = send(http, HttpMethod.POST, "/courses", body.replace("CITIZEN_WISH", "HIGH_SCHOOL_ABSENCE"), key);

        UUID courseId = assertCreated(first, "/courses");
        assertThat(assertCreated(retry, "/courses")).isEqualTo(courseId);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertProblem(otherBody, HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.getForObject("/courses?citizenId=" + citizenId, JsonNode.class).get("totalItems").asInt() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM course_citizen WHERE citizen_id = ?").param(citizenId).query(Long.class).single())
                .as("courses opened for the young person, as stored").isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyIsTheCallersAndLastsADay() {
        // A young person of their own for each course: a young person has one open course at a time.
        String body = """
                {"citizenId": "%s", "reason": "CITIZEN_WISH"}""";
        HttpHeaders key = new HttpHeaders();
        key.set("Idempotency-Key", "the-same-key-" + UUID.randomUUID());
        UUID mine = assertCreated(send(http, HttpMethod.POST, "/courses", body.formatted(citizen()), key), "/courses");

        // Another caseworker's front end happens to pick the same key: they get a course of their own.
        ResponseEntity<JsonNode> theirs = send(as(TestIdentity.with("caseworker")), HttpMethod.POST, "/courses", body.formatted(citizen()), key);
        assertThat(assertCreated(theirs, "/courses")).isNotEqualTo(mine);
        assertThat(theirs.getHeaders().getFirst("Idempotent-Replayed")).isNull();

        // A day later the key is new again.
        jdbc.sql("UPDATE idempotency_key SET created_at = created_at - interval '25 hours' WHERE key = ?")
                .param(key.getFirst("Idempotency-Key")).update();
        ResponseEntity<JsonNode> later = send(http, HttpMethod.POST, "/courses", body.formatted(citizen()), key);
        assertThat(assertCreated(later, "/courses")).isNotEqualTo(mine);
        assertThat(later.getHeaders().getFirst("Idempotent-Replayed")).isNull();
    }

    @Test
    void concurrentEditsAreDetectedWithIfMatchAndNeverSilentlyLost() {
        UUID courseId = api().openCourse(citizen(), "CITIZEN_WISH");
        String read = "\"0\"";
        api().planAt(courseId, read); // both editors read the freshly opened course

        ResponseEntity<JsonNode> mine = api().send(HttpMethod.POST, "/courses/" + courseId + "/consents", """
                {"givenBy": "YOUNG_PERSON", "sharedWith": ["C_SIK"]}""", read);
        ResponseEntity<JsonNode> theirs = api().send(HttpMethod.POST, "/courses/" + courseId + "/consents", """
                {"givenBy": "YOUNG_PERSON", "sharedWith": ["C_BUR"]}""", read);
        ResponseEntity<JsonNode> badTag = api().send(HttpMethod.POST, "/courses/" + courseId + "/activation", null, "W/\"x\"");

        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(mine.getHeaders().getETag()).isEqualTo("\"1\"");
        assertProblem(theirs, HttpStatus.PRECONDITION_FAILED, "If-Match");
        assertProblem(badTag, HttpStatus.BAD_REQUEST, "If-Match");
        JsonNode plan = api().planAt(courseId, "\"1\"");
        assertThat(plan.get("consents")).hasSize(1);
        assertThat(plan.get("sharedWith").get(0).asText()).isEqualTo("C_SIK");
    }

    /**
     * A front end names the version it shows with every change: without If-Match the change is
     * refused (428 naming it) and nothing is stored; "*" is the deliberate "whatever is there".
     */
    @Test
    void aChangeThatNamesNoVersionIsRefusedAndStoresNothing() {
        UUID courseId = api().openCourse(citizen(), "CITIZEN_WISH");
        var frontEnd = asFrontEnd(me());
        long stored = Api.storedEvents(jdbc);
        String consent = """
                {"givenBy": "YOUNG_PERSON", "sharedWith": ["C_SIK"]}""";

        ResponseEntity<JsonNode> unnamed = Api.send(frontEnd, HttpMethod.POST, "/courses/" + courseId + "/consents", consent, null);
        assertThat(unnamed.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
        assertThat(unnamed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unnamed.getBody().get("errors").findValuesAsText("field")).containsExactly("If-Match");
        assertThat(Api.send(frontEnd, HttpMethod.PUT, "/courses/" + courseId + "/tovholder", """
                {"professionalId": "%s", "name": "Ny", "role": "CASEWORKER", "centre": "C_SS"}""".formatted(UUID.randomUUID()), null)
                .getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
        assertThat(Api.storedEvents(jdbc)).as("nothing stored").isEqualTo(stored);

        HttpHeaders named = new HttpHeaders();
        named.setIfMatch("\"0\"");
        assertThat(Api.send(frontEnd, HttpMethod.POST, "/courses/" + courseId + "/consents", consent, named).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        HttpHeaders any = new HttpHeaders();
        any.setIfMatch("*");
        assertThat(Api.send(frontEnd, HttpMethod.POST, "/courses/" + courseId + "/consents", """
                {"givenBy": "YOUNG_PERSON", "sharedWith": ["C_BUR"]}""", any).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        // A new course names no version: there is none yet.
        assertThat(Api.send(frontEnd, HttpMethod.POST, "/courses", """
                {"citizenId": "%s", "reason": "CITIZEN_WISH"}""".formatted(citizen()), null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aMissingOrMistypedFieldIsNamedAndNothingIsStored() {
        long before = storedEvents(jdbc, "CourseOpened");

        ResponseEntity<JsonNode> missing = post(http, "/courses", """
                {"citizenId": "%s"}""".formatted(UUID.randomUUID()));
        ResponseEntity<JsonNode> badId = post(http, "/courses", """
                {"citizenId": 42, "reason": "HIGH_SCHOOL_ABSENCE"}""");
        ResponseEntity<JsonNode> badReason = post(http, "/courses", """
                {"citizenId": "%s", "reason": "BECAUSE"}""".formatted(UUID.randomUUID()));
        ResponseEntity<JsonNode> notJson = post(http, "/courses", "{\"citizenId\": ");

        assertProblem(missing, HttpStatus.BAD_REQUEST, "reason");
        assertProblem(badId, HttpStatus.BAD_REQUEST, "citizenId");
        assertProblem(badReason, HttpStatus.BAD_REQUEST, "reason");
        assertThat(badReason.getBody().get("errors").get(0).get("message").asText()).contains("CITIZEN_WISH");
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(storedEvents(jdbc, "CourseOpened")).isEqualTo(before);
    }

    @Test
    void anUnknownCourseIsANotFoundProblemNamingTheId() {
        assertProblem(http.getForEntity("/courses/" + UUID.randomUUID(), JsonNode.class), HttpStatus.NOT_FOUND, "courseId");
        assertProblem(http.getForEntity("/courses/not-a-uuid", JsonNode.class), HttpStatus.BAD_REQUEST, "courseId");
        // A change to a course that was never opened, too.
        assertProblem(api().send(HttpMethod.POST, "/courses/" + UUID.randomUUID() + "/activation", null, "\"0\""),
                HttpStatus.NOT_FOUND, "courseId");
    }

    @Test
    void listsArePagedAndBadPagingIsNamed() {
        UUID citizenId = citizen();
        UUID first = api().openCourse(citizenId, "LACK_OF_EXPECTED_PROGRESSION");
        api().change(HttpMethod.POST, "/courses/" + first + "/closure", """
                {"outcome": "DECLINED"}"""); // one open course at a time
        UUID second = api().openCourse(citizenId, "CITIZEN_WISH");
        String ofCitizen = "/courses?citizenId=" + citizenId + "&size=1";
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.getForObject(ofCitizen, JsonNode.class).get("totalItems").asInt() == 2);

        JsonNode page0 = http.getForObject(ofCitizen + "&page=0", JsonNode.class);
        JsonNode page1 = http.getForObject(ofCitizen + "&page=1", JsonNode.class);

        assertThat(page0.get("items")).hasSize(1);
        assertThat(page0.get("totalPages").asInt()).isEqualTo(2);
        assertThat(List.of(page0.get("items").get(0).get("courseId").asText(), page1.get("items").get(0).get("courseId").asText()))
                .containsExactlyInAnyOrder(first.toString(), second.toString());
        assertProblem(http.getForEntity("/courses?size=0", JsonNode.class), HttpStatus.BAD_REQUEST, "size");
        assertProblem(http.getForEntity("/courses?size=501", JsonNode.class), HttpStatus.BAD_REQUEST, "size");
    }

    @Test
    void everyEventOnThePlansTopicConformsToItsSchema() {
        PlansApi.ActiveCourse course = api().activeAdultCourse();
        long stored = PlansApi.publishedEvents(jdbc);

        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.read(
                dk.sammen.platform.test.TestInfrastructure.kafka().bootstrapServers(), topic(Topics.PLANS),
                // The count alone can be reached early: the topic also holds what was published about people erased since.
                read -> read.size() >= stored && read.stream().anyMatch(r -> course.courseId().toString().equals(r.key())),
                Duration.ofSeconds(20));

        assertThat(records).hasSizeGreaterThanOrEqualTo((int) stored);
        assertThat(records).anySatisfy(r -> assertThat(r.key()).isEqualTo(course.courseId().toString()));
        for (var record : records) {
            assertThat(EventSchemas.violations(record.value().getType(), record.value().getData().toBytes()))
                    .as(record.value().getType()).isEmpty();
        }
    }
}
