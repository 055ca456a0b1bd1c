package dk.sammen.referrals.erasure;

import dk.sammen.events.Topics;
import dk.sammen.events.plans.ErasureBasis;
import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.identity.Cpr;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.test.RefusedRows;
import dk.sammen.platform.test.ServiceApiTest;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.dataKeyErased;
import static dk.sammen.platform.test.Api.post;
import static dk.sammen.platform.test.Api.storedPayloads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The reporter's words are stored encrypted, and a young person erased in plans is erased here. */
class PersonalDataErasureTest extends ServiceApiTest {

    private static final String WORDS = "Mor ringer grædende om sønnens fravær og hærværk";

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Autowired
    CitizenPseudonyms pseudonyms;

    @Autowired
    EventProcessingConfiguration processing;

    /** Only plans erases: the same erasure put on plans' topic by anyone else is parked unread, and nothing is shredded. */
    @Test
    void anErasureFromAnyoneButPlansShredsNothing() throws Exception {
        UUID id = underretningAbout("110911-4553");
        UUID citizenId = pseudonyms.of(Cpr.parse("110911-4553"));
        PersonalDataErasedV1 erased = new PersonalDataErasedV1(citizenId, Set.of(UUID.randomUUID()), ErasureBasis.REQUEST, Instant.now());
        CloudEvent forged = IntegrationEventEnvelope.wrap(erased, UUID.randomUUID().toString(), URI.create("/sammen/referrals"), Instant.now());
        kafka.send(new ProducerRecord<>(topic(Topics.PLANS), citizenId.toString(), forged)).get();

        // Every consumer of plans' topic parks it: the erasure, and the course facts (whose course, who works on it, consents).
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM parked_record WHERE event_id = ?")
                .param(forged.getId()).query(Long.class).single() == 2);
        assertThat(jdbc.sql("SELECT cause_message FROM parked_record WHERE event_id = ? AND consumer = 'referrals-erasure'")
                .param(forged.getId()).query(String.class).single()).contains("only /sammen/plans publishes there");
        assertThat(dataKeyErased(jdbc, id)).isFalse();
        assertThat(http.getForObject("/underretninger/" + id + "/reporter", String.class)).contains("Lærer Slettesen");
    }

    @Test
    void anErasedYoungPersonsUnderretningerCanNoLongerBeReadAndTheirRegisterEntryIsGone() throws Exception {
        UUID id = underretningAbout("120311-4551");
        UUID citizenId = pseudonyms.of(Cpr.parse("120311-4551"));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM underretning_view WHERE citizen_id = ?")
                .param(citizenId).query(Long.class).single() == 1);

        PersonalDataErasedV1 erased = new PersonalDataErasedV1(citizenId, Set.of(UUID.randomUUID()), ErasureBasis.REQUEST, Instant.now());
        kafka.send(new ProducerRecord<>(topic(Topics.PLANS), citizenId.toString(),
                IntegrationEventEnvelope.wrap(erased, UUID.randomUUID().toString(), URI.create("/sammen/plans"), Instant.now()))).get();

        await().atMost(Duration.ofSeconds(20)).until(() -> dataKeyErased(jdbc, id));
        assertThat(jdbc.sql("SELECT count(*) FROM underretning_identity WHERE underretning_id = ?").param(id).query(Long.class).single())
                .isZero();
        assertThat(http.getForObject("/underretninger/" + id + "/reporter", String.class)).doesNotContain("Lærer Slettesen");
        assertThat(rowsAbout(citizenId, id)).as("what was reported about them, and their household").isZero();

        // A rebuild of the view by replay does not bring them back; someone reported since is shown again.
        UUID since = underretningAbout("130311-4557");
        replayTheViewUntilItShows(since);
        assertThat(rowsAbout(citizenId, id)).as("after the replay").isZero();
    }

    /**
     * Rebuilds the underretning view from the event store and waits until it holds again as many
     * rows as before, the given one (kept) among them: then everything before it was replayed,
     * and a row that should have stayed out and came back would make one too many.
     */
    private void replayTheViewUntilItShows(UUID kept) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM underretning_view WHERE underretning_id = ?")
                .param(kept).query(Long.class).single() == 1);
        long before = jdbc.sql("SELECT count(*) FROM underretning_view").query(Long.class).single();
        var view = processing.eventProcessor("underretning-view", StreamingEventProcessor.class).orElseThrow();
        view.shutDown();
        view.resetTokens();
        view.start();
        // The whole event store of this test context is replayed: on two busy cores that takes a while.
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql("SELECT count(*) FROM underretning_view WHERE underretning_id = ?")
                .param(kept).query(Long.class).single() == 1
                && jdbc.sql("SELECT count(*) FROM underretning_view").query(Long.class).single() >= before);
        assertThat(jdbc.sql("SELECT count(*) FROM underretning_view").query(Long.class).single()).as("rows after the replay")
                .isEqualTo(before);
    }

    private long rowsAbout(UUID citizenId, UUID underretningId) {
        return jdbc.sql("SELECT count(*) FROM underretning_view WHERE citizen_id = ? OR underretning_id = ?").params(citizenId, underretningId)
                .query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM household_link WHERE citizen_id = ?").param(citizenId).query(Long.class).single();
    }

    @Autowired
    Retention retention;

    /**
     * An underretning that led nowhere is forgotten five years after the decision — its words, its
     * reporter, the register's names — and one that fails to be forgotten stops no other and is
     * tried again on the next run; a replay of the view does not bring a forgotten one back.
     */
    @Test
    void anUnderretningThatLedNowhereIsForgottenAfterItsRetentionPeriod() {
        UUID nowhere = underretningAbout("140311-4559");
        UUID failing = underretningAbout("150311-4551");
        UUID recent = underretningAbout("160311-4553");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM underretning_view WHERE underretning_id = ANY(?)")
                .param(new UUID[]{nowhere, failing, recent}).query(Long.class).single() == 3);
        // Decided on as the intake worker would, long ago for two of them.
        jdbc.sql("UPDATE underretning_view SET decision = 'NO_FURTHER_ACTION', decided_at = now() - interval '6 years' WHERE underretning_id = ANY(?)")
                .param(new UUID[]{nowhere, failing}).update();
        jdbc.sql("UPDATE underretning_view SET decision = 'NO_FURTHER_ACTION', decided_at = now() - interval '1 year' WHERE underretning_id = ?")
                .param(recent).update();
        try (var refused = RefusedRows.where(jdbc, "forgotten_underretning", "underretning_id", failing, "refused by the test")) {
            retention.forgetThoseDue();
        }
        assertThat(dataKeyErased(jdbc, nowhere)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM underretning_identity WHERE underretning_id = ?").param(nowhere).query(Long.class).single())
                .isZero();
        assertThat(dataKeyErased(jdbc, failing)).as("its forgetting rolled back whole, for the next run").isFalse();
        assertThat(dataKeyErased(jdbc, recent)).as("decided a year ago: kept").isFalse();

        retention.forgetThoseDue();
        assertThat(dataKeyErased(jdbc, failing)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM underretning_view WHERE underretning_id = ANY(?)")
                .param(new UUID[]{nowhere, failing}).query(Long.class).single()).isZero();

        replayTheViewUntilItShows(recent);
        assertThat(jdbc.sql("SELECT count(*) FROM underretning_view WHERE underretning_id = ANY(?)")
                .param(new UUID[]{nowhere, failing}).query(Long.class).single()).as("after a replay").isZero();
    }

    private UUID underretningAbout(String cpr) {
        UUID id = assertCreated(post(http, "/underretninger", """
                {"child": {"cpr": "%s", "name": "Søn Slettesen"},
                 "reporter": {"kind": "SCHOOL", "anonymous": false, "name": "Lærer Slettesen", "organisation": "Skolen"},
                 "guardians": [{"cpr": "140386-2551", "name": "Mor Slettesen"}], "childInformed": false, "guardiansInformed": true,
                 "concerns": ["ABSENCE"], "description": "%s", "channel": "EMAIL", "receivedAt": "%s"}"""
                .formatted(cpr, WORDS, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS))), "/underretninger");
        // The child's birth date and the guardians named are the family's: encrypted with the words.
        String born = Cpr.parse(cpr).birthDate().toString();
        UUID guardian = pseudonyms.of(Cpr.parse("140386-2551"));
        assertThat(storedPayloads(jdbc, id)).isNotEmpty()
                .noneMatch(payload -> payload.contains("hærværk") || payload.contains(born) || payload.contains(guardian.toString()))
                .anyMatch(payload -> payload.contains("pd1:" + id));
        return id;
    }
}
