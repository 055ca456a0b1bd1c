package dk.sammen.plans.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.plans.PlansApi;
import dk.sammen.plans.PlansApi.ActiveCourse;
import dk.sammen.platform.test.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.time.LocalDate;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertRuleViolated;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Maria case (seed 003): 24, psychologically vulnerable, substance misuse; a residential stay
 * at about 1 million DKK a year did not help. The team tries a caravan near her family with extra
 * flexible §85 support and a mentor, at about 800,000 DKK, and measures her progress.
 */
class MariaScenarioTest extends ServiceApiTest {

    @Test
    void aTrialActionReplacesAnExpensiveEffortAndHerProgressIsMeasured() {
        PlansApi api = new PlansApi(http);
        ActiveCourse course = api.activeAdultCourse();
        String path = "/courses/" + course.courseId();
        UUID mentor = UUID.randomUUID();
        api.member(course.courseId(), mentor, "Mentor", "MENTOR", "C_SS");

        UUID trial = api.create(path + "/trial-actions", """
                {"hypothesis": "Maria profiterer af at bo tæt på familien: beboelsesvogn, ekstra fleksibel §85-støtte og mentor",
                 "expectedCostPerYear": 800000, "costBeforePerYear": 1000000}""");
        assertRuleViolated(api.send(HttpMethod.POST, path + "/trial-actions/" + trial + "/evaluation", """
                {"result": "SUCCEEDED", "actualCostPerYear": 800000}"""), "trial-evaluated-after-approval");
        api.change(HttpMethod.POST, path + "/trial-actions/" + trial + "/decision", """
                {"approved": true, "reasoning": "Teamet og Maria er enige; forældrene indgår i støtten"}""");
        for (int[] wellBeing : new int[][]{{2, 90}, {3, 60}, {4, 30}}) {
            api.create(path + "/progression", """
                    {"dimension": "WELL_BEING", "scaleMin": 1, "scaleMax": 5, "value": %d, "measuredBy": "%s", "measuredOn": "%s"}"""
                    .formatted(wellBeing[0], mentor, LocalDate.now().minusDays(wellBeing[1])));
        }
        assertRuleViolated(api.send(HttpMethod.POST, path + "/progression", """
                {"dimension": "WELL_BEING", "scaleMin": 1, "scaleMax": 5, "value": 7, "measuredBy": "%s", "measuredOn": "%s"}"""
                .formatted(mentor, LocalDate.now())), "value-within-scale");
        api.change(HttpMethod.PUT, path + "/path-stage", """
                {"stage": "EDUCATION"}""");
        api.create(path + "/transitions", """
                {"kind": "LEAVING_OFFER", "plannedFor": "%s", "responsibleId": "%s", "description": "Fra bostøtte mod egen bolig og STU"}"""
                .formatted(LocalDate.now().plusDays(60), mentor));
        String etag = api.change(HttpMethod.POST, path + "/trial-actions/" + trial + "/evaluation", """
                {"result": "PARTLY_SUCCEEDED", "evaluation": "Øget selvstændighed; ønske om egen bolig og uddannelse", "actualCostPerYear": 800000}""");

        JsonNode plan = api.planAt(course.courseId(), etag);
        JsonNode trialAction = plan.get("trialActions").get(0);
        assertThat(trialAction.get("costBeforePerYear").asLong() - trialAction.get("actualCostPerYear").asLong()).isEqualTo(200_000);
        assertThat(trialAction.get("result").asText()).isEqualTo("PARTLY_SUCCEEDED");
        assertThat(plan.get("progression").findValuesAsText("value")).containsExactly("2.0", "3.0", "4.0");
        assertThat(plan.get("pathStage").asText()).isEqualTo("EDUCATION");
        assertThat(plan.get("attention").findValuesAsText("kind")).contains("UPCOMING_TRANSITION");
    }
}
