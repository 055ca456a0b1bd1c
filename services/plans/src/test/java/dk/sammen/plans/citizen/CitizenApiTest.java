package dk.sammen.plans.citizen;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.TargetGroup;
import dk.sammen.events.plans.TargetGroupChangedV1;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import dk.sammen.platform.test.TestInfrastructure;
import dk.sammen.platform.test.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
    void anUpdatedSituationDerivesTheTargetGroupAgainKeepsItsHistoryAndPublishesOnlyAChange() {
        String cpr = PlansApi.cprBornOn(LocalDate.now().minusYears(15).minusDays(20));
        UUID citizenId = new PlansApi(http).registerCitizen(cpr, "Ny Situation", PlansApi.inSchool(9, 35));
        var intake = as(TestIdentity.with("intake-worker"));
        String path = "/citizens/" + citizenId;
        String registered = intake.getForEntity(path, JsonNode.class).getHeaders().getETag();

        // A new school year: absence fell to 5 %, but she needs support towards an education.
        String supported = """
                {"schoolGrade": 10, "schoolAbsencePercent": 5, "needsSupportTowardsEducationOrJob": true,
                 "completedEducation": "NONE", "inEducation": true, "employed": false}""";
        HttpHeaders ifMatch = new HttpHeaders();
        ifMatch.setIfMatch(registered);
        ResponseEntity<JsonNode> updated = Api.send(intake, HttpMethod.PUT, path + "/situation", supported, ifMatch);
        assertThat(updated.getStatusCode()).as(String.valueOf(updated.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode view = intake.getForObject(path, JsonNode.class);
        assertThat(view.get("targetGroup").asText()).isEqualTo("SUPPORT_TOWARDS_EDUCATION_OR_JOB");
        assertThat(view.get("targetGroupHistory").findValuesAsText("targetGroup"))
                .containsExactly("GRADE_7_9_WITH_ABSENCE", "SUPPORT_TOWARDS_EDUCATION_OR_JOB");

        // Written over a version she was not shown: refused, nothing changed.
        assertThat(Api.send(intake, HttpMethod.PUT, path + "/situation", PlansApi.inSchool(9, 40), ifMatch).getStatusCode())
                .isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertProblem(Api.send(intake, HttpMethod.PUT, path + "/situation", PlansApi.inSchool(9, 150), null),
                HttpStatus.BAD_REQUEST, "schoolAbsencePercent");
        assertThat(as(TestIdentity.with("caseworker")).exchange(path + "/situation", HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(supported, json()), JsonNode.class).getStatusCode())
                .as("a caseworker on none of her family's courses").isEqualTo(HttpStatus.FORBIDDEN);
        // The same category again is history in plans, and no news outside.
        assertThat(Api.send(intake, HttpMethod.PUT, path + "/situation", supported.replace("\"schoolAbsencePercent\": 5", "\"schoolAbsencePercent\": 8"),
                null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(intake.getForObject(path, JsonNode.class).get("targetGroupHistory")).hasSize(3);

        long stored = PlansApi.publishedEvents(jdbc);
        List<TargetGroupChangedV1> changes = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(), topic(Topics.PLANS),
                        read -> read.size() >= stored, Duration.ofSeconds(30)).stream()
                .filter(r -> r.value().getType().equals(EventContracts.typeOf(TargetGroupChangedV1.class)))
                .map(r -> EventCodec.decode(r.value().getData().toBytes(), TargetGroupChangedV1.class))
                .filter(e -> e.citizenId().equals(citizenId)).toList();
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.previousTargetGroup()).isEqualTo(TargetGroup.GRADE_7_9_WITH_ABSENCE);
            assertThat(change.targetGroup()).isEqualTo(TargetGroup.SUPPORT_TOWARDS_EDUCATION_OR_JOB);
        });
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return headers;
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
