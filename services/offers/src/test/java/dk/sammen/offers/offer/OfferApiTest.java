package dk.sammen.offers.offer;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.EventSchemas;
import dk.sammen.events.Topics;
import dk.sammen.events.offers.OfferPublishedV2;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TopicReader;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.post;
import static dk.sammen.platform.test.Api.storedEventId;
import static dk.sammen.platform.test.Api.storedEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OfferApiTest extends ServiceApiTest {

    @Test
    void aPublishedOfferIsInTheCatalogueAndOnTheOffersTopic() {
        UUID offerId = assertCreated(post(http, "/offers", """
                {"name": "Praktik i børnehave", "description": "Én praktikdag om ugen i en børnehave",
                 "owningCentre": "C_SIK", "kind": "COMPANY_ORIENTED", "needCategories": ["EMPLOYMENT", "SCHOOL_ATTENDANCE"]}"""), "/offers");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.getForEntity("/offers/" + offerId, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK));
        JsonNode offer = http.getForObject("/offers/" + offerId, JsonNode.class);
        assertThat(offer.get("name").asText()).isEqualTo("Praktik i børnehave");
        assertThat(offer.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(offer.get("revision").asInt()).isEqualTo(1);
        assertThat(offer.get("needCategories")).extracting(JsonNode::asText).containsExactlyInAnyOrder("EMPLOYMENT", "SCHOOL_ATTENDANCE");

        JsonNode ofCentre = http.getForObject("/offers?centre=C_SIK&kind=COMPANY_ORIENTED", JsonNode.class);
        assertThat(ofCentre.get("items").findValuesAsText("offerId")).contains(offerId.toString());
        JsonNode ofOtherCentre = http.getForObject("/offers?centre=C_SS", JsonNode.class);
        assertThat(ofOtherCentre.get("items").findValuesAsText("offerId")).doesNotContain(offerId.toString());

        CloudEvent event = TopicReader.firstWithKey(topic(Topics.OFFERS), offerId.toString()).value();
        String type = EventContracts.typeOf(OfferPublishedV2.class);
        assertThat(event.getType()).isEqualTo(type);
        assertThat(event.getSource()).hasToString("/sammen/offers");
        assertThat(event.getId()).isEqualTo(storedEventId(jdbc, offerId));
        assertThat(EventSchemas.violations(type, event.getData().toBytes())).isEmpty();
        assertThat(EventCodec.decode(event.getData().toBytes(), OfferPublishedV2.class).owningCentre().name()).isEqualTo("C_SIK");
    }

    @Test
    void badInputIsNamedAndNothingIsStored() {
        long before = storedEvents(jdbc);

        var blankName = post(http, "/offers", """
                {"name": " ", "description": "x", "owningCentre": "C_SIK", "kind": "GROUP", "needCategories": []}""");
        var unknownCentre = post(http, "/offers", """
                {"name": "Klub", "description": "x", "owningCentre": "C_XYZ", "kind": "GROUP", "needCategories": ["SOCIAL_NETWORK"]}""");

        assertProblem(blankName, HttpStatus.BAD_REQUEST, "name");
        assertProblem(blankName, HttpStatus.BAD_REQUEST, "needCategories");
        assertProblem(unknownCentre, HttpStatus.BAD_REQUEST, "owningCentre");
        assertProblem(http.getForEntity("/offers?centre=C_XYZ", JsonNode.class), HttpStatus.BAD_REQUEST, "centre");
        assertProblem(http.getForEntity("/offers/" + UUID.randomUUID(), JsonNode.class), HttpStatus.NOT_FOUND, "offerId");
        assertThat(storedEvents(jdbc)).isEqualTo(before);
    }
}
