package dk.sammen.referrals.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventCodec;
import dk.sammen.events.Topics;
import dk.sammen.events.referrals.UnderretningDecidedV1;
import dk.sammen.events.referrals.UnderretningDecision;
import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.identity.Cpr;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Maja case (seed 003): seven underretninger over seven years from five kinds of source,
 * about her two children, registered with their real dates. Each is linked to the child's history
 * and, through the shared guardian, to the household's; the daughter is flagged for a coordinated
 * course when the police and the school report within two years; the intake decides to offer one.
 */
class MajaNotificationsScenarioTest extends ServiceApiTest {

    private static final String MAJA = "140386-2123";
    private static final String DAUGHTER = "090209-4123";
    private static final String SON = "210612-4123";

    @Autowired
    CitizenPseudonyms pseudonyms;

    private UUID notify(String child, String reporterKind, String reporterName, String concerns, String receivedAt) {
        return assertCreated(post(http, "/underretninger", """
                {"child": {"cpr": "%s"}, "reporter": {"kind": "%s", "anonymous": false, "name": "%s"},
                 "guardians": [{"cpr": "%s", "name": "Maja"}], "childInformed": false, "guardiansInformed": true,
                 "concerns": %s, "description": "Se sagen", "channel": "EMAIL", "receivedAt": "%sT09:00:00Z"}"""
                .formatted(child, reporterKind, reporterName, MAJA, concerns, receivedAt)), "/underretninger");
    }

    @Test
    void sevenNotificationsAreLinkedAndTheDaughterIsFlaggedForACoordinatedCourse() {
        UUID daughter = pseudonyms.of(Cpr.parse(DAUGHTER));
        UUID son = pseudonyms.of(Cpr.parse(SON));

        notify(DAUGHTER, "OTHER_PROFESSIONAL", "Kontrolgruppen", "[\"OTHER\"]", "2015-03-10");
        notify(SON, "PPR", "PPR", "[\"WELL_BEING\"]", "2015-09-15");
        notify(DAUGHTER, "POLICE", "Politiet", "[\"CRIME\", \"SUBSTANCE_USE\"]", "2019-02-20");
        UUID school = notify(DAUGHTER, "SCHOOL", "Skolen", "[\"ABSENCE\", \"WELL_BEING\"]", "2019-04-03");
        notify(SON, "SCHOOL", "Skolen", "[\"ABSENCE\", \"WELL_BEING\"]", "2019-04-03");
        notify(SON, "OWN_DOCTOR", "Egen læge", "[\"MENTAL_HEALTH\"]", "2021-06-14");
        notify(DAUGHTER, "JOBCENTRE", "Jobcentret", "[\"MENTAL_HEALTH\", \"OTHER\"]", "2022-10-05");

        await().atMost(Duration.ofSeconds(20)).until(() ->
                http.getForObject("/flags", JsonNode.class).findValuesAsText("citizenId").contains(daughter.toString()));
        // The flag and the views are kept by different processors: wait for the views to show all seven.
        await().atMost(Duration.ofSeconds(20)).until(() -> http.getForObject("/young-people/" + daughter + "/household/underretninger",
                JsonNode.class).get("underretninger").size() == 7);
        JsonNode history = http.getForObject("/young-people/" + daughter + "/underretninger", JsonNode.class);
        assertThat(history.get("underretninger")).hasSize(4);
        assertThat(history.get("underretninger").findValuesAsText("receivedAt")).containsExactly(
                "2015-03-10T09:00:00Z", "2019-02-20T09:00:00Z", "2019-04-03T09:00:00Z", "2022-10-05T09:00:00Z");
        assertThat(history.get("flag").get("reason").asText()).isEqualTo("SEVERAL_SOURCES");
        assertThat(history.get("flag").get("notificationCount").asInt()).isEqualTo(2);
        assertThat(http.getForObject("/young-people/" + son + "/underretninger", JsonNode.class).has("flag")).isFalse();

        JsonNode household = http.getForObject("/young-people/" + daughter + "/household/underretninger", JsonNode.class);
        assertThat(household.get("youngPeople")).extracting(JsonNode::asText).containsExactlyInAnyOrder(daughter.toString(), son.toString());
        assertThat(household.get("underretninger")).hasSize(7);
        assertThat(household.get("underretninger").findValuesAsText("reporterKind")).containsExactly(
                "OTHER_PROFESSIONAL", "PPR", "POLICE", "SCHOOL", "SCHOOL", "OWN_DOCTOR", "JOBCENTRE");

        UUID intakeWorker = me().id(); // who assessed and decided is the caller
        post(http, "/underretninger/" + school + "/assessment", """
                {"assessedBy": "%s", "childInDanger": false, "acuteMeasuresNeeded": false, "reasoning": "Mønster over flere år"}"""
                .formatted(intakeWorker));
        post(http, "/underretninger/" + school + "/decision", """
                {"decision": "OFFER_COORDINATED_COURSE", "reason": "Gentagne underretninger fra flere kilder", "decidedBy": "%s"}"""
                .formatted(intakeWorker));

        List<UnderretningDecidedV1> decisions = TopicReader.read(dk.sammen.platform.test.TestInfrastructure.kafka().bootstrapServers(),
                        topic(Topics.REFERRALS), read -> read.stream().anyMatch(r -> r.value().getType().endsWith("underretning-decided.v1")),
                        Duration.ofSeconds(20)).stream()
                .filter(r -> r.value().getType().endsWith("underretning-decided.v1"))
                .map(r -> EventCodec.decode(r.value().getData().toBytes(), UnderretningDecidedV1.class))
                .toList();
        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.citizenId()).isEqualTo(daughter);
            assertThat(decision.decision()).isEqualTo(UnderretningDecision.OFFER_COORDINATED_COURSE);
        });

        // Intake's decision acts on the flag; two more sources after it flag her again, one does not.
        await().atMost(Duration.ofSeconds(20)).until(() -> flagOf(daughter).hasNonNull("actedOnAt"));
        String firstFlagged = flagOf(daughter).get("flaggedAt").asText();
        notify(DAUGHTER, "POLICE", "Politiet", "[\"CRIME\"]", "2023-01-10");
        await().atMost(Duration.ofSeconds(20)).until(() -> http.getForObject("/young-people/" + daughter + "/underretninger",
                JsonNode.class).get("underretninger").size() == 5);
        assertThat(flagOf(daughter).hasNonNull("actedOnAt")).as("one notification after the decision").isTrue();
        notify(DAUGHTER, "SCHOOL", "Skolen", "[\"ABSENCE\"]", "2023-03-01");
        await().atMost(Duration.ofSeconds(20)).until(() -> !flagOf(daughter).hasNonNull("actedOnAt"));
        assertThat(flagOf(daughter).get("flaggedAt").asText()).isNotEqualTo(firstFlagged);
        assertThat(flagOf(daughter).get("reason").asText()).isEqualTo("SEVERAL_SOURCES");
    }

    private JsonNode flagOf(UUID citizenId) {
        for (JsonNode flag : http.getForObject("/flags", JsonNode.class)) {
            if (flag.get("citizenId").asText().equals(citizenId.toString())) {
                return flag;
            }
        }
        throw new AssertionError("no flag for " + citizenId);
    }
}
