package dk.sammen.analytics.projection;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.test.RefusedRows;
import dk.sammen.platform.test.ServiceApiTest;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer the database keeps turning away (here a serialization failure, SQLSTATE 40001, on
 * every write of the timeline, as under a conflict that does not clear) is a failure of the world:
 * nothing is parked, the record waits, and within the stall limit (five seconds in tests, a
 * minute by default) health says DEGRADED with the record it fails on and the gauge says 1; once
 * the database takes writes again, the record goes through and all is well again.
 */
class StalledConsumerTest extends ServiceApiTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Value("${sammen.analytics.consumer-group}")
    String consumer;

    @Test
    void aConsumerTheDatabaseKeepsRefusingIsReportedStalledAndCarriesOnWhenItTakesWritesAgain() {
        UUID courseId = UUID.randomUUID();
        try (var refused = RefusedRows.all(jdbc, "timeline_entry", "40001", "could not serialize access")) {
            CloudEvent opened = IntegrationEventEnvelope.wrap(new CourseOpenedV1(courseId, UUID.randomUUID(),
                    CourseOfferReason.CITIZEN_WISH, Instant.now()), UUID.randomUUID().toString(), URI.create("/sammen/plans"), Instant.now());
            kafka.send(new ProducerRecord<>(topic(Topics.PLANS), courseId.toString(), opened)).join();

            await("reported stalled").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                    "DEGRADED".equals(pipeline().path("status").asText()));
            JsonNode stalled = pipeline().get("details").get("kafka:" + consumer);
            assertThat(stalled.get("status").asText()).isEqualTo("stalled");
            assertThat(stalled.get("failingOn").get("topic").asText()).isEqualTo(topic(Topics.PLANS));
            assertThat(stalled.get("failingOn").get("type").asText()).isEqualTo("dk.sammen.plans.course-opened.v1");
            assertThat(stalled.get("failingOn").get("cause").asText()).contains("could not serialize access");
            assertThat(anonymous().getForEntity("/actuator/health", String.class).getStatusCode())
                    .as("DEGRADED is still an answer").isEqualTo(HttpStatus.OK);
            assertThat(anonymous().getForEntity("/actuator/health/readiness", String.class).getStatusCode())
                    .as("and the pod stays in its Service").isEqualTo(HttpStatus.OK);
            await().atMost(Duration.ofSeconds(10)).until(() -> prometheus().contains(
                    "sammen_pipeline_stalled{application=\"analytics\",consumer=\"" + consumer + "\",kind=\"kafka\"} 1.0"));
            assertThat(jdbc.sql("SELECT count(*) FROM parked_record WHERE event_id = ?").param(opened.getId())
                    .query(Long.class).single()).as("a failure of the world parks nothing").isZero();
        }
        await("through once the database takes writes").atMost(Duration.ofSeconds(30)).until(() -> timelineSize(courseId) == 1);
        await("well again").atMost(Duration.ofSeconds(10)).until(() -> "UP".equals(pipeline().path("status").asText()));
    }

    private JsonNode pipeline() {
        return anonymous().getForObject("/actuator/health", JsonNode.class).path("components").path("eventPipeline");
    }

    private String prometheus() {
        return anonymous().getForObject("/actuator/prometheus", String.class);
    }

    private int timelineSize(UUID courseId) {
        ResponseEntity<JsonNode> timeline = http.getForEntity("/courses/" + courseId + "/timeline", JsonNode.class);
        return timeline.getStatusCode() == HttpStatus.OK ? timeline.getBody().get("totalItems").asInt() : 0;
    }
}
