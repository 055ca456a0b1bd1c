package dk.sammen.offers.offer;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.EventSchemas;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.Topics;
import dk.sammen.events.offers.OfferPublishedV2;
import dk.sammen.events.referrals.ReferralAcceptedV1;
import dk.sammen.events.referrals.ReferralStartedV1;
import dk.sammen.events.referrals.ReferralWaitListedV1;
import dk.sammen.events.referrals.ReferredToOfferV1;
import dk.sammen.offers.TestOffers;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TopicReader;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.assertRuleViolated;
import static dk.sammen.platform.test.Api.post;
import static dk.sammen.platform.test.Api.readAfter;
import static dk.sammen.platform.test.Api.storedEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OfferApiTest extends ServiceApiTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    static String offer(String name, String description, String centre, String kind, String needs, int ageMin, int ageMax, int capacity) {
        return TestOffers.offer(name, description, centre, kind, needs, ageMin, ageMax, String.valueOf(capacity));
    }

    private UUID published(String body) {
        UUID id = assertCreated(post(http, "/offers", body), "/offers");
        assertThat(post(http, "/offers/" + id + "/publication", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(10)).until(() -> "PUBLISHED".equals(
                http.getForObject("/offers/" + id, JsonNode.class).path("status").asText()));
        return id;
    }

    private List<String> found(String query) {
        return http.getForObject("/offers?" + query, JsonNode.class).get("items").findValuesAsText("offerId");
    }

    /** A catalogue editor publishes an offer and opens its page right away: with the Consistency-Token it shows as published. */
    @Test
    void anOfferReadRightAfterAChangeShowsTheChange() {
        for (int i = 0; i < 10; i++) {
            ResponseEntity<JsonNode> created = post(http, "/offers", offer("Straks-tilbud " + i, "Læses lige efter oprettelsen",
                    "C_SIK", "GROUP", "[\"SOCIAL_NETWORK\"]", 13, 18, 4));
            UUID id = assertCreated(created, "/offers");
            assertThat(readAfter(http, "/offers/" + id, created).getBody().path("status").asText()).isEqualTo("DRAFT");

            ResponseEntity<JsonNode> published = post(http, "/offers/" + id + "/publication", null);
            assertThat(published.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

            ResponseEntity<JsonNode> read = readAfter(http, "/offers/" + id, published);
            assertThat(read.getBody().path("status").asText()).as("read %d right after publishing", i).isEqualTo("PUBLISHED");
        }
    }

    @Test
    void aPublishedOfferIsFoundByItsDanishWordsAndFiltersAndPublishedOnItsTopic() {
        UUID kindergarten = published(offer("Praktik i børnehave", "Praktikforløb for unge i kommunens børnehaver, én dag om ugen",
                "C_SIK", "COMPANY_ORIENTED", "[\"SCHOOL_ATTENDANCE\", \"EMPLOYMENT\"]", 14, 17, 6));
        UUID draft = assertCreated(post(http, "/offers", offer("Børnehaveklub kladde", "Endnu ikke offentliggjort",
                "C_SIK", "GROUP", "[\"SOCIAL_NETWORK\"]", 13, 18, 4)), "/offers");

        await().atMost(Duration.ofSeconds(10)).until(() -> found("status=DRAFT&q=kladde").contains(draft.toString()));
        assertThat(found("q=børnehaver")).contains(kindergarten.toString()).doesNotContain(draft.toString());
        assertThat(found("q=praktikforløb børnehave&centre=C_SIK&need=SCHOOL_ATTENDANCE&age=15")).contains(kindergarten.toString());
        assertThat(found("q=børnehave&age=25")).doesNotContain(kindergarten.toString());
        assertThat(found("q=børnehave&centre=C_SS")).doesNotContain(kindergarten.toString());

        CloudEvent drafted = TopicReader.firstWithKey(topic(Topics.OFFERS), kindergarten.toString()).value();
        assertThat(drafted.getType()).isEqualTo("dk.sammen.offers.offer-drafted.v1");
        assertThat(EventSchemas.violations(drafted.getType(), drafted.getData().toBytes())).isEmpty();
        String type = EventContracts.typeOf(OfferPublishedV2.class);
        assertThat(TopicReader.read(dk.sammen.platform.test.TestInfrastructure.kafka().bootstrapServers(), topic(Topics.OFFERS),
                read -> read.stream().anyMatch(r -> r.value().getType().equals(type) && r.key().equals(kindergarten.toString())),
                Duration.ofSeconds(20)).stream().filter(r -> r.value().getType().equals(type)).map(r ->
                EventCodec.decode(r.value().getData().toBytes(), OfferPublishedV2.class).offerId())).contains(kindergarten);
    }

    @Test
    void placesInUseAndTheWaitListComeFromReferralsAndAFullOfferSaysSo() throws Exception {
        UUID offer = published(offer("Bostøtte i egen lejlighed", "Støtte til at bo selv", "C_SS", "HOUSING", "[\"HOUSING\"]", 18, 30, 1));
        UUID started = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        publish(new ReferredToOfferV1(started, course, UUID.randomUUID(), offer, Instant.now()));
        publish(new ReferralStartedV1(started, course, offer, LocalDate.now(), Instant.now()));
        publish(new ReferredToOfferV1(waiting, course, UUID.randomUUID(), offer, Instant.now()));
        publish(new ReferralWaitListedV1(waiting, course, 1, Instant.now()));
        // An accepted referral takes a place before the young person starts.
        UUID accepted = UUID.randomUUID();
        publish(new ReferredToOfferV1(accepted, course, UUID.randomUUID(), offer, Instant.now()));
        publish(new ReferralAcceptedV1(accepted, course, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> http.getForObject("/offers/" + offer, JsonNode.class).path("waitListLength").asInt() == 1
                && http.getForObject("/offers/" + offer, JsonNode.class).path("placesInUse").asInt() == 2);
        JsonNode view = http.getForObject("/offers/" + offer, JsonNode.class);
        assertThat(view.get("placesInUse").asInt()).isEqualTo(2);
        assertThat(view.get("atCapacity").asBoolean()).isTrue();
        JsonNode hits = http.getForObject("/offers?q=bostøtte lejlighed&need=HOUSING", JsonNode.class).get("items");
        JsonNode hit = java.util.stream.StreamSupport.stream(hits.spliterator(), false)
                .filter(item -> item.get("offerId").asText().equals(offer.toString())).findFirst().orElseThrow();
        assertThat(hit.get("atCapacity").asBoolean()).as("search results say an offer is full").isTrue();
    }

    private void publish(IntegrationEvent event) throws Exception {
        CloudEvent cloudEvent = IntegrationEventEnvelope.wrap(event, UUID.randomUUID().toString(), URI.create("/sammen/referrals"), Instant.now());
        kafka.send(new ProducerRecord<>(topic(Topics.REFERRALS), event.partitionKey(), cloudEvent)).get();
    }

    @Test
    void aProfileIsMatchedAcrossCentresWithTheReasonsAndACombinationShowsItsDoubleOffers() {
        UUID mentor = published(offer("Mentor til skolegang", "Mentor der henter den unge og følger i skole", "C_ARB", "INDIVIDUAL_SUPPORT",
                "[\"SCHOOL_ATTENDANCE\", \"EVERYDAY_MASTERY\"]", 13, 25, 10));
        UUID familySupport = published(offer("Familiestøtte i hjemmet", "Praktisk pædagogisk støtte til familien om morgenen", "C_BUR",
                "INDIVIDUAL_SUPPORT", "[\"SCHOOL_ATTENDANCE\", \"FAMILY_SUPPORT\"]", 0, 17, 10));
        UUID club = published(offer("Ungdomsklub med lektiecafé", "Fællesskab og lektiehjælp om eftermiddagen", "C_SIK", "COMMUNITY_LEISURE",
                "[\"SOCIAL_NETWORK\"]", 13, 18, 40));
        UUID adults = published(offer("Mentor for voksne", "Mentor til voksne om skolegang", "C_ARB", "INDIVIDUAL_SUPPORT",
                "[\"SCHOOL_ATTENDANCE\"]", 25, 30, 10));

        JsonNode match = http.postForObject("/offers/match", new org.springframework.http.HttpEntity<>("""
                {"age": 15, "targetGroup": "SUPPORT_TOWARDS_EDUCATION_OR_JOB", "needCategories": ["SCHOOL_ATTENDANCE", "SOCIAL_NETWORK"],
                 "goals": "komme i skole og have et fællesskab"}""", jsonHeaders()), JsonNode.class);
        List<String> ranked = match.findValuesAsText("offerId").stream()
                .filter(id -> List.of(mentor.toString(), familySupport.toString(), club.toString(), adults.toString()).contains(id)).toList();
        assertThat(ranked).containsExactlyInAnyOrder(mentor.toString(), familySupport.toString(), club.toString());
        JsonNode mentorAnswer = java.util.stream.StreamSupport.stream(match.spliterator(), false)
                .filter(o -> o.get("offerId").asText().equals(mentor.toString())).findFirst().orElseThrow();
        assertThat(mentorAnswer.get("reasons").toString()).contains("serves [SCHOOL_ATTENDANCE]", "age 15 is within 13-25",
                "made for target group SUPPORT_TOWARDS_EDUCATION_OR_JOB");

        JsonNode combination = http.postForObject("/offers/combinations", new org.springframework.http.HttpEntity<>("""
                {"offerIds": ["%s", "%s", "%s"]}""".formatted(mentor, familySupport, club), jsonHeaders()), JsonNode.class);
        assertThat(combination.get("doubleOffers")).hasSize(1);
        assertThat(combination.get("doubleOffers").get(0).get("sharedNeeds")).extracting(JsonNode::asText).containsExactly("SCHOOL_ATTENDANCE");
        assertThat(combination.get("complements")).hasSize(2);
        assertProblem(post(http, "/offers/combinations", """
                {"offerIds": ["%s"]}""".formatted(UUID.randomUUID())), HttpStatus.NOT_FOUND, "offerIds");
    }

    private static org.springframework.http.HttpHeaders jsonHeaders() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return headers;
    }

    @Test
    void badInputIsNamedAndTheRulesAreProblemsAndNothingIsStored() {
        long before = storedEvents(jdbc);
        String valid = offer("Klub", "x", "C_SIK", "GROUP", "[\"SOCIAL_NETWORK\"]", 13, 18, 5);

        assertProblem(post(http, "/offers", valid.replace("\"needCategories\": [\"SOCIAL_NETWORK\"]", "\"needCategories\": []")),
                HttpStatus.BAD_REQUEST, "needCategories");
        assertProblem(post(http, "/offers", valid.replace("\"owningCentre\": \"C_SIK\"", "\"owningCentre\": \"C_XYZ\"")),
                HttpStatus.BAD_REQUEST, "owningCentre");
        assertProblem(post(http, "/offers", valid.replace("\"empowerment\": \"Den unge sætter målene\"", "\"empowerment\": \" \"")),
                HttpStatus.BAD_REQUEST, "criteria.empowerment");
        assertRuleViolated(post(http, "/offers", offer("Klub", "x", "C_SIK", "GROUP", "[\"SOCIAL_NETWORK\"]", 18, 13, 5)), "age-range");
        assertProblem(http.getForEntity("/offers?centre=C_XYZ", JsonNode.class), HttpStatus.BAD_REQUEST, "centre");
        assertProblem(http.getForEntity("/offers/" + UUID.randomUUID(), JsonNode.class), HttpStatus.NOT_FOUND, "offerId");
        assertThat(storedEvents(jdbc)).isEqualTo(before);
        UUID draft = assertCreated(post(http, "/offers", valid), "/offers");
        assertRuleViolated(post(http, "/offers/" + draft + "/suspension", "{\"reason\": \"x\"}"), "suspend-a-published-offer");
    }
}
