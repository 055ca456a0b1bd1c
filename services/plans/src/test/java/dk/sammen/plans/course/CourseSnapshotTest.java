package dk.sammen.plans.course;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.plans.PlansApi;
import dk.sammen.plans.PlansApi.ActiveCourse;
import dk.sammen.platform.eventstore.AggregateCache;
import dk.sammen.platform.test.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertRuleViolated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A long course loads from its latest snapshot, with every part's state (team, meetings, offers, ...) intact. */
@TestPropertySource(properties = "sammen.plans.course-snapshot-every=10")
class CourseSnapshotTest extends ServiceApiTest {

    @Autowired
    AggregateCache aggregates;

    @Test
    void aCourseRestoredFromASnapshotKeepsEveryRule() {
        PlansApi api = new PlansApi(http);
        ActiveCourse course = api.activeAdultCourse();
        String path = "/courses/" + course.courseId();
        UUID teacher = UUID.randomUUID();
        api.member(course.courseId(), teacher, "Ole", "TEACHER", "C_ARB"); // a centre the consent names
        UUID meeting = api.meetingBegun(course.courseId(), teacher);
        for (int i = 0; i < 12; i++) {
            api.create(path + "/progression", CourseRulesApiTest.measurement("ATTENDANCE", 0, 100, 50 + i, teacher,
                    LocalDate.now().minusDays(20 - i).toString()));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshotSequence(course.courseId()) != null);

        // Prove the state comes from the snapshot: remove the events it covers, and the course kept in memory.
        long covered = snapshotSequence(course.courseId());
        jdbc.sql("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number <= ?")
                .params(course.courseId().toString(), covered).update();
        aggregates.removeAll();

        assertRuleViolated(api.send(HttpMethod.DELETE, path + "/team/" + course.tovholderId(), null), "tovholder-stays");
        assertRuleViolated(api.send(HttpMethod.POST, path + "/team", """
                {"memberId": "%s", "name": "Ole", "role": "TEACHER", "affiliation": "C_ARB"}""".formatted(teacher)), "already-on-team");
        assertRuleViolated(api.send(HttpMethod.POST, path + "/activation", null), "already-active");
        String etag = api.change(HttpMethod.POST, path + "/meetings/" + meeting + "/minutes",
                CourseRulesApiTest.minutes(true, true, CourseRulesApiTest.agreementOfYoungPerson()));
        assertThat(Long.parseLong(etag.replace("\"", ""))).isGreaterThan(covered);
        JsonNode plan = api.planAt(course.courseId(), etag);
        assertThat(plan.get("meetings").get(0).get("heldAt").isTextual()).isTrue();
    }

    private Long snapshotSequence(UUID courseId) {
        return jdbc.sql("SELECT max(sequence_number) FROM snapshot_event_entry WHERE aggregate_identifier = ?")
                .param(courseId.toString()).query(Long.class).single();
    }
}
