package dk.sammen.plans.courseoffer;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.Centre;
import dk.sammen.events.Topics;
import dk.sammen.events.offers.BidAcceptedV1;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import dk.sammen.events.offers.OfferPublishedV2;
import dk.sammen.events.referrals.ReferralEndedV1;
import dk.sammen.events.referrals.ReferralStartedV1;
import dk.sammen.plans.PlansApi;
import dk.sammen.plans.PlansApi.ActiveCourse;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.test.ServiceApiTest;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.assertRuleViolated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Offers known from the offers topic run in a course; a second centre's offer for the same need is a double offer. */
class CourseOfferApiTest extends ServiceApiTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Autowired
    OfferCatalogue catalogue;

    private UUID published(String name, Centre centre, NeedCategory... needs) throws Exception {
        UUID offerId = UUID.randomUUID();
        OfferPublishedV2 offer = new OfferPublishedV2(offerId, 1, name, centre, OfferKind.INDIVIDUAL_SUPPORT,
                EnumSet.of(needs[0], needs), Instant.now());
        CloudEvent event = IntegrationEventEnvelope.wrap(offer, UUID.randomUUID().toString(), URI.create("/sammen/offers"), Instant.now());
        kafka.send(new ProducerRecord<>(topic(Topics.OFFERS), offerId.toString(), event)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> catalogue.find(offerId).isPresent());
        return offerId;
    }

    @Test
    void aSecondCentresOfferForTheSameNeedRaisesAWarningTheTeamAcknowledges() throws Exception {
        PlansApi api = new PlansApi(http);
        ActiveCourse course = api.activeAdultCourse();
        String path = "/courses/" + course.courseId();
        UUID mentor = published("Mentorstøtte", Centre.C_ARB, NeedCategory.EMPLOYMENT, NeedCategory.EVERYDAY_MASTERY);
        UUID support85 = published("§85 bostøtte", Centre.C_SS, NeedCategory.EVERYDAY_MASTERY, NeedCategory.HOUSING);
        UUID club = published("Ungdomsklub", Centre.C_SIK, NeedCategory.SOCIAL_NETWORK);

        api.change(HttpMethod.POST, path + "/offers", """
                {"offerId": "%s", "startedOn": "%s"}""".formatted(mentor, LocalDate.now()));
        api.change(HttpMethod.POST, path + "/offers", """
                {"offerId": "%s", "startedOn": "%s"}""".formatted(club, LocalDate.now()));
        assertRuleViolated(api.send(HttpMethod.POST, path + "/offers", """
                {"offerId": "%s", "startedOn": "%s"}""".formatted(mentor, LocalDate.now())), "offer-running");
        assertProblem(api.send(HttpMethod.POST, path + "/offers", """
                {"offerId": "%s", "startedOn": "%s"}""".formatted(UUID.randomUUID(), LocalDate.now())), HttpStatus.NOT_FOUND, "offerId");
        String etag = api.change(HttpMethod.POST, path + "/offers", """
                {"offerId": "%s", "startedOn": "%s"}""".formatted(support85, LocalDate.now()));

        JsonNode plan = api.planAt(course.courseId(), etag);
        assertThat(plan.get("offers").findValuesAsText("offerId")).containsExactly(mentor.toString(), club.toString(), support85.toString());
        JsonNode warning = plan.get("doubleOfferWarnings").get(0);
        assertThat(plan.get("doubleOfferWarnings")).hasSize(1);
        assertThat(warning.get("offerId").asText()).isEqualTo(support85.toString());
        assertThat(warning.get("overlappingOfferIds")).extracting(JsonNode::asText).containsExactly(mentor.toString());
        assertThat(warning.get("needCategories")).extracting(JsonNode::asText).containsExactly("EVERYDAY_MASTERY");
        assertThat(plan.get("attention").findValuesAsText("kind")).contains("DOUBLE_OFFER_UNACKNOWLEDGED");
        JsonNode worklist = http.getForObject("/worklists/" + course.tovholderId(), JsonNode.class);
        JsonNode onWorklist = null;
        for (JsonNode item : worklist.get("items")) {
            onWorklist = item.get("courseId").asText().equals(course.courseId().toString()) ? item : onWorklist;
        }
        assertThat(onWorklist).as("the course is on its tovholder's worklist").isNotNull();
        assertThat(onWorklist.get("attention").findValuesAsText("kind")).contains("DOUBLE_OFFER_UNACKNOWLEDGED");

        String warningPath = path + "/double-offer-warnings/" + warning.get("warningId").asText() + "/acknowledgement";
        assertProblem(api.send(HttpMethod.POST, warningPath, "{\"reason\": \" \"}"), HttpStatus.BAD_REQUEST, "reason");
        api.change(HttpMethod.POST, warningPath, """
                {"reason": "Mentor og bostøtte dækker forskellige dele af hverdagen"}""");
        assertRuleViolated(api.send(HttpMethod.POST, warningPath, "{\"reason\": \"igen\"}"), "warning-acknowledged");
        String ended = api.change(HttpMethod.POST, path + "/offers/" + club + "/end", """
                {"endedOn": "%s"}""".formatted(LocalDate.now()));
        assertRuleViolated(api.send(HttpMethod.POST, path + "/offers/" + club + "/end", """
                {"endedOn": "%s"}""".formatted(LocalDate.now())), "offer-not-running");

        JsonNode after = api.planAt(course.courseId(), ended);
        assertThat(after.get("attention").findValuesAsText("kind")).doesNotContain("DOUBLE_OFFER_UNACKNOWLEDGED");
        assertThat(after.get("doubleOfferWarnings").get(0).get("acknowledgedBecause").asText()).startsWith("Mentor og bostøtte");
        assertThat(after.get("offers").get(1).get("endedOn").asText()).isEqualTo(LocalDate.now().toString());
    }

    @Test
    void aReferralStartedAndEndedInTheReferralsServiceRunsTheOfferInTheCourse() throws Exception {
        ActiveCourse course = new PlansApi(http).activeAdultCourse();
        UUID offer = published("Bostøtte", Centre.C_SS, NeedCategory.HOUSING);
        UUID referralId = UUID.randomUUID();
        ReferralStartedV1 started = new ReferralStartedV1(referralId, course.courseId(), offer, LocalDate.now(), Instant.now());

        for (int delivery = 0; delivery < 2; delivery++) {
            CloudEvent event = IntegrationEventEnvelope.wrap(started, UUID.randomUUID().toString(), URI.create("/sammen/referrals"), Instant.now());
            kafka.send(new ProducerRecord<>(topic(Topics.REFERRALS), course.courseId().toString(), event)).get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForObject("/courses/" + course.courseId(), JsonNode.class).path("offers").findValuesAsText("offerId").contains(offer.toString()));
        ReferralEndedV1 ended = new ReferralEndedV1(referralId, course.courseId(), offer, LocalDate.now(), Instant.now());
        kafka.send(new ProducerRecord<>(topic(Topics.REFERRALS), course.courseId().toString(),
                IntegrationEventEnvelope.wrap(ended, UUID.randomUUID().toString(), URI.create("/sammen/referrals"), Instant.now()))).get();

        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForObject("/courses/" + course.courseId(), JsonNode.class).path("offers").path(0).has("endedOn"));
        assertThat(http.getForObject("/courses/" + course.courseId(), JsonNode.class).get("offers")).hasSize(1);
    }

    @Test
    void aBidAcceptedInTheNeedsBankStartsItsOfferInTheCourseThatPostedTheNeed() throws Exception {
        ActiveCourse course = new PlansApi(http).activeAdultCourse();
        UUID offer = published("Beboelsesvogn med § 85-støtte", Centre.C_SS, NeedCategory.HOUSING);
        BidAcceptedV1 accepted = new BidAcceptedV1(UUID.randomUUID(), UUID.randomUUID(), course.courseId(), offer, LocalDate.now(), Instant.now());

        kafka.send(new ProducerRecord<>(topic(Topics.OFFERS), accepted.partitionKey(),
                IntegrationEventEnvelope.wrap(accepted, UUID.randomUUID().toString(), URI.create("/sammen/offers"), Instant.now()))).get();

        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForObject("/courses/" + course.courseId(), JsonNode.class).path("offers").findValuesAsText("offerId").contains(offer.toString()));
    }
}
