package dk.sammen.plans.citizen;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.assertRuleViolated;
import static dk.sammen.platform.test.Api.post;
import static dk.sammen.platform.test.Api.storedEvents;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class CitizenApiTest extends ServiceApiTest {

    @Test
    void neitherACprNumberNorANameReachesTheLog(CapturedOutput log) {
        String cpr = PlansApi.cprBornOn(LocalDate.now().minusYears(16));
        UUID citizenId = new PlansApi(http).registerCitizen(cpr, "Logfri Testperson", PlansApi.inSchool(9, 25));
        post(http, "/citizens", """
                {"cpr": "%s", "name": "Logfri Testperson", "situation": %s}""".formatted(cpr, PlansApi.inSchool(9, 25)));
        post(http, "/citizens", """
                {"cpr": "%s", "name": "Logfri Testperson", "situation": {"schoolGrade": "x"}}""".formatted(cpr));
        post(http, "/citizens/lookup", """
                {"cpr": "%s"}""".formatted(cpr));
        as(TestIdentity.with("intake-worker")).getForObject("/citizens/" + citizenId, JsonNode.class);

        assertThat(log.getAll()).doesNotContain(cpr).doesNotContain(cpr.replace("-", "")).doesNotContain("Logfri Testperson");
    }

    @Test
    void aRegisteredYoungPersonHasAnAgeAndATargetGroupButNoCprNumberInTheView() {
        LocalDate born = LocalDate.now().minusYears(14).minusDays(40);
        String cpr = PlansApi.cprBornOn(born);
        UUID citizenId = new PlansApi(http).registerCitizen(cpr, "Sofie Jensen", PlansApi.inSchool(8, 35));

        ResponseEntity<JsonNode> read = as(TestIdentity.with("intake-worker")).getForEntity("/citizens/" + citizenId, JsonNode.class);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody().get("age").asInt()).isEqualTo(14);
        assertThat(read.getBody().get("birthDate").asText()).isEqualTo(born.toString());
        assertThat(read.getBody().get("targetGroup").asText()).isEqualTo("GRADE_7_9_WITH_ABSENCE");
        assertThat(read.getBody().get("targetGroupReason").asText()).contains("35 %");
        assertThat(read.getBody().get("name").asText()).isEqualTo("Sofie Jensen");
        assertThat(read.getBody().toString()).doesNotContain(cpr.replace("-", "")).doesNotContain(cpr);
        ResponseEntity<JsonNode> found = post(http, "/citizens/lookup", """
                {"cpr": "%s"}""".formatted(cpr));
        assertThat(found.getBody().get("citizenId").asText()).isEqualTo(citizenId.toString());
    }

    @Test
    void anInvalidCprNumberIsNamedWithoutBeingEchoedAndNothingIsStored() {
        long before = storedEvents(jdbc, "CitizenRegistered");

        ResponseEntity<JsonNode> notADate = post(http, "/citizens", """
                {"cpr": "310211-4321", "name": "X", "situation": %s}""".formatted(PlansApi.needingSupport()));
        ResponseEntity<JsonNode> tooShort = post(http, "/citizens", """
                {"cpr": "12345", "name": "X", "situation": %s}""".formatted(PlansApi.needingSupport()));
        ResponseEntity<JsonNode> noSituation = post(http, "/citizens", """
                {"cpr": "070311-4321", "name": ""}""");

        assertProblem(notADate, HttpStatus.BAD_REQUEST, "cpr");
        assertThat(notADate.getBody().toString()).contains("real date").doesNotContain("310211");
        assertProblem(tooShort, HttpStatus.BAD_REQUEST, "cpr");
        assertProblem(noSituation, HttpStatus.BAD_REQUEST, "situation");
        assertProblem(noSituation, HttpStatus.BAD_REQUEST, "name");
        assertThat(storedEvents(jdbc, "CitizenRegistered")).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM citizen_identity WHERE cpr = '3102114321'").query(Long.class).single()).isZero();
    }

    @Test
    void aCprNumberIsRegisteredOnceAndAnUnknownOneIsNotFound() {
        String cpr = PlansApi.cprBornOn(LocalDate.now().minusYears(20));
        new PlansApi(http).registerCitizen(cpr, "Ali", PlansApi.needingSupport());
        long before = storedEvents(jdbc, "CitizenRegistered");

        assertRuleViolated(post(http, "/citizens", """
                {"cpr": "%s", "name": "Ali igen", "situation": %s}""".formatted(cpr, PlansApi.needingSupport())), "cpr-already-registered");
        assertThat(storedEvents(jdbc, "CitizenRegistered")).isEqualTo(before);
        ResponseEntity<JsonNode> unknown = post(http, "/citizens/lookup", """
                {"cpr": "%s"}""".formatted(PlansApi.cprBornOn(LocalDate.now().minusYears(29))));
        assertProblem(unknown, HttpStatus.NOT_FOUND, "cpr");
    }

    @Test
    void familyRelationsNameRegisteredPeople() {
        UUID child = new PlansApi(http).registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(13)), "Barn", PlansApi.inSchool(7, 10));
        assertProblem(post(http, "/citizens/" + child + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "SIBLING"}""".formatted(UUID.randomUUID())), HttpStatus.NOT_FOUND, "relatedCitizenId");
        assertRuleViolated(post(http, "/citizens/" + child + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "SIBLING"}""".formatted(child)), "relation-to-self");
    }
}
