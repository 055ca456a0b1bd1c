package dk.sammen.offers.annualstatus;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.Centre;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.Topics;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.plans.CourseOfferEndedV1;
import dk.sammen.events.plans.CourseOfferStartedV1;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.events.plans.ProgressionMeasuredV1;
import dk.sammen.offers.TestOffers;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.ServiceApiTest;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The annual status of an offer, computed from the plans service's events, checked against a hand-computed case. */
class AnnualStatusTest extends ServiceApiTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    private void publish(IntegrationEvent event) throws Exception {
        CloudEvent cloudEvent = IntegrationEventEnvelope.wrap(event, UUID.randomUUID().toString(), URI.create("/sammen/plans"), Instant.now());
        kafka.send(new ProducerRecord<>(topic(Topics.PLANS), event.partitionKey(), cloudEvent)).get();
    }

    private static ProgressionMeasuredV1 attendance(UUID course, double value, String on) {
        return new ProgressionMeasuredV1(course, UUID.randomUUID(), ProgressionDimension.ATTENDANCE, 0, 100, value, UUID.randomUUID(),
                LocalDate.parse(on), Instant.now());
    }

    /**
     * Five courses used the offer in 2024: three from 1 March to 31 May (92 days each, attendance
     * 40 % -> 90 % while in it; a measurement after it ended is not its progression), one of them
     * again from 1 to 10 October (10 days), and, after a new revision raised the price from 3,000 to
     * 4,000 DKK a month, two from 1 December, still running (31 days of 2024), measured 50 % -> 60 %.
     * Days 3 * 92 + 10 + 2 * 31 = 348 over 5 courses, 69.6 on average; cost 3,000 DKK a month for the
     * 286 days under the first revision and 4,000 for the 62 under the second; attendance
     * (3 * 0.5 + 2 * 0.1) / 5 = 0.34.
     */
    @Test
    void coursesDaysCostAndProgressionOfAYear() throws Exception {
        UUID offer = publishedOffer("Årsstatus-mentor");
        Set<NeedCategory> needs = Set.of(NeedCategory.SCHOOL_ATTENDANCE);
        UUID again = null;
        for (int i = 0; i < 3; i++) {
            UUID course = UUID.randomUUID();
            again = course;
            publish(new CourseOfferStartedV1(course, offer, 1, Centre.C_ARB, needs, LocalDate.parse("2024-03-01"), Instant.now()));
            publish(attendance(course, 40, "2024-03-05"));
            publish(attendance(course, 90, "2024-05-20"));
            publish(attendance(course, 10, "2024-08-01"));
            publish(new CourseOfferEndedV1(course, offer, LocalDate.parse("2024-05-31"), Instant.now()));
        }
        publish(new CourseOfferStartedV1(again, offer, 1, Centre.C_ARB, needs, LocalDate.parse("2024-10-01"), Instant.now()));
        publish(new CourseOfferEndedV1(again, offer, LocalDate.parse("2024-10-10"), Instant.now()));
        assertThat(Api.send(http, HttpMethod.PUT, "/offers/" + offer, offerBody("Årsstatus-mentor", 4000), null).getStatusCode()
                .is2xxSuccessful()).isTrue();
        for (int i = 0; i < 2; i++) {
            UUID course = UUID.randomUUID();
            publish(new CourseOfferStartedV1(course, offer, 2, Centre.C_ARB, needs, LocalDate.parse("2024-12-01"), Instant.now()));
            publish(attendance(course, 50, "2024-12-10"));
            publish(attendance(course, 60, "2024-12-20"));
        }

        long cost = Math.round(3000 * 286 / (365.25 / 12) + 4000 * 62 / (365.25 / 12));
        await().atMost(Duration.ofSeconds(30)).until(() -> line(offer, 2024) != null && line(offer, 2024).get("courses").asInt() == 5
                && line(offer, 2024).get("averageDays").asDouble() == 69.6
                && line(offer, 2024).get("cost").asLong() == cost
                && line(offer, 2024).get("progression").has("ATTENDANCE"));
        JsonNode line = line(offer, 2024);
        assertThat(line.get("suppressed").asBoolean()).isFalse();
        assertThat(cost).as("not today's price for every day").isNotEqualTo(Math.round(4000 * 348 / (365.25 / 12)));
        assertThat(line.get("progression").get("ATTENDANCE").asDouble()).isEqualTo(0.34);
        assertThat(line(offer, 2023)).isNull();

        HttpHeaders csv = new HttpHeaders();
        csv.setAccept(List.of(MediaType.valueOf("text/csv")));
        String sheet = http.exchange("/offers/annual-status?year=2024", HttpMethod.GET, new HttpEntity<>(csv), String.class).getBody();
        assertThat(sheet).startsWith("offerId,name,centre,courses,suppressed,averageDays,cost,progressionATTENDANCE");
        assertThat(sheet).contains(offer.toString()).contains(",Årsstatus-mentor,C_ARB,5,false,69.6," + cost + ",0.34,");
    }

    /**
     * Two courses used an offer: its line says it was used, and nothing that would describe those
     * two — how many, how long, what it cost, how they did.
     */
    @Test
    void anOfferUsedByFewerThanFiveCoursesShowsOnlyThatItWasUsed() throws Exception {
        UUID offer = publishedOffer("Årsstatus-få");
        for (int i = 0; i < 2; i++) {
            UUID course = UUID.randomUUID();
            publish(new CourseOfferStartedV1(course, offer, 1, Centre.C_ARB, Set.of(NeedCategory.SCHOOL_ATTENDANCE),
                    LocalDate.parse("2024-03-01"), Instant.now()));
            publish(attendance(course, 40, "2024-03-05"));
            publish(attendance(course, 90, "2024-05-20"));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> line(offer, 2024) != null);
        JsonNode line = line(offer, 2024);
        assertThat(line.get("suppressed").asBoolean()).isTrue();
        assertThat(List.of(line.get("courses"), line.get("averageDays"), line.get("cost"))).allMatch(JsonNode::isNull);
        assertThat(line.get("progression")).isEmpty();
    }

    private static String offerBody(String name, long pricePerMonth) {
        return TestOffers.offer(name, "Mentor", "C_ARB", "INDIVIDUAL_SUPPORT", "[\"SCHOOL_ATTENDANCE\"]", 13, 25, "5")
                .replace("\"pricePerMonth\": 9500", "\"pricePerMonth\": " + pricePerMonth);
    }

    private UUID publishedOffer(String name) {
        UUID offer = assertCreated(post(http, "/offers", offerBody(name, 3000)), "/offers");
        post(http, "/offers/" + offer + "/publication", null);
        return offer;
    }

    private JsonNode line(UUID offer, int year) {
        JsonNode lines = http.getForObject("/offers/annual-status?year=" + year, JsonNode.class);
        return StreamSupport.stream(lines.spliterator(), false).filter(l -> l.get("offerId").asText().equals(offer.toString()))
                .findFirst().orElse(null);
    }
}
