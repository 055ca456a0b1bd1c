package dk.sammen.referrals.referral;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.Centre;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.Topics;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import dk.sammen.events.offers.OfferPublishedV2;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.ConsentRecordedV1;
import dk.sammen.events.plans.ConsentWithdrawnV1;
import dk.sammen.events.plans.TeamMemberRemovedV1;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.events.referrals.ReferralStartedV1;
import dk.sammen.platform.coursefacts.CourseFacts;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Role;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import dk.sammen.platform.test.TopicReader;
import dk.sammen.referrals.access.ReferralAccess;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.assertRuleViolated;
import static dk.sammen.platform.test.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Referrals decided on consent and the catalogue as the other services publish them. */
class ReferralApiTest extends ServiceApiTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Autowired
    ReferralFacts facts;

    @Autowired
    ReferralAccess access;

    @Autowired
    CourseFacts courses;

    private void publish(String topic, String key, IntegrationEvent event) throws Exception {
        CloudEvent cloudEvent = IntegrationEventEnvelope.wrap(event, UUID.randomUUID().toString(), Topics.sourceOf(topic), Instant.now());
        kafka.send(new ProducerRecord<>(topic(topic), key, cloudEvent)).get();
    }

    @Test
    void aReferralFollowsTheProvidersAnswerAndIsRefusedWithoutConsentForTheProvidersCentre() throws Exception {
        UUID courseId = UUID.randomUUID();
        UUID citizenId = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        UUID club = UUID.randomUUID();
        publish(Topics.OFFERS, mentor.toString(), new OfferPublishedV2(mentor, 1, "Mentorforløb", Centre.C_ARB, OfferKind.INDIVIDUAL_SUPPORT,
                EnumSet.of(NeedCategory.EMPLOYMENT), Instant.now()));
        publish(Topics.OFFERS, club.toString(), new OfferPublishedV2(club, 1, "Klub", Centre.C_SIK, OfferKind.COMMUNITY_LEISURE,
                EnumSet.of(NeedCategory.SOCIAL_NETWORK), Instant.now()));
        publish(Topics.PLANS, courseId.toString(), new ConsentRecordedV1(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null,
                EnumSet.of(Centre.C_SS, Centre.C_ARB), Instant.now()));
        // The test's caseworker is the course's tovholder, as plans publishes it.
        publish(Topics.PLANS, courseId.toString(), new TovholderAssignedV1(courseId, TestIdentity.CASEWORKER_ID, Centre.C_SS, null,
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> facts.centreOf(club).isPresent() && courses.consentOf(courseId).isPresent()
                && access.onTeam(caller(TestIdentity.CASEWORKER_ID), courseId));
        UUID teamMember = TestIdentity.CASEWORKER_ID;
        String referral = """
                {"courseId": "%s", "offerId": "%s", "referredBy": "%s"}""";

        assertRuleViolated(post(http, "/referrals", referral.formatted(courseId, club, teamMember)), "consent-covers-provider");
        assertProblem(post(http, "/referrals", referral.formatted(courseId, mentor, UUID.randomUUID())), HttpStatus.BAD_REQUEST, "referredBy");
        assertProblem(post(http, "/referrals", referral.formatted(courseId, UUID.randomUUID(), teamMember)), HttpStatus.NOT_FOUND, "offerId");
        UUID first = assertCreated(post(http, "/referrals", referral.formatted(courseId, mentor, teamMember)), "/referrals");
        UUID second = assertCreated(post(http, "/referrals", referral.formatted(courseId, mentor, teamMember)), "/referrals");

        // The provider answers: staff of the centre owning the offer, not the team that referred (C_SS).
        TestRestTemplate provider = as(new TestIdentity(UUID.randomUUID(), List.of("team-member"), "C_ARB", List.of()));
        assertThat(post(http, "/referrals/" + first + "/acceptance", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/offers/" + mentor + "/referrals", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        post(provider, "/referrals/" + second + "/wait-list", "{\"position\": 3}");
        assertRuleViolated(post(provider, "/referrals/" + first + "/start", "{\"on\": \"2025-05-01\"}"), "referral-started-from");
        post(provider, "/referrals/" + first + "/acceptance", null);
        assertThat(post(provider, "/referrals/" + first + "/start", "{\"on\": \"2025-05-01\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(post(provider, "/referrals/" + second + "/rejection", "{\"reason\": \" \"}"), HttpStatus.BAD_REQUEST, "reason");
        // The provider reads the referral once the referral list has it (an asynchronous projection).
        await().atMost(Duration.ofSeconds(10))
                .until(() -> provider.getForEntity("/referrals/" + first, JsonNode.class).getStatusCode() == HttpStatus.OK);
        assertThat(post(provider, "/referrals/" + second + "/revocation", """
                {"revokedBy": "%s", "reason": "Ikke relevant"}""".formatted(UUID.randomUUID())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        await().atMost(Duration.ofSeconds(10)).until(() -> provider.getForObject("/offers/" + mentor + "/referrals", JsonNode.class)
                .findValuesAsText("status").equals(List.of("STARTED", "WAIT_LISTED")));
        JsonNode open = provider.getForObject("/offers/" + mentor + "/referrals", JsonNode.class);
        assertThat(open.get(1).get("position").asInt()).isEqualTo(3);
        ReferralStartedV1 started = dk.sammen.events.EventCodec.decode(TopicReader.read(
                        dk.sammen.platform.test.TestInfrastructure.kafka().bootstrapServers(), topic(Topics.REFERRALS),
                        read -> read.stream().anyMatch(r -> r.value().getType().endsWith("referral-started.v1")), Duration.ofSeconds(20))
                .stream().filter(r -> r.value().getType().endsWith("referral-started.v1")).findFirst().orElseThrow()
                .value().getData().toBytes(), ReferralStartedV1.class);
        assertThat(started.courseId()).isEqualTo(courseId);
        assertThat(started.offerId()).isEqualTo(mentor);

        // A caseworker neither on the course's team nor at the provider's centre neither refers, nor reads, answers or revokes.
        TestIdentity stranger = new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_SIK", List.of());
        ResponseEntity<JsonNode> notOnTheTeam = post(as(stranger), "/referrals", referral.formatted(courseId, mentor, stranger.id()));
        assertThat(notOnTheTeam.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(notOnTheTeam.getBody().get("detail").asText()).as("the refusal says why").startsWith("Only the course's team");
        assertThat(as(stranger).getForEntity("/referrals/" + first, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(as(stranger), "/referrals/" + second + "/acceptance", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(stranger).getForEntity("/offers/" + mentor + "/referrals", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/referrals/" + first, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post(as(stranger), "/referrals/" + second + "/revocation", """
                {"revokedBy": "%s", "reason": "Ikke relevant"}""".formatted(stranger.id())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // Removed from the team, the caseworker is shut out too.
        publish(Topics.PLANS, courseId.toString(), new TeamMemberRemovedV1(courseId, TestIdentity.CASEWORKER_ID, Instant.now()));
        publish(Topics.PLANS, courseId.toString(), new TovholderAssignedV1(courseId, UUID.randomUUID(), Centre.C_SS,
                TestIdentity.CASEWORKER_ID, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !access.onTeam(caller(TestIdentity.CASEWORKER_ID), courseId));
        assertThat(http.getForEntity("/referrals/" + first, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /**
     * A referral rests on the course's consents in force: every one must name the provider's
     * centre, and the young person's own must be among them. When the young person withdraws, a
     * guardian's consent left from before (given while they were a minor) refers no one.
     */
    @Test
    void whenTheYoungPersonWithdrawsTheirConsentAGuardiansEarlierOneRefersNoOne() throws Exception {
        UUID courseId = UUID.randomUUID();
        UUID citizenId = UUID.randomUUID();
        UUID offer = UUID.randomUUID();
        publish(Topics.OFFERS, offer.toString(), new OfferPublishedV2(offer, 1, "Jobmentor", Centre.C_ARB, OfferKind.INDIVIDUAL_SUPPORT,
                EnumSet.of(NeedCategory.EMPLOYMENT), Instant.now()));
        publish(Topics.PLANS, courseId.toString(), new ConsentRecordedV1(courseId, citizenId, ConsentGiver.GUARDIAN, UUID.randomUUID(),
                EnumSet.of(Centre.C_ARB), Instant.now()));
        publish(Topics.PLANS, courseId.toString(), new ConsentRecordedV1(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null,
                EnumSet.of(Centre.C_ARB, Centre.C_SS), Instant.now()));
        publish(Topics.PLANS, courseId.toString(), new TovholderAssignedV1(courseId, TestIdentity.CASEWORKER_ID, Centre.C_SS, null,
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> facts.centreOf(offer).isPresent()
                && courses.consentOf(courseId).map(consent -> consent.sharedWith().contains(Centre.C_ARB)).orElse(false)
                && access.onTeam(caller(TestIdentity.CASEWORKER_ID), courseId));
        String referral = """
                {"courseId": "%s", "offerId": "%s", "referredBy": "%s"}""".formatted(courseId, offer, TestIdentity.CASEWORKER_ID);
        assertCreated(post(http, "/referrals", referral), "/referrals");

        publish(Topics.PLANS, courseId.toString(), new ConsentWithdrawnV1(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null, true,
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> courses.consentOf(courseId).isEmpty());
        assertRuleViolated(post(http, "/referrals", referral), "consent-covers-provider");
    }

    private static Caller caller(UUID id) {
        return new Caller(id, Set.of(Role.CASEWORKER), null, Set.of());
    }
}
