package dk.sammen.plans.course;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.EventSchemas;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.platform.test.TestInfrastructure;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TopicReader;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.post;
import static dk.sammen.platform.test.Api.storedEventId;
import static dk.sammen.platform.test.Api.storedEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CourseApiTest extends ServiceApiTest {

    @Test
    void anOpenedCourseCanBeReadAndIsPublishedAsAConformingCloudEvent() {
        UUID citizenId = UUID.randomUUID();

        UUID courseId = assertCreated(post(http, "/courses", """
                {"citizenId": "%s", "reason": "HIGH_SCHOOL_ABSENCE"}""".formatted(citizenId)), "/courses");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.getForEntity("/courses/" + courseId, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK));
        ResponseEntity<JsonNode> read = http.getForEntity("/courses/" + courseId, JsonNode.class);
        assertThat(read.getBody().get("citizenId").asText()).isEqualTo(citizenId.toString());
        assertThat(read.getBody().get("reason").asText()).isEqualTo("HIGH_SCHOOL_ABSENCE");
        assertThat(read.getBody().get("status").asText()).isEqualTo("OFFERED");
        assertThat(read.getHeaders().getETag()).isEqualTo("\"0\"");

        JsonNode list = http.getForObject("/courses?citizenId=" + citizenId, JsonNode.class);
        assertThat(list.get("totalItems").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("courseId").asText()).isEqualTo(courseId.toString());

        ConsumerRecord<String, CloudEvent> record = TopicReader.firstWithKey(topic(Topics.PLANS), courseId.toString());
        CloudEvent event = record.value();
        String type = EventContracts.typeOf(CourseOpenedV1.class);
        assertThat(event.getType()).isEqualTo(type);
        assertThat(event.getSource()).hasToString("/sammen/plans");
        assertThat(event.getSubject()).isEqualTo(courseId.toString());
        assertThat(event.getTime()).isNotNull();
        assertThat(event.getDataSchema()).isEqualTo(EventContracts.dataSchema(type));
        assertThat(event.getId()).isEqualTo(storedEventId(jdbc, courseId));
        assertThat(EventSchemas.violations(type, event.getData().toBytes())).isEmpty();
        assertThat(EventCodec.decode(event.getData().toBytes(), CourseOpenedV1.class).citizenId()).isEqualTo(citizenId);
    }

    @Test
    void everyEventOnThePlansTopicConformsToItsSchema() {
        post(http, "/courses", """
                {"citizenId": "%s", "reason": "CITIZEN_WISH"}""".formatted(UUID.randomUUID()));
        long stored = storedEvents(jdbc);

        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.read(
                TestInfrastructure.kafka().bootstrapServers(), topic(Topics.PLANS),
                read -> read.size() >= stored, Duration.ofSeconds(20));

        assertThat(records).hasSizeGreaterThanOrEqualTo((int) stored);
        for (var record : records) {
            assertThat(EventSchemas.violations(record.value().getType(), record.value().getData().toBytes()))
                    .as(record.value().getType()).isEmpty();
        }
    }

    @Test
    void aMissingFieldIsNamedAndNothingIsStored() {
        long before = storedEvents(jdbc);

        ResponseEntity<JsonNode> response = post(http, "/courses", """
                {"citizenId": "%s"}""".formatted(UUID.randomUUID()));

        assertProblem(response, HttpStatus.BAD_REQUEST, "reason");
        assertThat(storedEvents(jdbc)).isEqualTo(before);
    }

    @Test
    void aValueOfTheWrongTypeIsNamedAndNothingIsStored() {
        long before = storedEvents(jdbc);

        ResponseEntity<JsonNode> badId = post(http, "/courses", """
                {"citizenId": 42, "reason": "HIGH_SCHOOL_ABSENCE"}""");
        ResponseEntity<JsonNode> badReason = post(http, "/courses", """
                {"citizenId": "%s", "reason": "BECAUSE"}""".formatted(UUID.randomUUID()));
        ResponseEntity<JsonNode> notJson = post(http, "/courses", "{\"citizenId\": ");

        assertProblem(badId, HttpStatus.BAD_REQUEST, "citizenId");
        assertProblem(badReason, HttpStatus.BAD_REQUEST, "reason");
        assertThat(badReason.getBody().get("errors").get(0).get("message").asText()).contains("CITIZEN_WISH");
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(storedEvents(jdbc)).isEqualTo(before);
    }

    @Test
    void anUnknownCourseIsANotFoundProblemNamingTheId() {
        assertProblem(http.getForEntity("/courses/" + UUID.randomUUID(), JsonNode.class), HttpStatus.NOT_FOUND, "courseId");
        assertProblem(http.getForEntity("/courses/not-a-uuid", JsonNode.class), HttpStatus.BAD_REQUEST, "courseId");
    }

    @Test
    void listsArePagedAndBadPagingIsNamed() {
        UUID citizenId = UUID.randomUUID();
        String body = """
                {"citizenId": "%s", "reason": "LACK_OF_EXPECTED_PROGRESSION"}""".formatted(citizenId);
        UUID first = assertCreated(post(http, "/courses", body), "/courses");
        UUID second = assertCreated(post(http, "/courses", body), "/courses");
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
}
