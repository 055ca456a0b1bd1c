package dk.sammen.offers.needsbank;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.Centre;
import dk.sammen.events.EventCodec;
import dk.sammen.events.Topics;
import dk.sammen.events.offers.BidAcceptedV1;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.ConsentRecordedV1;
import dk.sammen.events.plans.ConsentWithdrawnV1;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.ErasureBasis;
import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamMemberAddedV1;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.offers.TestOffers;
import dk.sammen.platform.coursefacts.CourseFacts;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Role;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import dk.sammen.platform.test.TestInfrastructure;
import dk.sammen.platform.test.TopicReader;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.assertRuleViolated;
import static dk.sammen.platform.test.Api.dataKeyErased;
import static dk.sammen.platform.test.Api.post;
import static dk.sammen.platform.test.Api.storedEvents;
import static dk.sammen.platform.test.Api.storedPayloads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The needs bank over HTTP: a need bid on anonymously, a bid accepted into the catalogue and back to its course. */
class NeedsBankApiTest extends ServiceApiTest {

    @Autowired
    CourseFacts courses;

    private final Caller me = new Caller(TestIdentity.CASEWORKER_ID, Set.of(Role.CASEWORKER), "C_SS", Set.of());

    /** A need's words describe the young person: stored encrypted under their course's key, and gone with their erasure. */
    @Test
    void aNeedsWordsAreStoredEncryptedAndGoWithTheYoungPersonsErasure() throws Exception {
        UUID courseId = courseWhoseTovholderIAm(Centre.C_SS);
        UUID needId = assertCreated(post(http, "/needs", """
                {"courseId": "%s", "needCategories": ["HOUSING"], "goals": "Bo tæt på mormor i Hjallerup",
                 "constraints": "Angst i store grupper", "wantedFrom": "2025-06-01", "wantedTo": "2025-12-31"}""".formatted(courseId)), "/needs");
        post(http, "/needs/" + needId + "/bids", """
                {"bidId": "%s", "solution": %s, "startOn": "2025-07-01"}""".formatted(UUID.randomUUID(), TestOffers.offer("Bofællesskab",
                "Et lille bofællesskab", "C_SS", "HOUSING", "[\"HOUSING\"]", 18, 30, "1")));
        await().atMost(Duration.ofSeconds(10)).until(() -> http.getForObject("/needs/" + needId, JsonNode.class).path("bids").size() == 1);
        assertThat(http.getForObject("/needs/" + needId, JsonNode.class).toString()).contains("mormor", "Angst");
        assertThat(storedPayloads(jdbc, needId)).isNotEmpty()
                .noneMatch(payload -> payload.contains("mormor") || payload.contains("Angst"))
                .anyMatch(payload -> payload.contains("pd1:" + courseId));

        publish(Topics.PLANS, new PersonalDataErasedV1(courses.citizenOfCourse(courseId).orElseThrow(), Set.of(courseId),
                ErasureBasis.REQUEST, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> dataKeyErased(jdbc, courseId) && !courses.worksOn(me, courseId));
        assertThat(jdbc.sql("SELECT count(*) FROM course_fact WHERE course_id = ?").param(courseId).query(Long.class).single()).isZero();
        assertThat(http.getForEntity("/needs/" + needId, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT count(*) FROM need_bid WHERE need_id = ?").param(needId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM need_view WHERE goals LIKE '%mormor%' OR constraints LIKE '%Angst%'")
                .query(Long.class).single()).isZero();

        // Nothing more is written about them: no one works on their course any more, so a need posted for it is refused,
        // and nothing is stored (the aggregate's data-subject-erased rule catches one that raced the erasure).
        long stored = storedEvents(jdbc);
        assertThat(post(http, "/needs", """
                {"courseId": "%s", "needCategories": ["HOUSING"], "goals": "Bo tæt på mormor",
                 "constraints": "Ingen", "wantedFrom": "2025-06-01", "wantedTo": "2025-12-31"}""".formatted(courseId)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(storedEvents(jdbc)).isEqualTo(stored);
    }

    @Test
    void aNeedIsBidOnWithoutIdentifyingTheYoungPersonAndTheAcceptedBidBecomesAnOffer() {
        UUID courseId = courseWhoseTovholderIAm(Centre.C_SS);
        UUID needId = assertCreated(post(http, "/needs", """
                {"courseId": "%s", "needCategories": ["HOUSING", "MENTAL_HEALTH"], "goals": "Bo tæt på familien og tage en uddannelse",
                 "constraints": "Kan ikke bo alene endnu", "wantedFrom": "2025-06-01", "wantedTo": "2025-12-31"}""".formatted(courseId)), "/needs");
        await().atMost(Duration.ofSeconds(10)).until(() -> http.getForObject("/needs?need=HOUSING", JsonNode.class)
                .findValuesAsText("needId").contains(needId.toString()));
        assertThat(http.getForObject("/needs?need=HOUSING", JsonNode.class).toString()).doesNotContain(courseId.toString());

        UUID caravan = UUID.randomUUID();
        String solution = TestOffers.offer("Beboelsesvogn nær familien med § 85-støtte", "Beboelsesvogn tæt på forældrene, fleksibel støtte og mentor",
                "C_SS", "HOUSING", "[\"HOUSING\", \"MENTAL_HEALTH\"]", 18, 30, "1");
        assertThat(post(http, "/needs/" + needId + "/bids", """
                {"bidId": "%s", "solution": %s, "startOn": "2025-07-01"}""".formatted(caravan, solution)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        post(http, "/needs/" + needId + "/bids", """
                {"bidId": "%s", "solution": %s, "startOn": "2025-08-01"}""".formatted(UUID.randomUUID(),
                solution.replace("Beboelsesvogn nær familien med § 85-støtte", "Midlertidigt botilbud")));
        assertThat(post(http, "/needs/" + needId + "/bids/" + caravan + "/acceptance", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertRuleViolated(post(http, "/needs/" + needId + "/bids/" + caravan + "/acceptance", null), "need-open");

        UUID offerId = UUID.nameUUIDFromBytes(("bid:" + caravan).getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(20)).until(() -> "PUBLISHED".equals(
                http.getForObject("/offers/" + offerId, JsonNode.class).path("status").asText()));
        JsonNode need = http.getForObject("/needs/" + needId, JsonNode.class);
        assertThat(need.get("bids")).hasSize(2);
        assertThat(need.get("acceptedBid").asText()).isEqualTo(caravan.toString());
        assertThat(http.getForObject("/needs", JsonNode.class).findValuesAsText("needId")).doesNotContain(needId.toString());

        // Other tests accept bids too: this one's is the acceptance that made this offer.
        List<ConsumerRecord<String, CloudEvent>> published = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(), topic(Topics.OFFERS),
                read -> acceptances(read).anyMatch(accepted -> accepted.offerId().equals(offerId)), Duration.ofSeconds(20));
        BidAcceptedV1 accepted = acceptances(published).filter(candidate -> candidate.offerId().equals(offerId)).findFirst().orElseThrow();
        assertThat(accepted.courseId()).isEqualTo(courseId);
        published.stream().filter(r -> r.value().getType().endsWith("need-posted.v1") || r.value().getType().endsWith("bid-submitted.v1"))
                .forEach(r -> assertThat(new String(r.value().getData().toBytes(), StandardCharsets.UTF_8))
                        .doesNotContain(courseId.toString()).doesNotContain("familien"));
    }

    /**
     * A need and its bids are the business of those who work on the course: its team, as the
     * consent covers them. Anyone else, bidders included, neither posts nor reads nor answers one.
     */
    @Test
    void onlyThoseWhoWorkOnTheCourseMayPostItsNeedOrReadAndAnswerIt() {
        UUID courseId = courseWhoseTovholderIAm(Centre.C_SS);
        UUID citizenId = courses.citizenOfCourse(courseId).orElseThrow();
        TestIdentity stranger = new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_SS", List.of());
        TestIdentity jobcentre = new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_ARB", List.of());
        publish(Topics.PLANS, new TeamMemberAddedV1(courseId, jobcentre.id(), TeamRole.CASEWORKER, TeamAffiliation.C_ARB, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM course_fact_member WHERE course_id = ?")
                .param(courseId).query(Long.class).single() == 2);

        ResponseEntity<JsonNode> offTheTeam = post(as(stranger), "/needs", need(courseId));
        assertThat(offTheTeam.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(offTheTeam.getBody().get("detail").asText()).startsWith("Only the course's team");
        // On the team, but from a centre the young person's consent does not name.
        assertThat(post(as(jobcentre), "/needs", need(courseId)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        UUID needId = assertCreated(post(http, "/needs", need(courseId)), "/needs");
        await().atMost(Duration.ofSeconds(10)).until(() -> http.getForEntity("/needs/" + needId, JsonNode.class).getStatusCode() == HttpStatus.OK);
        TestIdentity bidder = new TestIdentity(UUID.randomUUID(), List.of("catalogue-editor"), "C_SS", List.of());
        assertThat(as(bidder).getForEntity("/needs/" + needId, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(bidder).getForObject("/needs", String.class)).contains(needId.toString()).doesNotContain(courseId.toString());
        assertThat(as(stranger).getForEntity("/needs/" + needId, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(jobcentre).getForEntity("/needs/" + needId, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        UUID bid = UUID.randomUUID();
        post(as(bidder), "/needs/" + needId + "/bids", bidFrom(bid, "C_SS"));
        assertThat(post(as(stranger), "/needs/" + needId + "/bids/" + bid + "/acceptance", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // The young person's consent now names the jobcentre: its caseworker reads the need; withdrawn, shut out at once.
        publish(Topics.PLANS, new ConsentRecordedV1(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null,
                EnumSet.of(Centre.C_SS, Centre.C_ARB), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> as(jobcentre).getForEntity("/needs/" + needId, String.class).getStatusCode()
                == HttpStatus.OK);
        publish(Topics.PLANS, new ConsentWithdrawnV1(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null, true, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> as(jobcentre).getForEntity("/needs/" + needId, String.class).getStatusCode()
                == HttpStatus.FORBIDDEN);
        // The tovholder's own centre works on the course by its own basis.
        assertThat(http.getForEntity("/needs/" + needId, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        // Reading a need with its bids is a read about the course's young person.
        assertThat(jdbc.sql("SELECT count(*) FROM audit_trail WHERE citizen_id = ? AND action LIKE 'GET /needs/%'").param(citizenId)
                .query(Long.class).single()).isPositive();
    }

    /** Accepting a bid starts its offer in the course: the bidding centre must be one the course's consent names. */
    @Test
    void aBidFromACentreTheConsentDoesNotNameIsNotAccepted() {
        UUID courseId = courseWhoseTovholderIAm(Centre.C_SS);
        UUID needId = assertCreated(post(http, "/needs", need(courseId)), "/needs");
        UUID jobcentreBid = UUID.randomUUID();
        post(http, "/needs/" + needId + "/bids", bidFrom(jobcentreBid, "C_ARB"));
        long stored = storedEvents(jdbc);

        assertRuleViolated(post(http, "/needs/" + needId + "/bids/" + jobcentreBid + "/acceptance", null), "consent-covers-bidder");
        assertThat(storedEvents(jdbc)).isEqualTo(stored);

        publish(Topics.PLANS, new ConsentRecordedV1(courseId, courses.citizenOfCourse(courseId).orElseThrow(), ConsentGiver.YOUNG_PERSON,
                null, EnumSet.of(Centre.C_SS, Centre.C_ARB), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> courses.consentOf(courseId)
                .map(consent -> consent.sharedWith().contains(Centre.C_ARB)).orElse(false));
        assertThat(post(http, "/needs/" + needId + "/bids/" + jobcentreBid + "/acceptance", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private static Stream<BidAcceptedV1> acceptances(List<ConsumerRecord<String, CloudEvent>> records) {
        return records.stream().filter(r -> r.value().getType().endsWith("bid-accepted.v1"))
                .map(r -> EventCodec.decode(r.value().getData().toBytes(), BidAcceptedV1.class));
    }

    /** A course, as plans publishes it, whose tovholder is the test's caseworker (C_SS), with the young person's consent naming {@code sharedWith}. */
    private UUID courseWhoseTovholderIAm(Centre... sharedWith) {
        UUID courseId = UUID.randomUUID();
        UUID citizenId = UUID.randomUUID();
        publish(Topics.PLANS, new CourseOpenedV1(courseId, citizenId, CourseOfferReason.CITIZEN_WISH, Instant.now()));
        publish(Topics.PLANS, new TovholderAssignedV1(courseId, TestIdentity.CASEWORKER_ID, Centre.C_SS, null, Instant.now()));
        publish(Topics.PLANS, new ConsentRecordedV1(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null, Set.of(sharedWith), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> courses.consentOf(courseId).isPresent() && courses.worksOn(me, courseId));
        return courseId;
    }

    private static String need(UUID courseId) {
        return """
                {"courseId": "%s", "needCategories": ["EMPLOYMENT"], "goals": "Komme i praktik i en børnehave",
                 "constraints": "Ingen", "wantedFrom": "2025-06-01", "wantedTo": "2025-12-31"}""".formatted(courseId);
    }

    private static String bidFrom(UUID bidId, String centre) {
        return """
                {"bidId": "%s", "solution": %s, "startOn": "2025-07-01"}""".formatted(bidId, TestOffers.offer("Praktikforløb",
                "Praktik med mentor", centre, "COMPANY_ORIENTED", "[\"EMPLOYMENT\"]", 15, 30, "1"));
    }
}
