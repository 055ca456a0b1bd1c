package dk.sammen.analytics.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.analytics.AnalyticsHistory;
import dk.sammen.analytics.identity.PersonIds;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.CourseActivatedV1;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.ErasureBasis;
import dk.sammen.events.plans.FamilyRelation;
import dk.sammen.events.plans.FamilyRelationRegisteredV1;
import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.DeadlineMissedV1;
import dk.sammen.events.referrals.IdentityResolvedV1;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.LegalDeadline;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.events.referrals.UnderretningReceivedV1;
import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.test.ServiceApiTest;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A young person erased in plans leaves every projection, and does not come back with a late event. */
class ErasedPeopleTest extends ServiceApiTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonIds people;

    /**
     * A citizen id is a keyed hash of the CPR number; with the key and a birth month the number
     * is found by trying them all. Analytics holds the ids of everyone, erased people's too, so
     * it must not hold the key: only plans and referrals, which take CPR numbers, do.
     */
    @Test
    void analyticsHoldsNoKeyThatTurnsAnIdBackIntoACprNumber() {
        assertThat(context.getEnvironment().getProperty("sammen.citizen-pseudonym-key")).isNull();
        assertThat(context.getBeanProvider(CitizenPseudonyms.class).getIfAvailable()).isNull();
    }

    @Test
    void anErasedYoungPersonLeavesEveryProjectionAndALateEventDoesNotBringThemBack() {
        AnalyticsHistory history = new AnalyticsHistory(kafka, this::topic, jdbc);
        UUID citizenId = UUID.randomUUID();
        UUID courseId = UUID.randomUUID();
        UUID someoneElse = UUID.randomUUID();
        Instant t0 = Instant.parse("2024-02-01T09:00:00Z");
        history.publish(Topics.PLANS, t0, new CourseOpenedV1(courseId, citizenId, CourseOfferReason.CITIZEN_WISH, t0));
        history.publish(Topics.PLANS, t0, new CourseOpenedV1(UUID.randomUUID(), someoneElse, CourseOfferReason.CITIZEN_WISH, t0));
        history.awaitProjected(Duration.ofSeconds(20));
        assertThat(rowsAbout(citizenId, courseId)).isPositive();

        history.publish(Topics.PLANS, t0.plusSeconds(60), new PersonalDataErasedV1(citizenId, Set.of(courseId), ErasureBasis.REQUEST,
                t0.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(20)).until(() -> rowsAbout(citizenId, courseId) == 0);
        assertThat(http.getForEntity("/citizens/" + citizenId + "/timeline", JsonNode.class).getStatusCode())
                .as("analytics knows nothing of them").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT count(*) FROM timeline_entry WHERE citizen_id = ?").param(people.of(someoneElse)).query(Long.class).single())
                .as("everyone else stays").isEqualTo(1);

        // An event of their course from another partition, arriving after the erasure, is not taken in.
        history.publish(Topics.PLANS, t0.plusSeconds(120), new CourseActivatedV1(courseId, citizenId, t0.plusSeconds(120)));
        history.publish(Topics.PLANS, t0.plusSeconds(120), new CourseOpenedV1(UUID.randomUUID(), someoneElse,
                CourseOfferReason.CITIZEN_WISH, t0.plusSeconds(120)));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.sql("SELECT count(*) FROM timeline_entry WHERE citizen_id = ?").param(people.of(someoneElse)).query(Long.class).single() == 2);
        assertThat(rowsAbout(citizenId, courseId)).isZero();
    }

    /**
     * An underretning's first rows name no young person while their identity is unresolved, and a
     * relative's family relation names them only in its data: those go with them too, and a late
     * event about the underretning is not taken in.
     */
    @Test
    void whatWasReportedBeforeTheirIdentityWasKnownAndTheirRelativesLinksToThemGoToo() {
        AnalyticsHistory history = new AnalyticsHistory(kafka, this::topic, jdbc);
        UUID citizenId = UUID.randomUUID();
        UUID mother = UUID.randomUUID();
        UUID underretning = UUID.randomUUID();
        Instant t0 = Instant.parse("2024-03-01T09:00:00Z");
        history.publish(Topics.REFERRALS, t0, new UnderretningReceivedV1(underretning, null, ReporterKind.SCHOOL,
                Set.of(ConcernCategory.ABSENCE), IntakeChannel.DIGITAL_FORM, t0));
        history.publish(Topics.REFERRALS, t0.plusSeconds(3600), new DeadlineMissedV1(underretning, null, LegalDeadline.ASSESSMENT,
                t0.plusSeconds(1800), t0.plusSeconds(3600)));
        history.publish(Topics.REFERRALS, t0.plusSeconds(7200), new IdentityResolvedV1(underretning, citizenId, t0.plusSeconds(7200)));
        history.publish(Topics.PLANS, t0, new FamilyRelationRegisteredV1(mother, citizenId, FamilyRelation.CHILD, t0));
        history.awaitProjected(Duration.ofSeconds(20));
        assertThat(rowsNaming(citizenId, underretning)).isGreaterThanOrEqualTo(4);

        history.publish(Topics.PLANS, t0.plusSeconds(9000), new PersonalDataErasedV1(citizenId, Set.of(), ErasureBasis.REQUEST,
                t0.plusSeconds(9000)));
        await().atMost(Duration.ofSeconds(20)).until(() -> rowsNaming(citizenId, underretning) == 0);

        history.publish(Topics.REFERRALS, t0.plusSeconds(9600), new DeadlineMissedV1(underretning, null, LegalDeadline.RECEIPT,
                t0.plusSeconds(9000), t0.plusSeconds(9600)));
        awaitProjectedBehind(underretning, t0.plusSeconds(9700));
        assertThat(rowsNaming(citizenId, underretning)).as("the late deadline breach").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM timeline_entry WHERE citizen_id = ?").param(people.of(mother)).query(Long.class).single())
                .as("the mother's relation to them").isZero();
    }

    /**
     * Referrals and plans are separate topics, so intake's resolution of an underretning to a young
     * person can arrive after plans erased them: the underretning, until then about nobody, is
     * about them from that moment and goes with them, and its later events are not taken in.
     */
    @Test
    void anUnderretningWhoseIdentityIsResolvedOnlyAfterTheErasureGoesToo() {
        AnalyticsHistory history = new AnalyticsHistory(kafka, this::topic, jdbc);
        UUID citizenId = UUID.randomUUID();
        UUID underretning = UUID.randomUUID();
        Instant t0 = Instant.parse("2024-04-01T09:00:00Z");
        history.publish(Topics.REFERRALS, t0, new UnderretningReceivedV1(underretning, null, ReporterKind.SCHOOL,
                Set.of(ConcernCategory.ABSENCE), IntakeChannel.DIGITAL_FORM, t0));
        history.publish(Topics.PLANS, t0.plusSeconds(60), new PersonalDataErasedV1(citizenId, Set.of(), ErasureBasis.REQUEST,
                t0.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(20)).until(() -> rowsNaming(citizenId, underretning) > 0
                && jdbc.sql("SELECT count(*) FROM erased_citizen WHERE citizen_id = ?").param(people.of(citizenId)).query(Long.class).single() == 1);

        history.publish(Topics.REFERRALS, t0.plusSeconds(120), new IdentityResolvedV1(underretning, citizenId, t0.plusSeconds(120)));
        await().atMost(Duration.ofSeconds(20)).until(() -> rowsNaming(citizenId, underretning) == 0);

        history.publish(Topics.REFERRALS, t0.plusSeconds(3600), new DeadlineMissedV1(underretning, null, LegalDeadline.ASSESSMENT,
                t0.plusSeconds(1800), t0.plusSeconds(3600)));
        awaitProjectedBehind(underretning, t0.plusSeconds(3700));
        assertThat(rowsNaming(citizenId, underretning)).as("the late deadline breach").isZero();
    }

    /**
     * Sends another underretning behind the given one's last record on its partition (the same
     * key) and waits for it: once it is in, the records before it were seen.
     */
    private void awaitProjectedBehind(UUID underretning, Instant at) {
        UUID behind = UUID.randomUUID();
        kafka.send(new ProducerRecord<>(topic(Topics.REFERRALS), underretning.toString(), IntegrationEventEnvelope.wrap(
                new UnderretningReceivedV1(behind, null, ReporterKind.POLICE, Set.of(ConcernCategory.ABSENCE), IntakeChannel.DIGITAL_FORM,
                        at), UUID.randomUUID().toString(), Topics.sourceOf(Topics.REFERRALS), at))).join();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM timeline_entry WHERE data->>'underretningId' = ?")
                .param(behind.toString()).query(Long.class).single() == 1);
    }

    /** Rows naming the young person or their underretning anywhere: a column, or the ledger's data. */
    private long rowsNaming(UUID citizenId, UUID underretningId) {
        long rows = 0;
        for (var column : jdbc.sql("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND column_name IN ('citizen_id', 'related_citizen_id', 'underretning_id')
                          AND table_name NOT IN ('erased_citizen', 'erased_underretning', 'audit_trail')""")
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list()) {
            rows += jdbc.sql("SELECT count(*) FROM " + column[0] + " WHERE " + column[1] + " = ?")
                    .param(column[1].equals("underretning_id") ? underretningId : people.of(citizenId)).query(Long.class).single();
        }
        return rows + jdbc.sql("SELECT count(*) FROM timeline_entry WHERE data->>'underretningId' = ? OR data->>'relatedCitizenId' = ?")
                .params(underretningId.toString(), people.of(citizenId).toString()).query(Long.class).single();
    }

    /** Rows about them in any table of the live schema but the audit trail (accountability keeps who looked at them). */
    private long rowsAbout(UUID citizenId, UUID courseId) {
        long rows = 0;
        for (var column : jdbc.sql("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND column_name IN ('citizen_id', 'course_id')
                          AND table_name NOT IN ('erased_citizen', 'erased_course', 'audit_trail')""")
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list()) {
            rows += jdbc.sql("SELECT count(*) FROM " + column[0] + " WHERE " + column[1] + " = ?")
                    .param(column[1].equals("citizen_id") ? people.of(citizenId) : courseId).query(Long.class).single();
        }
        return rows;
    }
}
