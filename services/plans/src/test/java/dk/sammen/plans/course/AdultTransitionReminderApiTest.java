package dk.sammen.plans.course;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.test.ServiceApiTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The reminder before an 18th birthday is a persisted deadline that fires and shows in the plan. */
class AdultTransitionReminderApiTest extends ServiceApiTest {

    private long farFutureDeadlines() {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE execution_time > now() + interval '1 year'")
                .query(Long.class).single();
    }

    @Test
    void aYoungPersonCloseTo18GetsAReminderAtOnceAndAYoungerOneAPersistedDeadline() {
        PlansApi api = new PlansApi(http);
        LocalDate almost18 = LocalDate.now().minusYears(18).plusMonths(2);
        UUID soon = api.openCourse(api.registerCitizen(PlansApi.cprBornOn(almost18), "Snart 18", PlansApi.inSchool(9, 30)),
                "HIGH_SCHOOL_ABSENCE");
        long waitingBefore = farFutureDeadlines();
        UUID later = api.openCourse(api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(14)), "14 år", PlansApi.inSchool(8, 30)),
                "HIGH_SCHOOL_ABSENCE");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode plan = http.getForObject("/courses/" + soon, JsonNode.class);
            assertThat(plan.path("adultTransitionReminderFor").asText()).isEqualTo(almost18.plusYears(18).toString());
        });
        assertThat(farFutureDeadlines()).as("the 14-year-old's reminder waits in the database, surviving restarts")
                .isEqualTo(waitingBefore + 1);
        assertThat(http.getForObject("/courses/" + later, JsonNode.class).has("adultTransitionReminderFor")).isFalse();
    }
}
