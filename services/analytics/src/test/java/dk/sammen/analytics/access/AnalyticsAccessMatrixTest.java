package dk.sammen.analytics.access;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.Centre;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.platform.test.AccessMatrixTest;
import dk.sammen.platform.test.Relations.Kind;
import dk.sammen.platform.test.Relations.Party;
import dk.sammen.platform.test.Relations.Scene;
import dk.sammen.platform.test.TestIdentity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The access matrix of this service's README, held against its OpenAPI document and its answers,
 * and asked about a real young person's course in analytics by everyone in a relation to it:
 * analytics is the analysts' alone, so the course's own tovholder, the young person and the
 * centre leader of the tovholder's centre read no young person's timeline here.
 */
class AnalyticsAccessMatrixTest extends AccessMatrixTest {

    @Override
    protected List<Kind> relations() {
        return List.of(new Kind("courseId", "a course in analytics", () -> course("courseId")),
                new Kind("citizenId", "a young person with a course in analytics", () -> course("citizenId")));
    }

    private Scene course(String variable) {
        UUID citizenId = UUID.randomUUID();
        UUID courseId = UUID.randomUUID();
        TestIdentity tovholder = new TestIdentity(UUID.randomUUID(), List.of("caseworker"), "C_SS", List.of());
        Instant now = Instant.now();
        publish(Topics.PLANS, new CourseOpenedV1(courseId, citizenId, CourseOfferReason.HIGH_SCHOOL_ABSENCE, now));
        publish(Topics.PLANS, new TovholderAssignedV1(courseId, tovholder.id(), Centre.C_SS, null, now));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.getForObject("/courses/" + courseId + "/timeline", JsonNode.class)
                .path("items").size() == 2);
        return new Scene(Map.of(variable, (variable.equals("courseId") ? courseId : citizenId).toString()), List.of(
                Party.team("the course's tovholder", tovholder),
                Party.own("the young person", TestIdentity.youngPerson(citizenId)),
                Party.centre("a centre leader of the tovholder's centre", TestIdentity.with("centre-leader")),
                Party.anyone("the data-protection officer", TestIdentity.with("dpo")),
                Party.anyone("an analyst", TestIdentity.with("analyst"))));
    }
}
