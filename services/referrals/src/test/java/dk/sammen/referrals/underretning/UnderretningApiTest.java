package dk.sammen.referrals.underretning;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventContracts;
import dk.sammen.events.EventSchemas;
import dk.sammen.events.Topics;
import dk.sammen.events.referrals.UnderretningImportedV1;
import dk.sammen.events.referrals.UnderretningReceivedV1;
import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.identity.Cpr;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import dk.sammen.platform.test.TestInfrastructure;
import dk.sammen.platform.test.TopicReader;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.assertRuleViolated;
import static dk.sammen.platform.test.Api.metric;
import static dk.sammen.platform.test.Api.post;
import static dk.sammen.platform.test.Api.readAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

// Metrics are exported in this test (Spring Boot's tests leave the Prometheus endpoint out otherwise).
class UnderretningApiTest extends ServiceApiTest {

    private static final Pattern CPR_PATTERN = Pattern.compile("\\b\\d{6}-?\\d{4}\\b");

    @Autowired
    CitizenPseudonyms pseudonyms;

    @Autowired
    MeterRegistry meters;

    /** @param receivedAt when it arrived; {@code null}: a moment ago */
    static String underretning(String child, String reporter, String receivedAt) {
        String arrived = receivedAt != null ? receivedAt : Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS).toString();
        return """
                {"child": %s, "reporter": %s,
                 "guardians": [{"cpr": "140386-2123", "name": "Maja Testmor"}],
                 "childInformed": false, "guardiansInformed": true, "interpreterLanguage": null, "otherAgencies": ["Familiehuset"],
                 "concerns": ["ABSENCE", "WELL_BEING"], "description": "Massivt skolefravær, virker ikke til at trives",
                 "channel": "DIGITAL_FORM", "receivedAt": "%s"}""".formatted(child, reporter, arrived);
    }

    static final String SCHOOL = """
            {"kind": "SCHOOL", "anonymous": false, "name": "Lærer Testesen", "organisation": "Skovvejens Skole", "email": "laerer@skole.example.org"}""";

    private JsonNode viewOf(UUID id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> http.getForEntity("/underretninger/" + id, JsonNode.class).getStatusCode().is2xxSuccessful());
        return http.getForObject("/underretninger/" + id, JsonNode.class);
    }

    /** Intake registers an underretning and opens it right away: with the answer's Consistency-Token it is there. */
    @Test
    void anUnderretningIsReadableTheMomentItWasRegistered() {
        for (int i = 0; i < 10; i++) {
            ResponseEntity<JsonNode> registered = post(http, "/underretninger", underretning("""
                    {"cpr": "110210-41%02d", "name": "Straks Testesen"}""".formatted(i), SCHOOL, null));
            UUID id = assertCreated(registered, "/underretninger");

            ResponseEntity<JsonNode> read = readAfter(http, "/underretninger/" + id, registered);

            assertThat(read.getStatusCode()).as("read %d right after registering", i).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody().get("underretningId").asText()).isEqualTo(id.toString());
        }
    }

    @Test
    void anUnderretningIsReceivedWithItsDeadlinesAndPublishedWithoutCprNumbersNamesOrWords() {
        String cpr = "090210-4123";
        Instant received = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        UUID id = assertCreated(post(http, "/underretninger", underretning("""
                {"cpr": "%s", "name": "Datter Testesen"}""".formatted(cpr), SCHOOL, received.toString())), "/underretninger");

        JsonNode view = viewOf(id);
        UUID citizenId = pseudonyms.of(Cpr.parse(cpr));
        assertThat(view.get("citizenId").asText()).isEqualTo(citizenId.toString());
        assertThat(Instant.parse(view.get("assessmentDue").asText())).isEqualTo(received.plus(24, ChronoUnit.HOURS));
        assertThat(Instant.parse(view.get("receiptDue").asText())).isAfter(received.plus(6, ChronoUnit.DAYS));
        assertThat(view.get("assessmentOverdue").asBoolean()).isFalse();
        assertThat(view.toString()).doesNotContain("Lærer Testesen").doesNotContain("0902104123");
        assertThat(http.getForObject("/underretninger/" + id + "/reporter", JsonNode.class).get("name").asText()).isEqualTo("Lærer Testesen");
        assertThat(http.getForObject("/intake/inbox", JsonNode.class).findValuesAsText("underretningId")).contains(id.toString());

        CloudEvent event = TopicReader.firstWithKey(topic(Topics.REFERRALS), citizenId.toString()).value();
        String type = EventContracts.typeOf(UnderretningReceivedV1.class);
        assertThat(event.getType()).isEqualTo(type);
        assertThat(event.getSubject()).isEqualTo(id.toString());
        assertThat(EventSchemas.violations(type, event.getData().toBytes())).isEmpty();
        String data = new String(event.getData().toBytes(), StandardCharsets.UTF_8);
        assertThat(CPR_PATTERN.matcher(data).find()).isFalse();
        assertThat(data).doesNotContain("Testesen").doesNotContain("Testmor").doesNotContain("skolefravær").doesNotContain("Skovvejens");
    }

    /** The intake's queue is a metric: one received two days ago is awaiting assessment, and overdue. */
    @Test
    void underretningerAwaitingAssessmentAndOverdueAreMetrics() {
        long awaiting = metric(http, "sammen_referrals_awaiting_assessment", "");
        long overdue = metric(http, "sammen_referrals_assessment_overdue", "");

        assertCreated(post(http, "/underretninger", underretning("""
                {"cpr": "090210-4177", "name": "Metrik Testesen"}""", SCHOOL,
                Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString())), "/underretninger");

        await().atMost(Duration.ofSeconds(10)).until(() -> metric(http, "sammen_referrals_awaiting_assessment", "") == awaiting + 1);
        assertThat(metric(http, "sammen_referrals_assessment_overdue", "")).isEqualTo(overdue + 1);
    }

    @Test
    void anUnidentifiedYoungPersonIsResolvedLaterAndAPrivateReporterMayBeAnonymous() {
        UUID id = assertCreated(post(http, "/underretninger", underretning("null", """
                {"kind": "PRIVATE_CITIZEN", "anonymous": true}""", null)), "/underretninger");
        assertThat(viewOf(id).has("citizenId")).isFalse();
        assertThat(viewOf(id).has("receiptDue")).as("no receipt is owed to an anonymous reporter").isFalse();

        ResponseEntity<JsonNode> resolved = dk.sammen.platform.test.Api.send(http, org.springframework.http.HttpMethod.PUT,
                "/underretninger/" + id + "/identity", """
                        {"cpr": "010111-4999", "name": "Barn Testesen"}""", null);

        assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        UUID citizenId = pseudonyms.of(Cpr.parse("010111-4999"));
        await().atMost(Duration.ofSeconds(10)).until(() -> citizenId.toString().equals(viewOf(id).path("citizenId").asText()));
        assertThat(http.getForObject("/underretninger/" + id + "/reporter", JsonNode.class).has("name")).isFalse();
    }

    /** Underretninger received; deadlines and links of other tests' underretninger may be stored meanwhile. */
    private long receivedUnderretninger() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%UnderretningReceived'").query(Long.class).single();
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsStored() {
        long before = receivedUnderretninger();
        long identities = jdbc.sql("SELECT count(*) FROM underretning_identity").query(Long.class).single();

        var unknownConcern = post(http, "/underretninger", underretning("null", SCHOOL, null).replace("\"WELL_BEING\"", "\"BOREDOM\""));
        var unnamedProfessional = post(http, "/underretninger", underretning("null", """
                {"kind": "POLICE", "anonymous": false}""", null));
        var anonymousProfessional = post(http, "/underretninger", underretning("null", """
                {"kind": "HOSPITAL", "anonymous": true, "name": "Læge"}""", null));
        var impossibleCpr = post(http, "/underretninger", underretning("""
                {"cpr": "310211-4321"}""", SCHOOL, null));
        // The clocks run from when it arrived: a time that has not come yet, or none, is refused at the edge.
        var future = post(http, "/underretninger", underretning("null", SCHOOL, Instant.now().plus(Duration.ofDays(30)).toString()));
        var noTime = post(http, "/underretninger", underretning("null", SCHOOL, null).replaceFirst("\"receivedAt\": \"[^\"]+\"",
                "\"receivedAt\": null"));

        assertProblem(unknownConcern, HttpStatus.BAD_REQUEST, "concerns[1]");
        assertProblem(unnamedProfessional, HttpStatus.BAD_REQUEST, "reporter.name");
        assertProblem(anonymousProfessional, HttpStatus.BAD_REQUEST, "reporter.anonymous");
        assertProblem(impossibleCpr, HttpStatus.BAD_REQUEST, "child.cpr");
        assertThat(impossibleCpr.getBody().toString()).doesNotContain("310211");
        assertProblem(future, HttpStatus.BAD_REQUEST, "receivedAt");
        assertProblem(noTime, HttpStatus.BAD_REQUEST, "receivedAt");
        assertThat(receivedUnderretninger()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM underretning_identity").query(Long.class).single()).isEqualTo(identities);
    }

    @Test
    void assessmentReceiptDecisionAndFeedbackFollowTheRulesAndAMissedDeadlineIsABreach() {
        Instant almostADayAgo = Instant.now().minus(Duration.ofHours(24)).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        UUID late = assertCreated(post(http, "/underretninger", underretning("""
                {"cpr": "020212-4123"}""", SCHOOL, almostADayAgo.toString())), "/underretninger");
        UUID id = assertCreated(post(http, "/underretninger", underretning("""
                {"cpr": "030313-4123"}""", SCHOOL, null)), "/underretninger");
        UUID caseworker = me().id(); // who acts is the caller
        String at = "/underretninger/" + id;

        assertRuleViolated(post(http, at + "/decision", """
                {"decision": "NO_FURTHER_ACTION", "reason": "Ingen", "decidedBy": "%s"}""".formatted(caseworker)), "assessed-before-decision");
        // Who assessed is the caller: naming someone else is refused on the field, and nothing is recorded.
        assertProblem(post(http, at + "/assessment", """
                {"assessedBy": "%s", "childInDanger": false, "acuteMeasuresNeeded": false, "reasoning": "Ingen akut fare"}"""
                .formatted(UUID.randomUUID())), HttpStatus.BAD_REQUEST, "assessedBy");
        assertProblem(post(http, at + "/receipt", "{\"by\": \"%s\"}".formatted(UUID.randomUUID())), HttpStatus.BAD_REQUEST, "by");
        assertThat(post(http, at + "/assessment", """
                {"assessedBy": "%s", "childInDanger": false, "acuteMeasuresNeeded": false, "reasoning": "Ingen akut fare"}"""
                .formatted(caseworker)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertRuleViolated(post(http, at + "/assessment", """
                {"assessedBy": "%s", "childInDanger": false, "acuteMeasuresNeeded": false, "reasoning": "igen"}"""
                .formatted(caseworker)), "assessed-once");
        assertThat(post(http, at + "/receipt", "{\"by\": \"%s\"}".formatted(caseworker)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertRuleViolated(post(http, at + "/decision", """
                {"decision": "INFORM_EXISTING_COURSE", "reason": "Teamet", "decidedBy": "%s"}""".formatted(caseworker)), "course-named");
        assertThat(post(http, at + "/decision", """
                {"decision": "CHILD_WELFARE_INVESTIGATION", "reason": "Bekymring", "decidedBy": "%s"}""".formatted(caseworker))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(http, at + "/feedback", """
                {"investigationOrMeasures": true, "givenBy": "%s"}""".formatted(caseworker)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertRuleViolated(post(http, at + "/feedback", """
                {"investigationOrMeasures": true, "givenBy": "%s"}""".formatted(caseworker)), "feedback-once");

        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForObject("/intake/deadline-breaches", JsonNode.class).findValuesAsText("underretningId").contains(late.toString()));
        JsonNode lateView = viewOf(late);
        assertThat(lateView.get("assessmentOverdue").asBoolean()).isTrue();
        JsonNode inbox = http.getForObject("/intake/inbox", JsonNode.class);
        assertThat(inbox.findValuesAsText("underretningId")).contains(late.toString()).doesNotContain(id.toString());
        List<Instant> nextDue = new java.util.ArrayList<>();
        inbox.forEach(item -> nextDue.add(Instant.parse(item.has("assessedAt") ? item.get("receiptDue").asText() : item.get("assessmentDue").asText())));
        assertThat(nextDue).as("the nearest open deadline first").isSorted();
        assertThat(meters.counter("sammen.referrals.deadline.breaches", "deadline", "ASSESSMENT").count()).isGreaterThanOrEqualTo(1);
        JsonNode decided = viewOf(id);
        assertThat(decided.get("decision").asText()).isEqualTo("CHILD_WELFARE_INVESTIGATION");
        assertThat(decided.get("feedbackGivenAt").isTextual()).isTrue();
    }

    @Test
    void noEventLeavingTheServiceNamesAPersonOrTheReporter() {
        post(http, "/underretninger", underretning("""
                {"cpr": "040414-4123", "name": "Scanbarn Testesen"}""", SCHOOL, null));
        // Every stored event is published except the concern history's own bookkeeping (links the underretning events already
        // show, and a flag acted on, which the decision shows) and intake's journal (notes and documents, its own).
        long published = jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type NOT LIKE '%NotificationLinked'"
                        + " AND payload_type NOT LIKE '%FlagActedOn' AND payload_type NOT LIKE '%NoteWritten'"
                        + " AND payload_type NOT LIKE '%DocumentAttached'")
                .query(Long.class).single();

        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(),
                topic(Topics.REFERRALS), read -> read.size() >= published, Duration.ofSeconds(20));

        assertThat(records).hasSizeGreaterThanOrEqualTo((int) published);
        for (ConsumerRecord<String, CloudEvent> record : records) {
            String data = new String(record.value().getData().toBytes(), StandardCharsets.UTF_8);
            assertThat(CPR_PATTERN.matcher(data).find()).as(record.value().getType()).isFalse();
            assertThat(data).doesNotContain("Testesen").doesNotContain("Testmor").doesNotContain("Skovvejens").doesNotContain("laerer@");
            assertThat(EventSchemas.violations(record.value().getType(), record.value().getData().toBytes())).isEmpty();
        }
    }

    /**
     * Intake imports the underretninger of the years before Sammen as handled outside the system:
     * they are the young person's history, but no deadline runs for them, so none is a breach, none
     * waits in the inbox, and they leave the service as imported, not as received.
     */
    @Test
    void anUnderretningFromBeforeSammenIsImportedAsHandledOutsideTheSystemWithoutFalseBreaches() {
        String cpr = "070508-4123";
        UUID citizenId = pseudonyms.of(Cpr.parse(cpr));
        String child = """
                {"cpr": "%s", "name": "Historik Testesen"}""".formatted(cpr);
        String old = underretning(child, SCHOOL, "2019-04-03T09:00:00Z");
        String imported = old.replace("\"receivedAt\"", "\"handledOutsideSystem\": true, \"receivedAt\"");
        assertThat(post(as(TestIdentity.with("caseworker")), "/underretninger", imported).getStatusCode())
                .as("only intake says one was handled before Sammen").isEqualTo(HttpStatus.FORBIDDEN);
        UUID history = assertCreated(post(http, "/underretninger", imported), "/underretninger");
        UUID late = assertCreated(post(http, "/underretninger", old), "/underretninger");

        // The one received as new today, years after it came, breaches its deadlines at once; the imported one never does.
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForObject("/intake/deadline-breaches", JsonNode.class).findValuesAsText("underretningId").contains(late.toString()));
        assertThat(http.getForObject("/intake/deadline-breaches", JsonNode.class).findValuesAsText("underretningId"))
                .doesNotContain(history.toString());
        JsonNode view = viewOf(history);
        assertThat(view.get("handledOutsideSystem").asBoolean()).isTrue();
        assertThat(view.hasNonNull("assessmentDue")).isFalse();
        assertThat(view.get("assessmentOverdue").asBoolean()).isFalse();
        assertThat(http.getForObject("/intake/inbox", JsonNode.class).findValuesAsText("underretningId"))
                .contains(late.toString()).doesNotContain(history.toString());
        assertRuleViolated(post(http, "/underretninger/" + history + "/assessment", """
                {"childInDanger": false, "acuteMeasuresNeeded": false, "reasoning": "?"}"""), "handled-outside-system");
        // It is her history all the same.
        assertThat(http.getForObject("/young-people/" + citizenId + "/underretninger", JsonNode.class).findValuesAsText("underretningId"))
                .contains(history.toString(), late.toString());

        List<String> types = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(), topic(Topics.REFERRALS),
                        read -> read.stream().filter(r -> r.value().getSubject().equals(history.toString())).count() >= 1, Duration.ofSeconds(20))
                .stream().filter(r -> r.value().getSubject().equals(history.toString())).map(r -> r.value().getType()).toList();
        assertThat(types).containsExactly(EventContracts.typeOf(UnderretningImportedV1.class));
    }

    @Test
    void anUnknownUnderretningIsANotFoundProblem() {
        assertProblem(http.getForEntity("/underretninger/" + UUID.randomUUID(), JsonNode.class), HttpStatus.NOT_FOUND, "underretningId");
    }
}
