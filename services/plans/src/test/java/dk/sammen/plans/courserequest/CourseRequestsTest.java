package dk.sammen.plans.courserequest;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.Topics;
import dk.sammen.events.referrals.UnderretningDecidedV1;
import dk.sammen.events.referrals.UnderretningDecision;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.identity.Cpr;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A decision of the referrals service to offer a coordinated course opens one here, once. */
class CourseRequestsTest extends ServiceApiTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Autowired
    CitizenPseudonyms pseudonyms;

    private void decided(UUID underretningId, UUID citizenId) throws Exception {
        PlansApi.fromReferrals(kafka, topic(Topics.REFERRALS), new UnderretningDecidedV1(underretningId, citizenId,
                UnderretningDecision.OFFER_COORDINATED_COURSE, null, Instant.now()));
    }

    /** Courses opened on a request have no one on their team yet; intake sees that a young person has one, and who holds it. */
    private org.springframework.boot.test.web.client.TestRestTemplate intake() {
        return as(TestIdentity.with("intake-worker"));
    }

    private int coursesOf(UUID citizenId) {
        return intake().getForObject("/citizens/" + citizenId + "/open-courses", JsonNode.class).size();
    }

    @Test
    void aRegisteredYoungPersonGetsOneOfferedCourseEvenWhenTheDecisionArrivesTwice() throws Exception {
        PlansApi api = new PlansApi(http);
        UUID citizenId = api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(15)), "Anmodet Test", PlansApi.inSchool(9, 40));
        UUID underretningId = UUID.randomUUID();

        decided(underretningId, citizenId);
        decided(underretningId, citizenId);

        await().atMost(Duration.ofSeconds(30)).until(() -> coursesOf(citizenId) == 1);
        Thread.sleep(1000); // room for a second course, which must not come
        JsonNode course = intake().getForObject("/citizens/" + citizenId + "/open-courses", JsonNode.class).get(0);
        assertThat(coursesOf(citizenId)).isEqualTo(1);
        assertThat(course.get("reason").asText()).isEqualTo("PROFESSIONAL_RISK_INDICATORS");
        assertThat(course.get("status").asText()).isEqualTo("OFFERED");
    }

    @Test
    void aYoungPersonNotYetRegisteredWaitsOnTheListAndGetsTheCourseWhenRegistered() throws Exception {
        String cpr = PlansApi.cprBornOn(LocalDate.now().minusYears(16));
        UUID citizenId = pseudonyms.of(Cpr.parse(cpr));
        UUID underretningId = UUID.randomUUID();

        decided(underretningId, citizenId);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForObject("/course-requests", JsonNode.class).findValuesAsText("underretningId").contains(underretningId.toString()));
        new PlansApi(http).registerCitizen(cpr, "Senere Registreret", PlansApi.inSchool(9, 30));
        await().atMost(Duration.ofSeconds(30)).until(() -> coursesOf(citizenId) == 1);
        assertThat(http.getForObject("/course-requests", JsonNode.class).findValuesAsText("underretningId")).doesNotContain(underretningId.toString());
        // Opened on intake's decision, not by the caseworker whose registration let it open: they are not its opener.
        assertThat(http.getForObject("/courses?citizenId=" + citizenId, JsonNode.class).get("totalItems").asInt())
                .as("the course in the registering caseworker's list").isZero();
    }

    @Test
    void anOfferToAYoungPersonWhoHasACourseInformsThatCourseInsteadOfOpeningASecond() throws Exception {
        PlansApi api = new PlansApi(http);
        UUID citizenId = api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(17)), "Har Forløb", PlansApi.inSchool(10, 25));
        UUID existing = api.openCourse(citizenId, "HIGH_SCHOOL_ABSENCE");
        UUID underretningId = UUID.randomUUID();

        decided(underretningId, citizenId);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM course_request WHERE underretning_id = ? AND course_id IS NOT NULL")
                .param(underretningId).query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT course_id, informed FROM course_request WHERE underretning_id = ?").param(underretningId)
                .query((rs, n) -> rs.getObject("course_id") + " " + rs.getBoolean("informed")).single())
                .isEqualTo(existing + " true");
        assertThat(coursesOf(citizenId)).isEqualTo(1);
    }
}
