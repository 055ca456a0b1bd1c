package dk.sammen.plans.course;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dk.sammen.platform.test.Api.assertRuleViolated;
import static org.assertj.core.api.Assertions.assertThat;

/** A young person has one open course: a second is refused naming the open one, also when both are sent at once. */
class OneOpenCourseApiTest extends ServiceApiTest {

    private PlansApi api() {
        return new PlansApi(http);
    }

    private UUID youngPerson() {
        return api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(19)), "Én Test", PlansApi.needingSupport());
    }

    private ResponseEntity<JsonNode> open(UUID citizenId) {
        return Api.post(http, "/courses", """
                {"citizenId": "%s", "reason": "CITIZEN_WISH"}""".formatted(citizenId));
    }

    @Test
    void aSecondCourseIsRefusedNamingTheOpenOneAndOpensOnceTheFirstIsClosed() {
        UUID citizenId = youngPerson();
        UUID first = api().openCourse(citizenId, "CITIZEN_WISH");
        long opened = Api.storedEvents(jdbc, "CourseOpened");

        ResponseEntity<JsonNode> second = open(citizenId);

        assertRuleViolated(second, Course.ONE_OPEN_COURSE);
        assertThat(second.getBody().get("openCourseId").asText()).isEqualTo(first.toString());
        assertThat(Api.storedEvents(jdbc, "CourseOpened")).as("courses opened by the refused request").isEqualTo(opened);

        api().change(HttpMethod.POST, "/courses/" + first + "/closure", """
                {"outcome": "DECLINED"}""");
        UUID next = api().openCourse(citizenId, "CITIZEN_WISH");
        assertRuleViolated(open(citizenId), Course.ONE_OPEN_COURSE);
        assertThat(next).isNotEqualTo(first);
    }

    @Test
    void ofSixRequestsSentAtOnceOneOpensACourse() throws Exception {
        UUID citizenId = youngPerson();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<ResponseEntity<JsonNode>>> requests = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                requests.add(() -> open(citizenId));
            }
            List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> answer : pool.invokeAll(requests)) {
                answers.add(answer.get());
            }

            assertThat(answers).filteredOn(a -> a.getStatusCode() == HttpStatus.CREATED).hasSize(1);
            String created = answers.stream().filter(a -> a.getStatusCode() == HttpStatus.CREATED).findFirst().orElseThrow()
                    .getHeaders().getLocation().getPath();
            for (ResponseEntity<JsonNode> refused : answers.stream().filter(a -> a.getStatusCode() != HttpStatus.CREATED).toList()) {
                assertRuleViolated(refused, Course.ONE_OPEN_COURSE);
                assertThat(created).endsWith(refused.getBody().get("openCourseId").asText());
            }
            assertThat(jdbc.sql("SELECT count(*) FROM course_citizen WHERE citizen_id = ?").param(citizenId).query(Long.class).single())
                    .as("courses stored for the young person").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
