package dk.sammen.referrals.referral;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.Centre;
import dk.sammen.events.EventCodec;
import dk.sammen.events.Topics;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import dk.sammen.events.offers.OfferPlacesSetV1;
import dk.sammen.events.offers.OfferPublishedV2;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.ConsentRecordedV1;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.events.referrals.ReferralPlaceOfferedV1;
import dk.sammen.platform.coursefacts.CourseFacts;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Role;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import dk.sammen.platform.test.TestInfrastructure;
import dk.sammen.platform.test.TopicReader;
import dk.sammen.referrals.access.ReferralAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.assertRuleViolated;
import static dk.sammen.platform.test.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An offer's places (the catalogue's {@code offer-places-set}): an accepted referral takes one, a
 * full offer refuses an acceptance even when several come at once, and a place that frees is
 * offered to the first on the wait-list — an event, and a task on the provider's list.
 */
class PlacesApiTest extends ServiceApiTest {

    @Autowired
    ReferralFacts facts;

    @Autowired
    ReferralAccess access;

    @Autowired
    CourseFacts courses;

    private final TestIdentity providerStaff = new TestIdentity(UUID.randomUUID(), List.of("team-member"), "C_ARB", List.of());

    /** An offer of C-ARB with this many places, as the catalogue publishes it. */
    private UUID offerWith(int places) {
        UUID offer = UUID.randomUUID();
        publish(Topics.OFFERS, new OfferPublishedV2(offer, 1, "Praktikforløb", Centre.C_ARB, OfferKind.INDIVIDUAL_SUPPORT,
                EnumSet.of(NeedCategory.EMPLOYMENT), Instant.now()));
        publish(Topics.OFFERS, new OfferPlacesSetV1(offer, 1, places, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> facts.centreOf(offer).isPresent() && placesOf(offer) == places);
        return offer;
    }

    private int placesOf(UUID offer) {
        return jdbc.sql("SELECT coalesce(max(places), -1) FROM offer_places WHERE offer_id = ?").param(offer).query(Integer.class).single();
    }

    /** A course whose consent covers C-ARB, with the test's caseworker as its tovholder. */
    private UUID course() {
        UUID course = UUID.randomUUID();
        publish(Topics.PLANS, new ConsentRecordedV1(course, UUID.randomUUID(), ConsentGiver.YOUNG_PERSON, null,
                EnumSet.of(Centre.C_SS, Centre.C_ARB), Instant.now()));
        publish(Topics.PLANS, new TovholderAssignedV1(course, TestIdentity.CASEWORKER_ID, Centre.C_SS, null, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> courses.consentOf(course).isPresent()
                && access.onTeam(new Caller(TestIdentity.CASEWORKER_ID, Set.of(Role.CASEWORKER), "C_SS", Set.of()), course));
        return course;
    }

    private UUID refer(UUID course, UUID offer) {
        return assertCreated(post(http, "/referrals", """
                {"courseId": "%s", "offerId": "%s"}""".formatted(course, offer)), "/referrals");
    }

    private ResponseEntity<JsonNode> accept(UUID referral) {
        return post(as(providerStaff), "/referrals/" + referral + "/acceptance", null);
    }

    private List<String> placesOffered(TestRestTemplate client) {
        return client.getForObject("/places-offered", JsonNode.class).findValuesAsText("referralId");
    }

    /** The provider's list for one offer (the list holds every offer of the centre, the other tests' too). */
    private List<String> placesOffered(TestRestTemplate client, UUID offer) {
        List<String> referrals = new ArrayList<>();
        client.getForObject("/places-offered", JsonNode.class).forEach(referral -> {
            if (referral.get("offerId").asText().equals(offer.toString())) {
                referrals.add(referral.get("referralId").asText());
            }
        });
        return referrals;
    }

    @Test
    void anAcceptedReferralTakesAPlaceAndAFreedPlaceGoesToTheFirstWaiting() {
        TestRestTemplate provider = as(providerStaff);
        UUID offer = offerWith(1);
        UUID first = refer(course(), offer);
        UUID second = refer(course(), offer);
        UUID third = refer(course(), offer);

        assertThat(accept(first).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertRuleViolated(accept(second), "offer-full");
        // The provider wait-lists them; the one they put first is offered the next place, whenever it was referred.
        assertThat(post(provider, "/referrals/" + third + "/wait-list", "{\"position\": 1}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(provider, "/referrals/" + second + "/wait-list", "{\"position\": 2}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(placesOffered(provider, offer)).isEmpty();

        post(provider, "/referrals/" + first + "/start", "{\"on\": \"2025-05-01\"}");
        assertThat(post(provider, "/referrals/" + first + "/end", "{\"on\": \"2025-09-01\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(Duration.ofSeconds(20)).until(() -> placesOffered(provider, offer).equals(List.of(third.toString())));
        JsonNode open = provider.getForObject("/offers/" + offer + "/referrals", JsonNode.class);
        assertThat(open.findValuesAsText("referralId")).containsExactly(third.toString(), second.toString());
        assertThat(open.get(0).hasNonNull("placeOfferedAt")).isTrue();
        assertThat(open.get(1).hasNonNull("placeOfferedAt")).isFalse();
        ReferralPlaceOfferedV1 offered = EventCodec.decode(TopicReader.read(TestInfrastructure.kafka().bootstrapServers(),
                        topic(Topics.REFERRALS), read -> read.stream().anyMatch(r -> r.value().getType().endsWith("place-offered.v1")
                                && r.value().getSubject().equals(third.toString())), Duration.ofSeconds(20))
                .stream().filter(r -> r.value().getSubject().equals(third.toString()) && r.value().getType().endsWith("place-offered.v1"))
                .findFirst().orElseThrow().value().getData().toBytes(), ReferralPlaceOfferedV1.class);
        assertThat(offered.offerId()).isEqualTo(offer);

        // The freed place is kept for the one offered it: a newcomer is not accepted over their head.
        UUID newcomer = refer(course(), offer);
        assertRuleViolated(accept(newcomer), "offer-full");
        assertRuleViolated(accept(second), "offer-full");
        assertThat(accept(third).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(10)).until(() -> placesOffered(provider, offer).isEmpty());

        // The catalogue gives the offer a place more: the next on the wait-list is offered it.
        publish(Topics.OFFERS, new OfferPlacesSetV1(offer, 2, 2, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> placesOffered(provider, offer).equals(List.of(second.toString())));

        // The task list is the provider's centre's: another centre's staff see none of it, a token naming no centre is refused.
        assertThat(placesOffered(as(new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_SIK", List.of())))).isEmpty();
        assertThat(as(new TestIdentity(UUID.randomUUID(), List.of("caseworker"), null, List.of())).getForEntity("/places-offered", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /**
     * A places row behind its referral (as rows carried over from the view at an upgrade may be):
     * the referral first on the wait-list was revoked long ago. The freed place is not lost on it,
     * nor does offering it undo the rest: its row is put right, and the next waiting is offered the place.
     */
    @Test
    void aWaitingRowBehindItsReferralIsPutRightAndThePlaceGoesToTheNext() {
        TestRestTemplate provider = as(providerStaff);
        UUID offer = offerWith(1);
        UUID holder = refer(course(), offer);
        UUID gone = refer(course(), offer);
        UUID next = refer(course(), offer);
        assertThat(accept(holder).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(provider, "/referrals/" + next + "/wait-list", "{\"position\": 2}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(http, "/referrals/" + gone + "/revocation", "{\"reason\": \"Flyttet\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        jdbc.sql("UPDATE referral_place SET state = 'WAITING', position = 1 WHERE referral_id = ?").param(gone).update();

        assertThat(post(provider, "/referrals/" + holder + "/start", "{\"on\": \"2025-05-01\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(provider, "/referrals/" + holder + "/end", "{\"on\": \"2025-09-01\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(Duration.ofSeconds(20)).until(() -> placesOffered(provider, offer).equals(List.of(next.toString())));
        assertThat(jdbc.sql("SELECT state FROM referral_place WHERE referral_id = ?").param(gone).query(String.class).single())
                .isEqualTo("CLOSED");
    }

    /** Six acceptances of six referrals to an offer with one place, sent at once: one takes it, five are told it is full. */
    @Test
    void acceptancesSentAtOnceNeverTakeMorePlacesThanTheOfferHas() throws Exception {
        UUID offer = offerWith(1);
        UUID course = course();
        List<UUID> referrals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            referrals.add(refer(course, offer));
        }
        List<Callable<ResponseEntity<JsonNode>>> acceptances = referrals.stream().<Callable<ResponseEntity<JsonNode>>>map(r -> () -> accept(r))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<HttpStatus> answers = new ArrayList<>();
        try {
            for (Future<ResponseEntity<JsonNode>> answer : pool.invokeAll(acceptances)) {
                answers.add(HttpStatus.valueOf(answer.get().getStatusCode().value()));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(answers).containsOnly(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
        assertThat(answers).filteredOn(HttpStatus.NO_CONTENT::equals).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM referral_place WHERE offer_id = ? AND state = 'HOLDS'").param(offer).query(Long.class)
                .single()).isEqualTo(1);
    }
}
