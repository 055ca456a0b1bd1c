package dk.sammen.analytics.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.analytics.AnalyticsHistory;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.CourseActivatedV1;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.ErasureBasis;
import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.test.ServiceApiTest;
import io.cloudevents.CloudEvent;
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
        assertThat(jdbc.sql("SELECT count(*) FROM timeline_entry WHERE citizen_id = ?").param(someoneElse).query(Long.class).single())
                .as("everyone else stays").isEqualTo(1);

        // An event of their course from another partition, arriving after the erasure, is not taken in.
        history.publish(Topics.PLANS, t0.plusSeconds(120), new CourseActivatedV1(courseId, citizenId, t0.plusSeconds(120)));
        history.publish(Topics.PLANS, t0.plusSeconds(120), new CourseOpenedV1(UUID.randomUUID(), someoneElse,
                CourseOfferReason.CITIZEN_WISH, t0.plusSeconds(120)));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.sql("SELECT count(*) FROM timeline_entry WHERE citizen_id = ?").param(someoneElse).query(Long.class).single() == 2);
        assertThat(rowsAbout(citizenId, courseId)).isZero();
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
                    .param(column[1].equals("citizen_id") ? citizenId : courseId).query(Long.class).single();
        }
        return rows;
    }
}
