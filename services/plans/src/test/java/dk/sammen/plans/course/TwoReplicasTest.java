package dk.sammen.plans.course;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.plans.PlansApi;
import dk.sammen.plans.PlansApi.ActiveCourse;
import dk.sammen.platform.command.CommandProblemsAdvice;
import dk.sammen.platform.test.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dk.sammen.platform.test.Api.storedEventsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas of plans on one database: one replica serialises the commands on a course, two
 * cannot, so the event store's unique key on (course, sequence number) decides who came first.
 * The other replica is played by a connection of its own that appends the course's next event
 * and holds it uncommitted while this one's command runs into it.
 */
class TwoReplicasTest extends ServiceApiTest {

    @Test
    void aCommandThatLosesARaceWithAnotherReplicaIsAStaleVersionOrAConflictToSendAgainAndStoresNothing() throws Exception {
        PlansApi api = new PlansApi(http);
        ActiveCourse course = api.activeAdultCourse();
        String path = "/courses/" + course.courseId() + "/progression";
        String measurement = """
                {"dimension": "MASTERY", "scaleMin": 1, "scaleMax": 5, "value": 3, "measuredBy": "%s", "measuredOn": "%s"}"""
                .formatted(course.tovholderId(), LocalDate.now().minusDays(1));
        String etag = api.change(HttpMethod.POST, path, measurement);

        ResponseEntity<JsonNode> withIfMatch = loseTheRace(api, course, path, measurement, etag);
        assertThat(withIfMatch.getStatusCode()).as(String.valueOf(withIfMatch.getBody())).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(withIfMatch.getBody().get("type").asText()).isEqualTo(CommandProblemsAdvice.STALE_VERSION.toString());

        ResponseEntity<JsonNode> without = loseTheRace(api, course, path, measurement, null);
        assertThat(without.getStatusCode()).as(String.valueOf(without.getBody())).isEqualTo(HttpStatus.CONFLICT);
        assertThat(without.getBody().get("type").asText()).isEqualTo(CommandProblemsAdvice.CONCURRENT_CHANGE.toString());
        assertThat(without.getHeaders().getFirst("Retry-After")).isEqualTo("0");

        long stored = storedEventsOf(jdbc, course.courseId());
        assertThat(api.send(HttpMethod.POST, path, measurement).getStatusCode()).as("sent again").isEqualTo(HttpStatus.CREATED);
        assertThat(storedEventsOf(jdbc, course.courseId())).isEqualTo(stored + 1);
    }

    /** The other replica appends the course's next event first; this one's command commits after it. */
    private ResponseEntity<JsonNode> loseTheRace(PlansApi api, ActiveCourse course, String path, String measurement, String ifMatch)
            throws Exception {
        long before = storedEventsOf(jdbc, course.courseId());
        try (Connection otherReplica = anotherReplicasConnection()) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement append = otherReplica.prepareStatement("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                                    payload_type, payload_revision, payload, meta_data)
                    SELECT gen_random_uuid()::text, aggregate_identifier, sequence_number + 1, type, time_stamp,
                           payload_type, payload_revision, payload, meta_data
                    FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""")) {
                append.setString(1, course.courseId().toString());
                assertThat(append.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<ResponseEntity<JsonNode>> ours = CompletableFuture.supplyAsync(() -> ifMatch == null
                    ? api.send(HttpMethod.POST, path, measurement)
                    : api.send(HttpMethod.POST, path, measurement, ifMatch));
            await("this replica's append waits for the other's").atMost(Duration.ofSeconds(10)).until(() -> waitingOnALock() > 0);
            otherReplica.commit();
            ResponseEntity<JsonNode> answer = ours.get(20, TimeUnit.SECONDS);
            assertThat(storedEventsOf(jdbc, course.courseId())).as("only the other replica's event").isEqualTo(before + 1);
            return answer;
        }
    }

    private long waitingOnALock() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
                .query(Long.class).single();
    }
}
