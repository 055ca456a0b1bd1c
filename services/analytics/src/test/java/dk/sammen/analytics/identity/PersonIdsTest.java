package dk.sammen.analytics.identity;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.analytics.AnalyticsHistory;
import dk.sammen.events.Centre;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.ConsentRecordedV1;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.ErasureBasis;
import dk.sammen.events.plans.FamilyRelation;
import dk.sammen.events.plans.FamilyRelationRegisteredV1;
import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamMemberAddedV1;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.platform.test.ServiceApiTest;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Whoever holds the services' CPR pseudonym key can compute a young person's id from a CPR
 * number; analytics keeps none of those ids, so its tables (and the ids it keeps of erased
 * people) cannot be searched with them.
 */
class PersonIdsTest extends ServiceApiTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Test
    void noTableHoldsTheServicesIdOfAPersonYetTheirTimelineIsFoundByIt() {
        AnalyticsHistory history = new AnalyticsHistory(kafka, this::topic, jdbc);
        UUID youngPerson = UUID.randomUUID();
        UUID mother = UUID.randomUUID();
        UUID courseId = UUID.randomUUID();
        Instant t0 = Instant.parse("2024-05-01T09:00:00Z");
        history.publish(Topics.PLANS, t0, new CourseOpenedV1(courseId, youngPerson, CourseOfferReason.CITIZEN_WISH, t0));
        history.publish(Topics.PLANS, t0, new FamilyRelationRegisteredV1(youngPerson, mother, FamilyRelation.PARENT_OR_GUARDIAN, t0));
        // The young person on their own team, and their mother consenting as guardian.
        history.publish(Topics.PLANS, t0, new TeamMemberAddedV1(courseId, youngPerson, TeamRole.NETWORK_PERSON,
                TeamAffiliation.EXTERNAL_ACTOR, t0));
        history.publish(Topics.PLANS, t0, new ConsentRecordedV1(courseId, youngPerson, ConsentGiver.GUARDIAN, mother,
                Set.of(Centre.C_SS), t0));
        history.awaitProjected(Duration.ofSeconds(20));

        JsonNode timeline = http.getForObject("/citizens/" + youngPerson + "/timeline", JsonNode.class);
        assertThat(timeline.get("items").findValuesAsText("eventType")).hasSize(4);
        assertThat(tablesHolding(youngPerson, mother)).isEmpty();

        history.publish(Topics.PLANS, t0.plusSeconds(60), new PersonalDataErasedV1(youngPerson, Set.of(courseId), ErasureBasis.REQUEST,
                t0.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM erased_course WHERE course_id = ?")
                .param(courseId).query(Long.class).single() == 1);
        assertThat(tablesHolding(youngPerson, mother)).as("not even among the erased").isEmpty();
    }

    /** A replica or a restart given another key would give the same people other ids in the same tables: it refuses to start. */
    @Test
    void analyticsStartedWithAnotherKeyThanItsTablesWereMadeWithRefusesToRun() {
        assertThatThrownBy(() -> new PersonIds("another-key-of-at-least-thirty-two-characters", false, jdbc))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not the key analytics' tables were made with");
        assertThat(new PersonIds(PersonIds.DEVELOPMENT_KEY, true, jdbc).of(UUID.randomUUID())).as("the key it runs with").isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM person_id_key").query(Long.class).single()).isEqualTo(1);
    }

    /** The tables (the audit trail aside: it records whom a caller asked about, by the id they asked with) with a row naming one of the ids. */
    private List<String> tablesHolding(UUID... ids) {
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('audit_trail', 'audit_publication')""")
                .query(String.class).list();
        return tables.stream().filter(table -> List.of(ids).stream().anyMatch(id ->
                jdbc.sql("SELECT count(*) FROM " + table + " AS t WHERE t::text LIKE ?").param("%" + id + "%")
                        .query(Long.class).single() > 0)).toList();
    }
}
