package dk.sammen.referrals.access;

import dk.sammen.events.Centre;
import dk.sammen.events.Topics;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import dk.sammen.events.offers.OfferPublishedV2;
import dk.sammen.platform.coursefacts.CourseFacts;
import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.identity.Cpr;
import dk.sammen.platform.test.AccessMatrixTest;
import dk.sammen.platform.test.PublishedCourse;
import dk.sammen.platform.test.Relations.Kind;
import dk.sammen.platform.test.Relations.Party;
import dk.sammen.platform.test.Relations.Scene;
import dk.sammen.platform.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.post;
import static org.awaitility.Awaitility.await;

/**
 * The access matrix of this service's README, held against its OpenAPI document and its answers,
 * and asked about a real referral, offer, young person and underretning by everyone in a relation
 * to them: the course's team as its consent covers them, the provider's staff, intake, the
 * reporter, the young person.
 */
class ReferralsAccessMatrixTest extends AccessMatrixTest {

    @Autowired
    CourseFacts facts;

    @Autowired
    CitizenPseudonyms pseudonyms;

    @Override
    protected List<Kind> relations() {
        return List.of(new Kind("referralId", "a referral to a C-ARB offer", () -> referral(false)),
                new Kind("referralId", "a referral whose course's consent was withdrawn since", () -> referral(true)),
                new Kind("offerId", "an offer of C-ARB", this::offer),
                new Kind("citizenId", "a young person with a course and an underretning", () -> youngPerson(false)),
                new Kind("citizenId", "a young person whose consent was withdrawn", () -> youngPerson(true)),
                new Kind("underretningId", "an underretning about a young person with a course", this::underretning));
    }

    private Scene referral(boolean withdrawn) {
        PublishedCourse course = publishedCourse(UUID.randomUUID());
        UUID offerId = jobcentreOffer();
        UUID referralId = assertCreated(post(as(course.tovholder()), "/referrals", """
                {"courseId": "%s", "offerId": "%s"}""".formatted(course.courseId(), offerId)), "/referrals");
        if (withdrawn) {
            course.withdrawConsent();
        }
        return new Scene(Map.of("referralId", referralId.toString()), List.of(
                Party.anyone("a caseworker of the tovholder's centre, off the team", TestIdentity.with("caseworker")),
                Party.anyone("on the team from a centre the consent does not name", course.uncoveredMember()),
                Party.anyone("an intake worker", TestIdentity.with("intake-worker")),
                withdrawn ? Party.anyone("on the team from outside, consent withdrawn", course.externalMember())
                        : Party.team("on the team from outside the municipality", course.externalMember()),
                new Party("on the team from C-ARB, the provider's centre" + (withdrawn ? ", consent withdrawn" : ""), course.coveredMember(),
                        withdrawn ? Set.of("yes", "provider") : Set.of("yes", "team", "provider")),
                Party.provider("a team member of the provider's centre", new TestIdentity(UUID.randomUUID(), List.of("team-member"), "C_ARB",
                        List.of())),
                Party.provider("a caseworker of the provider's centre", new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_ARB",
                        List.of())),
                Party.team("the tovholder", course.tovholder())));
    }

    private Scene offer() {
        UUID offerId = jobcentreOffer();
        return new Scene(Map.of("offerId", offerId.toString()), List.of(
                Party.anyone("a caseworker of another centre", TestIdentity.with("caseworker")),
                Party.anyone("an intake worker", TestIdentity.with("intake-worker")),
                Party.provider("a team member of the provider's centre", new TestIdentity(UUID.randomUUID(), List.of("team-member"), "C_ARB",
                        List.of())),
                Party.provider("a caseworker of the provider's centre", new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_ARB",
                        List.of()))));
    }

    /** {@code own} on the follow-up list is a caseworker who works on one of the young person's courses. */
    private Scene youngPerson(boolean withdrawn) {
        String cpr = someCpr();
        PublishedCourse course = publishedCourse(pseudonyms.of(Cpr.parse(cpr)));
        underretningAbout(cpr, TestIdentity.with("caseworker"));
        if (withdrawn) {
            course.withdrawConsent();
        }
        Set<String> works = Set.of("yes", "team", "own");
        return new Scene(Map.of("citizenId", course.citizenId().toString()), List.of(
                Party.anyone("a caseworker of the tovholder's centre, off the team", TestIdentity.with("caseworker")),
                Party.anyone("on the team from a centre the consent does not name", course.uncoveredMember()),
                Party.own("the young person", TestIdentity.youngPerson(course.citizenId())),
                Party.anyone("a guardian of someone else", TestIdentity.guardianOf(UUID.randomUUID())),
                new Party("on the team from outside the municipality" + (withdrawn ? ", consent withdrawn" : ""), course.externalMember(),
                        withdrawn ? Set.of("yes") : works),
                new Party("on the team from C-ARB" + (withdrawn ? ", consent withdrawn" : ""), course.coveredMember(),
                        withdrawn ? Set.of("yes") : works),
                new Party("the tovholder", course.tovholder(), works),
                Party.anyone("an intake worker", TestIdentity.with("intake-worker"))));
    }

    private Scene underretning() {
        String cpr = someCpr();
        PublishedCourse course = publishedCourse(pseudonyms.of(Cpr.parse(cpr)));
        TestIdentity reporter = new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_SIK", List.of());
        UUID underretningId = underretningAbout(cpr, reporter);
        return new Scene(Map.of("underretningId", underretningId.toString()), List.of(
                Party.anyone("the caseworker who reported it", reporter),
                Party.anyone("the tovholder of the young person's course", course.tovholder()),
                Party.anyone("on the team of the young person's course", course.externalMember()),
                Party.anyone("the young person", TestIdentity.youngPerson(course.citizenId())),
                Party.anyone("an intake worker", TestIdentity.with("intake-worker"))));
    }

    private PublishedCourse publishedCourse(UUID citizenId) {
        return PublishedCourse.publish(event -> publish(Topics.PLANS, event), facts, citizenId);
    }

    private UUID jobcentreOffer() {
        UUID offerId = UUID.randomUUID();
        publish(Topics.OFFERS, new OfferPublishedV2(offerId, 1, "Jobmentor", Centre.C_ARB, OfferKind.INDIVIDUAL_SUPPORT,
                EnumSet.of(NeedCategory.EMPLOYMENT), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM offer_centre WHERE offer_id = ?").param(offerId)
                .query(Long.class).single() == 1);
        return offerId;
    }

    private UUID underretningAbout(String cpr, TestIdentity reporter) {
        return assertCreated(post(as(reporter), "/underretninger", """
                {"child": {"cpr": "%s", "name": "Barn Adgangsen"},
                 "reporter": {"kind": "SCHOOL", "anonymous": false, "name": "Lærer Adgangsen", "organisation": "Skolen"},
                 "guardians": [], "childInformed": false, "guardiansInformed": true,
                 "concerns": ["ABSENCE"], "description": "Meget fravær", "channel": "EMAIL", "receivedAt": "%s"}"""
                .formatted(cpr, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS))), "/underretninger");
    }

    /** A 14-year-old's CPR number, a new one each time. */
    private static String someCpr() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "%02d%02d12-%04d".formatted(random.nextInt(1, 29), random.nextInt(1, 13), random.nextInt(4000, 5000));
    }
}
