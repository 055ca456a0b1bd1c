package dk.sammen.offers.needsbank;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventCodec;
import dk.sammen.events.Topics;
import dk.sammen.events.offers.BidAcceptedV1;
import dk.sammen.offers.TestOffers;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestInfrastructure;
import dk.sammen.platform.test.TopicReader;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.assertRuleViolated;
import static dk.sammen.platform.test.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The needs bank over HTTP: a need bid on anonymously, a bid accepted into the catalogue and back to its course. */
class NeedsBankApiTest extends ServiceApiTest {

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
