package dk.sammen.plans.oneplan;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.test.ServiceApiTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.readAfter;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A front end that changes a course and reads it right after sees its change: the change answers
 * a Consistency-Token, and a read that sends it back reflects at least the version the change answered.
 */
class ReadYourWritesTest extends ServiceApiTest {

    @Autowired
    private EventProcessingConfiguration processing;

    private PlansApi api() {
        return new PlansApi(http);
    }

    private UUID courseOnMyWorklist() {
        UUID citizenId = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(17)), "Sara Test", PlansApi.needingSupport());
        UUID courseId = api().openCourse(citizenId, "CITIZEN_WISH");
        api().tovholder(courseId, PlansApi.ME, "Test Rådgiver", "C_SS");
        return courseId;
    }

    private ResponseEntity<JsonNode> addMember(UUID courseId) {
        ResponseEntity<JsonNode> change = api().send(HttpMethod.POST, "/courses/" + courseId + "/team", """
                {"memberId": "%s", "name": "Kim Rådgiver", "role": "CASEWORKER", "affiliation": "C_SS"}""".formatted(UUID.randomUUID()));
        assertThat(change.getStatusCode()).as(String.valueOf(change.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        return change;
    }

    private static long version(ResponseEntity<?> response) {
        return Long.parseLong(response.getHeaders().getETag().replace("\"", ""));
    }

    @Test
    void everyReadRightAfterAChangeShowsAtLeastTheVersionTheChangeAnswered() {
        UUID courseId = courseOnMyWorklist();

        for (int change = 0; change < 25; change++) {
            ResponseEntity<JsonNode> written = addMember(courseId);
            long answered = version(written);

            ResponseEntity<JsonNode> plan = readAfter(http, "/courses/" + courseId, written);
            assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(version(plan)).as("the one-plan view after change %d", change).isGreaterThanOrEqualTo(answered);
            assertThat(plan.getBody().get("version").asLong()).isGreaterThanOrEqualTo(answered);

            ResponseEntity<JsonNode> worklist = readAfter(http, "/worklists/" + PlansApi.ME, written);
            assertThat(worklist.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode item = itemFor(worklist.getBody(), courseId);
            assertThat(item.get("version").asLong()).as("the worklist after change %d", change).isGreaterThanOrEqualTo(answered);
        }
    }

    @Test
    void aNewCourseIsInTheListOfItsYoungPersonRightAfterItWasOpened() {
        UUID citizenId = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(16)), "Ida Test", PlansApi.needingSupport());

        ResponseEntity<JsonNode> opened = api().send(HttpMethod.POST, "/courses", """
                {"citizenId": "%s", "reason": "CITIZEN_WISH"}""".formatted(citizenId));

        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode list = readAfter(http, "/courses?citizenId=" + citizenId, opened).getBody();
        assertThat(list.get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void aChangeThatFailsAnswersNoToken() {
        UUID courseId = courseOnMyWorklist();

        ResponseEntity<JsonNode> stale = api().send(HttpMethod.POST, "/courses/" + courseId + "/team", """
                {"memberId": "%s", "name": "Kim Rådgiver", "role": "CASEWORKER", "affiliation": "C_SS"}""".formatted(UUID.randomUUID()), "\"0\"");

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(stale.getHeaders().get("Consistency-Token")).isNull();
    }

    @Test
    void aTokenThatIsNoChangeOfThisServiceIsRefusedNamingTheHeader() {
        UUID courseId = courseOnMyWorklist();

        assertProblem(readWithToken("/courses/" + courseId, UUID.randomUUID().toString()), HttpStatus.BAD_REQUEST, "Consistency-Token");
        assertProblem(readWithToken("/courses/" + courseId, "19"), HttpStatus.BAD_REQUEST, "Consistency-Token");
        assertProblem(readWithToken("/courses/" + courseId, "1-1-1-1-1"), HttpStatus.BAD_REQUEST, "Consistency-Token");
    }

    /**
     * A view that cannot catch up (its processor stopped) is not answered without the change for a
     * front end to act on: it is refused as not yet caught up, and answered once it has.
     */
    @Test
    void aViewThatCannotCatchUpIsRefusedAsNotYetAndAnsweredOnceItHas() {
        UUID courseId = courseOnMyWorklist();
        StreamingEventProcessor view = processing.eventProcessor("one-plan", StreamingEventProcessor.class).orElseThrow();
        view.shutDown();
        ResponseEntity<JsonNode> written;
        try {
            written = addMember(courseId);

            ResponseEntity<JsonNode> behind = readAfter(http, "/courses/" + courseId, written);

            assertProblem(behind, HttpStatus.SERVICE_UNAVAILABLE, "Consistency-Token");
            assertThat(behind.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
            assertThat(http.getForEntity("/courses/" + courseId, JsonNode.class).getStatusCode())
                    .as("a read without the token is answered with what the view has").isEqualTo(HttpStatus.OK);
        } finally {
            view.start();
        }

        ResponseEntity<JsonNode> caughtUp = readAfter(http, "/courses/" + courseId, written);
        assertThat(caughtUp.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(version(caughtUp)).isGreaterThanOrEqualTo(version(written));
    }

    @Test
    void theOpenApiDocumentDeclaresTheTokenOnTheReadsThatHonourIt() {
        JsonNode document = http.getForObject("/v3/api-docs", JsonNode.class);

        assertThat(headers(document, "/courses/{courseId}")).contains("Consistency-Token");
        assertThat(headers(document, "/worklists/{professionalId}")).contains("Consistency-Token");
        assertThat(headers(document, "/citizens/{citizenId}")).as("read from the citizen register, kept in the command's transaction")
                .doesNotContain("Consistency-Token");
    }

    private static List<String> headers(JsonNode document, String path) {
        return document.get("paths").get(path).get("get").path("parameters").findValuesAsText("name");
    }

    private ResponseEntity<JsonNode> readWithToken(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Consistency-Token", token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static JsonNode itemFor(JsonNode worklist, UUID courseId) {
        for (JsonNode item : worklist.get("items")) {
            if (item.get("courseId").asText().equals(courseId.toString())) {
                return item;
            }
        }
        throw new AssertionError("course " + courseId + " is not on the worklist: " + worklist);
    }
}
