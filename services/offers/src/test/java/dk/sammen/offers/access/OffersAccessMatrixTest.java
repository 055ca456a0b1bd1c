package dk.sammen.offers.access;

import dk.sammen.events.Topics;
import dk.sammen.offers.TestOffers;
import dk.sammen.platform.coursefacts.CourseFacts;
import dk.sammen.platform.test.AccessMatrixTest;
import dk.sammen.platform.test.PublishedCourse;
import dk.sammen.platform.test.Relations.Kind;
import dk.sammen.platform.test.Relations.Party;
import dk.sammen.platform.test.Relations.Scene;
import dk.sammen.platform.test.TestIdentity;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertCreated;
import static dk.sammen.platform.test.Api.post;

/**
 * The access matrix of this service's README, held against its OpenAPI document and its answers,
 * and asked about a real need by everyone in a relation to the course that posted it.
 */
class OffersAccessMatrixTest extends AccessMatrixTest {

    @Autowired
    CourseFacts facts;

    @Override
    protected List<Kind> relations() {
        return List.of(new Kind("needId", "a need with a bid", () -> need(false)),
                new Kind("needId", "a need whose course's consent was withdrawn", () -> need(true)));
    }

    private Scene need(boolean withdrawn) {
        PublishedCourse course = PublishedCourse.publish(event -> publish(Topics.PLANS, event), facts);
        UUID needId = assertCreated(post(as(course.tovholder()), "/needs", """
                {"courseId": "%s", "needCategories": ["EMPLOYMENT"], "goals": "Komme i praktik", "constraints": "Ingen",
                 "wantedFrom": "2025-06-01", "wantedTo": "2025-12-31"}""".formatted(course.courseId())), "/needs");
        TestIdentity bidder = TestIdentity.with("catalogue-editor");
        UUID bidId = UUID.randomUUID();
        post(as(bidder), "/needs/" + needId + "/bids", """
                {"bidId": "%s", "solution": %s, "startOn": "2025-07-01"}""".formatted(bidId, TestOffers.offer("Praktikforløb",
                "Praktik med mentor", "C_SS", "COMPANY_ORIENTED", "[\"EMPLOYMENT\"]", 15, 30, "1")));
        if (withdrawn) {
            course.withdrawConsent();
        }
        return new Scene(Map.of("needId", needId.toString(), "bidId", bidId.toString()), List.of(
                Party.anyone("a caseworker of the tovholder's centre, off the team", TestIdentity.with("caseworker")),
                Party.anyone("on the team from a centre the consent does not name", course.uncoveredMember()),
                withdrawn ? Party.anyone("on the team from C-ARB, consent withdrawn", course.coveredMember())
                        : Party.team("on the team from C-ARB, which the consent names", course.coveredMember()),
                withdrawn ? Party.anyone("on the team from outside the municipality, consent withdrawn", course.externalMember())
                        : Party.team("on the team from outside the municipality", course.externalMember()),
                Party.anyone("the unit that bid", bidder),
                Party.anyone("an intake worker", TestIdentity.with("intake-worker")),
                Party.own("the young person", TestIdentity.youngPerson(course.citizenId())),
                Party.team("the tovholder", course.tovholder())));
    }
}
