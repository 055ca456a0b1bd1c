package dk.sammen.referrals.underretning;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.EventSchemas;
import dk.sammen.events.Topics;
import dk.sammen.events.referrals.UnderretningReceivedV1;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TopicReader;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.post;
import static dk.sammen.platform.test.Api.storedEventId;
import static dk.sammen.platform.test.Api.storedEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class UnderretningApiTest extends ServiceApiTest {

    @Test
    void aReceivedUnderretningIsReadableAndPublishedWithoutItsDescription() {
        UUID citizenId = UUID.randomUUID();
        String description = "Datteren har massivt skolefravær og virker ikke til at trives";

        UUID id = assertCreated(post(http, "/underretninger", """
                {"citizenId": "%s", "reporterKind": "SCHOOL", "concerns": ["ABSENCE", "WELL_BEING"],
                 "description": "%s", "channel": "DIGITAL_FORM", "receivedAt": "2019-03-04T09:15:00Z"}"""
                .formatted(citizenId, description)), "/underretninger");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.getForEntity("/underretninger/" + id, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK));
        JsonNode view = http.getForObject("/underretninger/" + id, JsonNode.class);
        assertThat(view.get("citizenId").asText()).isEqualTo(citizenId.toString());
        assertThat(view.get("concerns").toString()).contains("ABSENCE", "WELL_BEING");
        assertThat(view.get("receivedAt").asText()).isEqualTo("2019-03-04T09:15:00Z");

        // Keyed by the young person, so everything about them stays in order on one partition.
        CloudEvent event = TopicReader.firstWithKey(topic(Topics.REFERRALS), citizenId.toString()).value();
        String type = EventContracts.typeOf(UnderretningReceivedV1.class);
        assertThat(event.getType()).isEqualTo(type);
        assertThat(event.getSource()).hasToString("/sammen/referrals");
        assertThat(event.getSubject()).isEqualTo(id.toString());
        assertThat(event.getId()).isEqualTo(storedEventId(jdbc, id));
        byte[] data = event.getData().toBytes();
        assertThat(EventSchemas.violations(type, data)).isEmpty();
        assertThat(new String(data, StandardCharsets.UTF_8)).doesNotContain("skolefravær");
        assertThat(EventCodec.decode(data, UnderretningReceivedV1.class).concerns()).hasSize(2);
    }

    @Test
    void anUnderretningWhoseYoungPersonIsNotYetIdentifiedIsKeyedByItself() {
        UUID id = assertCreated(post(http, "/underretninger", """
                {"reporterKind": "PRIVATE_CITIZEN", "concerns": ["NEGLECT"],
                 "description": "Anonym henvendelse om et barn i opgangen", "channel": "PHONE"}"""), "/underretninger");

        CloudEvent event = TopicReader.firstWithKey(topic(Topics.REFERRALS), id.toString()).value();
        assertThat(EventCodec.decode(event.getData().toBytes(), UnderretningReceivedV1.class).citizenId()).isNull();
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsStored() {
        long before = storedEvents(jdbc);

        var noConcerns = post(http, "/underretninger", """
                {"reporterKind": "POLICE", "concerns": [], "description": "x", "channel": "EMAIL"}""");
        var unknownReporter = post(http, "/underretninger", """
                {"reporterKind": "NEIGHBOUR", "concerns": ["OTHER"], "description": "x", "channel": "EMAIL"}""");
        var badTime = post(http, "/underretninger", """
                {"reporterKind": "POLICE", "concerns": ["CRIME"], "description": "x", "channel": "EMAIL", "receivedAt": "yesterday"}""");
        var unknownConcern = post(http, "/underretninger", """
                {"reporterKind": "POLICE", "concerns": ["CRIME", "BOREDOM"], "description": "x", "channel": "EMAIL"}""");
        var future = post(http, "/underretninger", """
                {"reporterKind": "POLICE", "concerns": ["CRIME"], "description": "x", "channel": "EMAIL", "receivedAt": "2999-01-01T00:00:00Z"}""");

        assertProblem(noConcerns, HttpStatus.BAD_REQUEST, "concerns");
        assertProblem(unknownReporter, HttpStatus.BAD_REQUEST, "reporterKind");
        assertProblem(badTime, HttpStatus.BAD_REQUEST, "receivedAt");
        assertProblem(unknownConcern, HttpStatus.BAD_REQUEST, "concerns[1]");
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(future.getBody().get("rule").asText()).isEqualTo("received-in-the-past");
        assertThat(storedEvents(jdbc)).isEqualTo(before);
    }

    @Test
    void anUnknownUnderretningIsANotFoundProblem() {
        assertProblem(http.getForEntity("/underretninger/" + UUID.randomUUID(), JsonNode.class),
                HttpStatus.NOT_FOUND, "underretningId");
    }
}
