package dk.sammen.offers.needsbank;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventCodec;
import dk.sammen.events.Topics;
import dk.sammen.events.offers.BidAcceptedV1;
import dk.sammen.events.plans.ErasureBasis;
import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.offers.TestOffers;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestInfrastructure;
import dk.sammen.platform.test.TopicReader;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.assertRuleViolated;
import static dk.sammen.platform.test.Api.dataKeyErased;
import static dk.sammen.platform.test.Api.post;
import static dk.sammen.platform.test.Api.storedEvents;
import static dk.sammen.platform.test.Api.storedPayloads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The needs bank over HTTP: a need bid on anonymously, a bid accepted into the catalogue and back to its course. */
class NeedsBankApiTest extends ServiceApiTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    /** A need's words describe the young person: stored encrypted under their course's key, and gone with their erasure. */
    @Test
    void aNeedsWordsAreStoredEncryptedAndGoWithTheYoungPersonsErasure() throws Exception {
        UUID courseId = UUID.randomUUID();
        UUID needId = assertCreated(post(http, "/needs", """
                {"courseId": "%s", "needCategories": ["HOUSING"], "goals": "Bo tæt på mormor i Hjallerup",
                 "constraints": "Angst i store grupper", "wantedFrom": "2025-06-01", "wantedTo": "2025-12-31"}""".formatted(courseId)), "/needs");
        post(http, "/needs/" + needId + "/bids", """
                {"bidId": "%s", "solution": %s, "startOn": "2025-07-01"}""".formatted(UUID.randomUUID(), TestOffers.offer("Bofællesskab",
                "Et lille bofællesskab", "C_SS", "HOUSING", "[\"HOUSING\"]", 18, 30, "1")));
        await().atMost(Duration.ofSeconds(10)).until(() -> http.getForObject("/needs/" + needId, JsonNode.class).path("bids").size() == 1);
        assertThat(http.getForObject("/needs/" + needId, JsonNode.class).toString()).contains("mormor", "Angst");
        assertThat(storedPayloads(jdbc, needId)).isNotEmpty()
                .noneMatch(payload -> payload.contains("mormor") || payload.contains("Angst"))
                .anyMatch(payload -> payload.contains("pd1:" + courseId));

        PersonalDataErasedV1 erased = new PersonalDataErasedV1(UUID.randomUUID(), Set.of(courseId), ErasureBasis.REQUEST, Instant.now());
        kafka.send(new ProducerRecord<>(topic(Topics.PLANS), erased.citizenId().toString(),
                IntegrationEventEnvelope.wrap(erased, UUID.randomUUID().toString(), Topics.sourceOf(Topics.PLANS), Instant.now()))).get();

        await().atMost(Duration.ofSeconds(20)).until(() -> dataKeyErased(jdbc, courseId));
        assertThat(http.getForEntity("/needs/" + needId, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT count(*) FROM need_bid WHERE need_id = ?").param(needId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM need_view WHERE goals LIKE '%mormor%' OR constraints LIKE '%Angst%'")
                .query(Long.class).single()).isZero();

        // Nothing more is written about them: a need posted for their course after the erasure is refused, and nothing is stored.
        long stored = storedEvents(jdbc);
        assertRuleViolated(post(http, "/needs", """
                {"courseId": "%s", "needCategories": ["HOUSING"], "goals": "Bo tæt på mormor",
                 "constraints": "Ingen", "wantedFrom": "2025-06-01", "wantedTo": "2025-12-31"}""".formatted(courseId)), "data-subject-erased");
        assertThat(storedEvents(jdbc)).isEqualTo(stored);
    }

    @Test
    void aNeedIsBidOnWithoutIdentifyingTheYoungPersonAndTheAcceptedBidBecomesAnOffer() {
        UUID courseId = UUID.randomUUID();
        UUID needId = assertCreated(post(http, "/needs", """
                {"courseId": "%s", "needCategories": ["HOUSING", "MENTAL_HEALTH"], "goals": "Bo tæt på familien og tage en uddannelse",
                 "constraints": "Kan ikke bo alene endnu", "wantedFrom": "2025-06-01", "wantedTo": "2025-12-31"}""".formatted(courseId)), "/needs");
        await().atMost(Duration.ofSeconds(10)).until(() -> http.getForObject("/needs?need=HOUSING", JsonNode.class)
                .findValuesAsText("needId").contains(needId.toString()));
        assertThat(http.getForObject("/needs?need=HOUSING", JsonNode.class).toString()).doesNotContain(courseId.toString());

        UUID caravan = UUID.randomUUID();
        String solution = TestOffers.offer("Beboelsesvogn nær familien med § 85-støtte", "Beboelsesvogn tæt på forældrene, fleksibel støtte og mentor",
                "C_SS", "HOUSING", "[\"HOUSING\", \"MENTAL_HEALTH\"]", 18, 30, "1");
        assertThat(post(http, "/needs/" + needId + "/bids", """
                {"bidId": "%s", "solution": %s, "startOn": "2025-07-01"}""".formatted(caravan, solution)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        post(http, "/needs/" + needId + "/bids", """
                {"bidId": "%s", "solution": %s, "startOn": "2025-08-01"}""".formatted(UUID.randomUUID(),
                solution.replace("Beboelsesvogn nær familien med § 85-støtte", "Midlertidigt botilbud")));
        assertThat(post(http, "/needs/" + needId + "/bids/" + caravan + "/acceptance", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertRuleViolated(post(http, "/needs/" + needId + "/bids/" + caravan + "/acceptance", null), "need-open");

        UUID offerId = UUID.nameUUIDFromBytes(("bid:" + caravan).getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(20)).until(() -> "PUBLISHED".equals(
                http.getForObject("/offers/" + offerId, JsonNode.class).path("status").asText()));
        JsonNode need = http.getForObject("/needs/" + needId, JsonNode.class);
        assertThat(need.get("bids")).hasSize(2);
        assertThat(need.get("acceptedBid").asText()).isEqualTo(caravan.toString());
        assertThat(http.getForObject("/needs", JsonNode.class).findValuesAsText("needId")).doesNotContain(needId.toString());

        List<ConsumerRecord<String, CloudEvent>> published = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(), topic(Topics.OFFERS),
                read -> read.stream().anyMatch(r -> r.value().getType().endsWith("bid-accepted.v1")), Duration.ofSeconds(20));
        BidAcceptedV1 accepted = published.stream().filter(r -> r.value().getType().endsWith("bid-accepted.v1")).findFirst()
                .map(r -> EventCodec.decode(r.value().getData().toBytes(), BidAcceptedV1.class)).orElseThrow();
        assertThat(accepted.courseId()).isEqualTo(courseId);
        assertThat(accepted.offerId()).isEqualTo(offerId);
        published.stream().filter(r -> r.value().getType().endsWith("need-posted.v1") || r.value().getType().endsWith("bid-submitted.v1"))
                .forEach(r -> assertThat(new String(r.value().getData().toBytes(), StandardCharsets.UTF_8))
                        .doesNotContain(courseId.toString()).doesNotContain("familien"));
    }
}
