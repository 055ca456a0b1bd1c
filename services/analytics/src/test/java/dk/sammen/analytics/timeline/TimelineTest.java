package dk.sammen.analytics.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.analytics.identity.PersonIds;
import dk.sammen.analytics.projection.Rebuilds;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.events.referrals.UnderretningReceivedV1;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.test.ServiceApiTest;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Analytics fed the way production feeds it: CloudEvents on the real topics of a real broker. */
class TimelineTest extends ServiceApiTest {

    private static final URI PLANS = URI.create("/sammen/plans");
    private static final URI REFERRALS = URI.create("/sammen/referrals");

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Autowired
    PersonIds people;

    @Autowired
    Rebuilds rebuilds;

    @Test
    void aYoungPersonsTimelineJoinsEventsFromSeveralServicesInOrder() {
        UUID citizenId = UUID.randomUUID();
        UUID courseId = UUID.randomUUID();
        Instant t0 = Instant.parse("2023-01-10T09:00:00Z");

        publish(Topics.REFERRALS, REFERRALS, t0, new UnderretningReceivedV1(UUID.randomUUID(), citizenId, ReporterKind.SCHOOL,
                Set.of(ConcernCategory.ABSENCE), IntakeChannel.DIGITAL_FORM, t0));
        publish(Topics.PLANS, PLANS, t0.plusSeconds(3600), new CourseOpenedV1(courseId, citizenId,
                CourseOfferReason.HIGH_SCHOOL_ABSENCE, t0.plusSeconds(3600)));

        JsonNode citizen = awaitTimeline("/citizens/" + citizenId + "/timeline", 2);
        assertThat(citizen.get("items").findValuesAsText("eventType")).containsExactly(
                "dk.sammen.referrals.underretning-received.v1", "dk.sammen.plans.course-opened.v1");

        JsonNode course = awaitTimeline("/courses/" + courseId + "/timeline", 1);
        JsonNode opened = course.get("items").get(0);
        assertThat(opened.get("citizenId").asText()).as("analytics' own id of them").isEqualTo(people.of(citizenId).toString())
                .isNotEqualTo(citizenId.toString());
        assertThat(opened.get("data").get("reason").asText()).isEqualTo("HIGH_SCHOOL_ABSENCE");
        assertThat(opened.get("source").asText()).isEqualTo("/sammen/plans");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID courseId = UUID.randomUUID();
        Instant now = Instant.now();
        CloudEvent opened = IntegrationEventEnvelope.wrap(new CourseOpenedV1(courseId, UUID.randomUUID(),
                CourseOfferReason.CITIZEN_WISH, now), UUID.randomUUID().toString(), PLANS, now);
        send(Topics.PLANS, courseId.toString(), opened);
        awaitTimeline("/courses/" + courseId + "/timeline", 1);
        String before = snapshot();

        send(Topics.PLANS, courseId.toString(), opened);
        // A later record with the same key lands on the same partition after the redelivery, so
        // once it is projected, the redelivery has been consumed too.
        CloudEvent later = IntegrationEventEnvelope.wrap(new CourseOpenedV1(courseId, UUID.randomUUID(),
                CourseOfferReason.CITIZEN_WISH, now), UUID.randomUUID().toString(), PLANS, now.plusSeconds(1));
        send(Topics.PLANS, courseId.toString(), later);
        awaitTimeline("/courses/" + courseId + "/timeline", 2);

        assertThat(snapshot(later.getId())).isEqualTo(before);
    }

    @Test
    void aRebuiltTimelineEqualsTheLiveOne() {
        UUID citizenId = UUID.randomUUID();
        Instant t0 = Instant.parse("2019-03-04T09:15:00Z");
        for (int i = 0; i < 5; i++) {
            UUID courseId = UUID.randomUUID();
            publish(Topics.PLANS, PLANS, t0.plusSeconds(i), new CourseOpenedV1(courseId, citizenId,
                    CourseOfferReason.PROFESSIONAL_RISK_INDICATORS, t0.plusSeconds(i)));
            publish(Topics.REFERRALS, REFERRALS, t0.plusSeconds(i), new UnderretningReceivedV1(UUID.randomUUID(), citizenId,
                    ReporterKind.OWN_DOCTOR, Set.of(ConcernCategory.MENTAL_HEALTH), IntakeChannel.LETTER, t0.plusSeconds(i)));
        }
        awaitTimeline("/citizens/" + citizenId + "/timeline", 10);
        String live = snapshot();
        long liveRows = jdbc.sql("SELECT count(*) FROM timeline_entry").query(Long.class).single();

        // Damage the live projection, so only a rebuild from the log can make it whole again.
        jdbc.sql("DELETE FROM timeline_entry WHERE event_id IN (SELECT event_id FROM timeline_entry LIMIT 3)").update();
        jdbc.sql("UPDATE timeline_entry SET citizen_id = NULL").update();
        assertThat(snapshot()).isNotEqualTo(live);

        ResponseEntity<JsonNode> accepted = http.postForEntity("/rebuilds", null, JsonNode.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        URI status = accepted.getHeaders().getLocation();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                !"RUNNING".equals(http.getForObject(status, JsonNode.class).get("state").asText()));

        JsonNode rebuild = http.getForObject(status, JsonNode.class);
        assertThat(rebuild.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(rebuild.get("eventsReplayed").asLong()).isGreaterThanOrEqualTo(liveRows);
        assertThat(snapshot()).isEqualTo(live);

        // The live consumer runs again after the rebuild.
        UUID after = UUID.randomUUID();
        publish(Topics.PLANS, PLANS, Instant.now(), new CourseOpenedV1(after, citizenId, CourseOfferReason.CITIZEN_WISH, Instant.now()));
        awaitTimeline("/courses/" + after + "/timeline", 1);
    }

    @Test
    void aRebuildCutOffByARestartDoesNotBlockTheNextOne() {
        UUID cutOff = UUID.randomUUID();
        jdbc.sql("INSERT INTO projection_rebuild (rebuild_id, state, requested_at) VALUES (?, 'RUNNING', now())")
                .param(cutOff).update();

        rebuilds.failAbandonedRebuilds(); // what analytics does when it starts again

        JsonNode cutOffStatus = http.getForObject("/rebuilds/" + cutOff, JsonNode.class);
        assertThat(cutOffStatus.get("state").asText()).isEqualTo("FAILED");
        JsonNode next = http.postForEntity("/rebuilds", null, JsonNode.class).getBody();
        assertThat(next.get("rebuildId").asText()).isNotEqualTo(cutOff.toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(
                http.getForObject("/rebuilds/" + next.get("rebuildId").asText(), JsonNode.class).get("state").asText()));
    }

    /**
     * Two replicas: the one that runs a rebuild holds its lock in PostgreSQL, so a second replica
     * starting, or asked for a rebuild, neither fails it nor starts another; when the first dies
     * (its connection ends with it) the next request fails the orphan and starts afresh.
     */
    @Test
    void aRebuildAnotherReplicaRunsIsNeitherFailedNorStartedTwiceAndIsFreedWhenThatReplicaDies() throws SQLException {
        UUID elsewhere = UUID.randomUUID();
        try (Connection otherReplica = anotherReplicasConnection()) {
            otherReplica.createStatement().execute("SELECT pg_advisory_lock(hashtextextended('analytics.rebuild', 0))");
            otherReplica.createStatement().execute("INSERT INTO projection_rebuild (rebuild_id, state, requested_at) VALUES ('"
                    + elsewhere + "', 'RUNNING', now())");

            rebuilds.failAbandonedRebuilds(); // this replica starts while the other rebuilds
            assertThat(http.getForObject("/rebuilds/" + elsewhere, JsonNode.class).get("state").asText()).isEqualTo("RUNNING");
            ResponseEntity<JsonNode> asked = http.postForEntity("/rebuilds", null, JsonNode.class);
            assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            assertThat(asked.getBody().get("rebuildId").asText()).as("the rebuild already running").isEqualTo(elsewhere.toString());
            assertThat(jdbc.sql("SELECT count(*) FROM projection_rebuild WHERE state = 'RUNNING'").query(Long.class).single()).isEqualTo(1);
        } // the other replica dies: PostgreSQL lets go of its lock with its connection

        JsonNode next = http.postForEntity("/rebuilds", null, JsonNode.class).getBody();
        assertThat(next.get("rebuildId").asText()).isNotEqualTo(elsewhere.toString());
        assertThat(http.getForObject("/rebuilds/" + elsewhere, JsonNode.class).get("failure").asText()).contains("replica stopped");
        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(
                http.getForObject("/rebuilds/" + next.get("rebuildId").asText(), JsonNode.class).get("state").asText()));
    }

    /**
     * The rebuild's last records and swap wait for a batch another replica's live consumer is still
     * writing (it holds the live writers' lock shared), so that batch is in the tables swapped in.
     */
    @Test
    void aRebuildWaitsForAnotherReplicasLiveBatchBeforeItReplacesTheTables() throws Exception {
        UUID courseId = UUID.randomUUID();
        publish(Topics.PLANS, PLANS, Instant.now(), new CourseOpenedV1(courseId, UUID.randomUUID(), CourseOfferReason.CITIZEN_WISH, Instant.now()));
        awaitTimeline("/courses/" + courseId + "/timeline", 1);
        URI status;
        try (Connection otherReplica = anotherReplicasConnection()) {
            otherReplica.setAutoCommit(false);
            otherReplica.createStatement().execute("SELECT pg_advisory_xact_lock_shared(hashtextextended('analytics.live-projections', 0))");
            status = http.postForEntity("/rebuilds", null, JsonNode.class).getHeaders().getLocation();
            Thread.sleep(3_000);
            assertThat(http.getForObject(status, JsonNode.class).get("state").asText()).as("held by the other replica's batch")
                    .isEqualTo("RUNNING");
            otherReplica.commit();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(http.getForObject(status, JsonNode.class).get("state").asText()));
        assertThat(awaitTimeline("/courses/" + courseId + "/timeline", 1).get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void unknownAndMalformedIdsAreNamedProblems() {
        assertProblem(http.getForEntity("/courses/" + UUID.randomUUID() + "/timeline", JsonNode.class), HttpStatus.NOT_FOUND, "courseId");
        assertProblem(http.getForEntity("/citizens/nobody/timeline", JsonNode.class), HttpStatus.BAD_REQUEST, "citizenId");
        assertProblem(http.getForEntity("/rebuilds/" + UUID.randomUUID(), JsonNode.class), HttpStatus.NOT_FOUND, "rebuildId");
    }

    private void publish(String topic, URI source, Instant time, IntegrationEvent event) {
        send(topic, event.partitionKey(), IntegrationEventEnvelope.wrap(event, UUID.randomUUID().toString(), source, time));
    }

    private void send(String topic, String key, CloudEvent event) {
        kafka.send(new ProducerRecord<>(topic(topic), key, event)).join();
    }

    private JsonNode awaitTimeline(String path, int entries) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            ResponseEntity<JsonNode> response = http.getForEntity(path, JsonNode.class);
            return response.getStatusCode() == HttpStatus.OK && response.getBody().get("totalItems").asInt() >= entries;
        });
        JsonNode timeline = http.getForObject(path, JsonNode.class);
        assertThat(timeline.get("totalItems").asInt()).isEqualTo(entries);
        return timeline;
    }

    /** The whole projection as text, in a fixed order, to compare two states of it. */
    private String snapshot(String... leavingOut) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM timeline_entry WHERE NOT event_id = ANY(?) ORDER BY event_id")
                .param(leavingOut).query().listOfRows();
        return rows.toString();
    }
}
