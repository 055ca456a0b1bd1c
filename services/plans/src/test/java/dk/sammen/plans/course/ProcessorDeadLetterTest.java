package dk.sammen.plans.course;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.RefusedRows;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An Axon processor (the one-plan view) that fails on an event by itself parks it after its
 * attempts, with the later events of the same course behind it, and goes on with every other
 * course; an operator sees the parked events and, once the cause is mended, retries them in order.
 */
class ProcessorDeadLetterTest extends ServiceApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestRestTemplate operator() {
        return as(TestIdentity.with("operator"));
    }

    @Test
    void anEventTheOnePlanViewFailsOnIsParkedWithItsCourseBehindItAndRetriedInOrder() {
        PlansApi api = new PlansApi(http);
        UUID citizen = api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(20)), "Parkeret Test", PlansApi.needingSupport());
        // The view refuses this young person's course, as a bug in it would.
        UUID course;
        try (var refused = RefusedRows.where(jdbc, "course_plan", "citizen_id", citizen, "the view refuses this course")) {
            course = api.openCourse(citizen, "CITIZEN_WISH");
            await("parked").atMost(Duration.ofSeconds(90)).until(() -> parkedOf(course) == 1);
            // The course's later events (the tovholder joining the team, and taking the role) wait behind it.
            api.tovholder(course, me().id(), "Lene Holm", "C_SS");
            // A processor that failed a few times waits a while before it takes its segment again (Axon's backoff).
            await("behind it").atMost(Duration.ofSeconds(90)).until(() -> parkedOf(course) == 3);
            PlansApi.ActiveCourse other = api.activeAdultCourse();
            assertThat(api.planAt(other.courseId(), other.etag()).get("status").asText()).isEqualTo("ACTIVE");
            assertThat(http.getForEntity("/courses/" + course, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            await("counted").atMost(Duration.ofSeconds(10)).until(() -> Api.metric(http, "sammen_dead_letters",
                    "consumer=\"one-plan\",kind=\"axon\"") == 3);

            JsonNode first = parked(course).get(0);
            assertThat(first.get("eventType").asText()).endsWith("CourseOpened");
            assertThat(first.get("causeMessage").asText()).contains("the view refuses this course");
            assertThat(operator().getForObject("/processor-dead-letters/" + first.get("id").asText(), JsonNode.class)
                    .get("aggregateId").asText()).isEqualTo(course.toString());
        }

        JsonNode last = parked(course).get(2);
        ResponseEntity<JsonNode> retried = operator().postForEntity("/processor-dead-letters/" + last.get("id").asText() + "/retry",
                null, JsonNode.class);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody().get("redelivered").asInt()).as("the whole sequence, from its first event").isEqualTo(3);
        assertThat(retried.getBody().get("stillParked").asInt()).isZero();
        JsonNode plan = http.getForObject("/courses/" + course, JsonNode.class);
        assertThat(plan.get("tovholderId").asText()).isEqualTo(me().id().toString());
        assertThat(http.getForEntity("/processor-dead-letters", JsonNode.class).getStatusCode())
                .as("the operator's, not a caseworker's").isEqualTo(HttpStatus.FORBIDDEN);
    }

    private JsonNode parked(UUID course) {
        JsonNode page = operator().getForObject("/processor-dead-letters?processor=one-plan&size=500", JsonNode.class);
        return JSON.valueToTree(StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(item -> course.toString().equals(item.path("aggregateId").asText())).toList());
    }

    private int parkedOf(UUID course) {
        return parked(course).size();
    }
}
