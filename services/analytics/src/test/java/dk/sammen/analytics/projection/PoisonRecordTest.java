package dk.sammen.analytics.projection;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventContracts;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.Topics;
import dk.sammen.events.offers.BidAcceptedV1;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.referrals.ReferralRevokedV1;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.test.RawRecords;
import dk.sammen.platform.test.RefusedRows;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Records no projection can take, put straight on the topics analytics reads: each is parked on
 * its topic's dead-letter topic, the records after it are projected at once, the operator sees
 * it, and the course it belongs to waits behind it until the operator retries or discards it.
 */
class PoisonRecordTest extends ServiceApiTest {

    private static final URI PLANS = URI.create("/sammen/plans");
    private static final String COURSE_OPENED = EventContracts.typeOf(CourseOpenedV1.class);
    private static final Map<String, String> TYPE_ON = Map.of(Topics.PLANS, COURSE_OPENED,
            Topics.REFERRALS, EventContracts.typeOf(ReferralRevokedV1.class), Topics.OFFERS, EventContracts.typeOf(BidAcceptedV1.class));

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Value("${sammen.analytics.consumer-group}")
    String consumer;

    private TestRestTemplate operator() {
        return as(TestIdentity.with("operator"));
    }

    @Test
    void aPoisonRecordOnAnyTopicIsParkedAndTheNextGoodRecordIsProjectedWithinSeconds() {
        List<String> keys = new ArrayList<>();
        int poisonsPerTopic = 0;
        for (String topic : Topics.ALL) {
            String type = TYPE_ON.get(topic);
            List<Poison> poisons = List.of(
                    new Poison("not JSON", RawRecords.cloudEventHeaders(type), "{this is not json"),
                    new Poison("not a CloudEvent", Map.of("content-type", "application/json"), "{\"courseId\":\"" + UUID.randomUUID() + "\"}"),
                    new Poison("an impossible value", RawRecords.cloudEventHeaders(type),
                            "{\"courseId\":\"not-a-uuid\",\"citizenId\":\"" + UUID.randomUUID() + "\",\"reason\":\"CITIZEN_WISH\",\"openedAt\":\"2025-01-01T00:00:00Z\"}"));
            poisonsPerTopic = poisons.size();
            for (Poison poison : poisons) {
                String key = UUID.randomUUID().toString();
                keys.add(key);
                Instant sent = Instant.now();
                RecordMetadata bad = RawRecords.send(topic(topic), key, poison.headers(), poison.value());

                // The next good record of another course on the same partition's way is projected soon.
                UUID next = UUID.randomUUID();
                Instant published = Instant.now();
                openCourse(topic, next, next.toString());
                await(poison.what() + " on " + topic + ": the next record projected").atMost(Duration.ofSeconds(5))
                        .pollInterval(Duration.ofMillis(50)).until(() -> timelineSize(next) == 1);
                System.out.printf("[figures] %s on %s: next record projected after %d ms%n", poison.what(), topic,
                        Duration.between(published, Instant.now()).toMillis());

                List<ConsumerRecord<String, byte[]>> parked = RawRecords.read(Topics.deadLetterTopicOf(topic(topic)),
                        read -> read.stream().anyMatch(r -> offset(r) == bad.offset() && key.equals(r.key())), Duration.ofSeconds(30));
                ConsumerRecord<String, byte[]> dead = parked.stream().filter(r -> offset(r) == bad.offset() && key.equals(r.key()))
                        .findFirst().orElseThrow(() -> new AssertionError(poison.what() + " on " + topic + " not on its dead-letter topic"));
                System.out.printf("[figures] %s on %s: on its dead-letter topic after %d ms%n", poison.what(), topic,
                        Duration.between(sent, Instant.now()).toMillis());
                assertThat(RawRecords.header(dead, "kafka_dlt-original-topic")).isEqualTo(topic(topic));
                assertThat(dead.headers().lastHeader("kafka_dlt-original-partition")).isNotNull();
                assertThat(RawRecords.header(dead, "kafka_dlt-original-consumer-group")).isEqualTo(consumer);
                assertThat(dead.headers().lastHeader("kafka_dlt-original-timestamp")).isNotNull();
                assertThat(RawRecords.header(dead, "kafka_dlt-exception-fqcn")).isNotBlank();
                assertThat(new String(dead.value())).isEqualTo(poison.value());
                poison.headers().forEach((name, value) -> assertThat(RawRecords.header(dead, name)).isEqualTo(value));
            }
        }

        JsonNode listed = operator().getForObject("/dead-letters?consumer=" + consumer + "&size=500", JsonNode.class);
        assertThat(stream(listed).filter(item -> keys.contains(item.get("key").asText())).map(item -> item.get("status").asText()))
                .hasSize(Topics.ALL.size() * poisonsPerTopic).containsOnly("parked");
        int parked = listed.get("totalItems").asInt();
        await("the parked records counted").atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(prometheus().lines().filter(line -> line.startsWith("sammen_dead_letters")))
                        .contains("sammen_dead_letters{application=\"analytics\",consumer=\"" + consumer + "\",kind=\"kafka\"} "
                                + parked + ".0"));
        JsonNode health = anonymous().getForObject("/actuator/health", JsonNode.class);
        JsonNode pipeline = health.get("components").get("eventPipeline");
        assertThat(pipeline.get("status").asText()).isEqualTo("UP");
        assertThat(pipeline.get("details").get("kafka:" + consumer).get("parked").asInt()).isEqualTo(parked);
    }

    /**
     * Only a topic's owner publishes on it: a well-formed event on plans' topic from another
     * source, or of another service's type, is parked unread and changes nothing (a forged
     * erasure would otherwise delete a young person's analytics rows).
     */
    @Test
    void aRecordThatIsNotItsTopicOwnersIsParkedUnread() {
        UUID fromElsewhere = UUID.randomUUID();
        UUID ofAnotherType = UUID.randomUUID();
        CloudEvent forged = IntegrationEventEnvelope.wrap(new CourseOpenedV1(fromElsewhere, UUID.randomUUID(), CourseOfferReason.CITIZEN_WISH,
                Instant.now()), UUID.randomUUID().toString(), Topics.sourceOf(Topics.REFERRALS), Instant.now());
        kafka.send(new ProducerRecord<>(topic(Topics.PLANS), fromElsewhere.toString(), forged)).join();
        CloudEvent misplaced = IntegrationEventEnvelope.wrap(new ReferralRevokedV1(UUID.randomUUID(), ofAnotherType, Instant.now()),
                UUID.randomUUID().toString(), PLANS, Instant.now());
        kafka.send(new ProducerRecord<>(topic(Topics.PLANS), ofAnotherType.toString(), misplaced)).join();
        UUID genuine = UUID.randomUUID();
        openCourse(Topics.PLANS, genuine, genuine.toString());

        await().atMost(Duration.ofSeconds(10)).until(() -> timelineSize(genuine) == 1);
        assertThat(awaitParked(fromElsewhere.toString(), 1).get("causeMessage").asText())
                .contains("from /sammen/referrals", "only /sammen/plans publishes there");
        assertThat(awaitParked(ofAnotherType.toString(), 1).get("causeMessage").asText())
                .contains("dk.sammen.referrals.referral-revoked.v1", "only dk.sammen.plans.* is published there");
        assertThat(timelineSize(fromElsewhere)).isZero();
        assertThat(timelineSize(ofAnotherType)).isZero();

        // An operator's retry reads it as the consumer did: still not the owner's, still parked.
        String id = awaitParked(fromElsewhere.toString(), 1).get("id").asText();
        JsonNode retried = operator().postForEntity("/dead-letters/" + id + "/retry", null, JsonNode.class).getBody();
        assertThat(retried.get("redelivered").asInt()).isZero();
        assertThat(timelineSize(fromElsewhere)).isZero();
    }

    @Test
    void aCoursesLaterRecordsWaitBehindItsParkedOneUntilTheOperatorRetriesOrDiscardsIt() {
        String course = UUID.randomUUID().toString();
        RawRecords.send(topic(Topics.PLANS), course, RawRecords.cloudEventHeaders(COURSE_OPENED), "{broken");
        UUID courseId = UUID.fromString(course);
        openCourse(Topics.PLANS, courseId, course);
        openCourse(Topics.PLANS, courseId, course);

        JsonNode first = awaitParked(course, 3);
        String firstId = first.get("id").asText();
        JsonNode all = operator().getForObject("/dead-letters?consumer=" + consumer + "&size=500", JsonNode.class);
        List<JsonNode> ofCourse = stream(all).filter(item -> course.equals(item.get("key").asText())).toList();
        assertThat(ofCourse).as(ofCourse.toString()).hasSize(3);
        assertThat(ofCourse.get(1).get("behind").asText()).isEqualTo(firstId);
        assertThat(ofCourse.get(2).get("behind").asText()).isEqualTo(firstId);
        assertThat(ofCourse.get(1).get("cause").asText()).endsWith("ParkedBehind");
        assertThat(timelineSize(courseId)).as("the course's later records wait").isZero();

        // Retrying the broken one fails again: it stays parked, and so do the two behind it.
        ResponseEntity<JsonNode> retried = operator().postForEntity("/dead-letters/" + firstId + "/retry", null, JsonNode.class);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody().get("redelivered").asInt()).isZero();
        assertThat(retried.getBody().get("stillParked").asInt()).isEqualTo(3);
        assertThat(operator().getForObject("/dead-letters/" + firstId, JsonNode.class).get("retries").asInt()).isEqualTo(1);

        // Discarding it hands the two behind it to the consumer, in order.
        ResponseEntity<JsonNode> discarded = operator().postForEntity("/dead-letters/" + firstId + "/discard", null, JsonNode.class);
        assertThat(discarded.getBody().get("redelivered").asInt()).isEqualTo(2);
        assertThat(discarded.getBody().get("stillParked").asInt()).isZero();
        assertThat(timelineSize(courseId)).isEqualTo(2);
        JsonNode resolved = operator().getForObject("/dead-letters/" + firstId, JsonNode.class);
        assertThat(resolved.get("status").asText()).isEqualTo("discarded");
        assertThat(resolved.get("resolvedBy").asText()).isNotBlank();
        assertThat(operator().postForEntity("/dead-letters/" + firstId + "/retry", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        // From now on the course's records go through as they come.
        openCourse(Topics.PLANS, courseId, course);
        await().atMost(Duration.ofSeconds(10)).until(() -> timelineSize(courseId) == 3);
    }

    @Test
    void aRecordThatFailedForAReasonSinceMendedGoesThroughOnRetry() {
        UUID courseId = UUID.randomUUID();
        CloudEvent opened = IntegrationEventEnvelope.wrap(new CourseOpenedV1(courseId, UUID.randomUUID(),
                CourseOfferReason.CITIZEN_WISH, Instant.now()), UUID.randomUUID().toString(), PLANS, Instant.now());
        // A projection that refuses this one event, as a bug would, until it is mended.
        try (var refused = RefusedRows.where(jdbc, "timeline_entry", "event_id", opened.getId(), "refused by the test")) {
            kafka.send(new ProducerRecord<>(topic(Topics.PLANS), courseId.toString(), opened)).join();
            JsonNode parked = awaitParked(courseId.toString(), 1);
            assertThat(parked.get("eventId").asText()).isEqualTo(opened.getId());
            assertThat(parked.get("causeMessage").asText()).contains("refused by the test");
        }
        String id = awaitParked(courseId.toString(), 1).get("id").asText();
        JsonNode retried = operator().postForEntity("/dead-letters/" + id + "/retry", null, JsonNode.class).getBody();
        assertThat(retried.get("redelivered").asInt()).isEqualTo(1);
        assertThat(timelineSize(courseId)).isEqualTo(1);
        assertThat(operator().getForObject("/dead-letters/" + id, JsonNode.class).get("status").asText()).isEqualTo("retried");
    }

    @Test
    void deadLettersAreTheOperatorsAndNamedProblemsForBadInput() {
        assertThat(http.getForEntity("/dead-letters", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(operator().getForEntity("/dead-letters/" + UUID.randomUUID(), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(operator().getForEntity("/dead-letters/not-an-id", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(operator().getForEntity("/dead-letters?status=lost", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private record Poison(String what, Map<String, String> headers, String value) {
    }

    private JsonNode awaitParked(String key, int count) {
        await("parked records of " + key).atMost(Duration.ofSeconds(30)).until(() -> stream(
                operator().getForObject("/dead-letters?consumer=" + consumer + "&size=500", JsonNode.class))
                .filter(item -> key.equals(item.get("key").asText())).count() == count);
        return stream(operator().getForObject("/dead-letters?consumer=" + consumer + "&size=500", JsonNode.class))
                .filter(item -> key.equals(item.get("key").asText())).findFirst().orElseThrow();
    }

    private static Stream<JsonNode> stream(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false);
    }

    /** A good record of the topic owner's about the course: it opens it, revokes a referral in it, accepts a bid for it. */
    private void openCourse(String topic, UUID courseId, String key) {
        IntegrationEvent event = switch (topic) {
            case Topics.PLANS -> new CourseOpenedV1(courseId, UUID.randomUUID(), CourseOfferReason.CITIZEN_WISH, Instant.now());
            case Topics.REFERRALS -> new ReferralRevokedV1(UUID.randomUUID(), courseId, Instant.now());
            case Topics.OFFERS -> new BidAcceptedV1(UUID.randomUUID(), UUID.randomUUID(), courseId, UUID.randomUUID(),
                    LocalDate.now(), Instant.now());
            default -> throw new IllegalArgumentException(topic);
        };
        kafka.send(new ProducerRecord<>(topic(topic), key, IntegrationEventEnvelope.wrap(event, UUID.randomUUID().toString(),
                Topics.sourceOf(topic), Instant.now()))).join();
    }

    private int timelineSize(UUID courseId) {
        ResponseEntity<JsonNode> timeline = http.getForEntity("/courses/" + courseId + "/timeline", JsonNode.class);
        return timeline.getStatusCode() == HttpStatus.OK ? timeline.getBody().get("totalItems").asInt() : 0;
    }

    private String prometheus() {
        return anonymous().getForObject("/actuator/prometheus", String.class);
    }

    /** Spring Kafka writes the original offset as 8 bytes. */
    private static long offset(ConsumerRecord<?, ?> dead) {
        Header offset = dead.headers().lastHeader("kafka_dlt-original-offset");
        return offset == null ? -1 : ByteBuffer.wrap(offset.value()).getLong();
    }
}
