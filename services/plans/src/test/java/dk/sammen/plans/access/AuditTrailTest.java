package dk.sammen.plans.access;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventCodec;
import dk.sammen.events.Topics;
import dk.sammen.events.audit.AccessRecordedV1;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.audit.AuditEntry;
import dk.sammen.platform.audit.AuditTrail;
import dk.sammen.platform.test.RefusedRows;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import dk.sammen.platform.test.TestInfrastructure;
import dk.sammen.platform.test.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The audit trail is append-only and tamper-evident: the database refuses to change it, and
 * when someone with the power to switch that off changes or removes an entry anyway, the
 * verification names it. Every entry is also published on the audit topic.
 */
class AuditTrailTest extends ServiceApiTest {

    private final TestIdentity dpo = TestIdentity.with("dpo");

    @Autowired
    MeterRegistry meters;

    @Autowired
    AuditTrail trail;

    @Test
    void everyLookIsRecordedChainedAndPublished() {
        PlansApi.ActiveCourse course = new PlansApi(http).activeAdultCourse();
        http.getForObject("/courses/" + course.courseId(), JsonNode.class);

        JsonNode mine = as(dpo).getForObject("/audit-trail?userId=" + PlansApi.ME + "&citizenId=" + course.citizenId(), JsonNode.class);
        assertThat(mine.get("items").findValuesAsText("action")).contains("PUT /courses/{courseId}/tovholder",
                "POST /courses/{courseId}/activation", "GET /courses/{courseId}");
        JsonNode verification = as(dpo).getForObject("/audit-trail/verification", JsonNode.class);
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("entries").asLong()).isGreaterThanOrEqualTo(mine.get("totalItems").asLong());

        long last = jdbc.sql("SELECT max(position) FROM audit_trail").query(Long.class).single();
        List<AccessRecordedV1> published = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(), topic(Topics.AUDIT),
                        read -> read.stream().anyMatch(r -> r.value().getId().equals("plans:" + last)), Duration.ofSeconds(30))
                .stream().map(r -> EventCodec.decode(r.value().getData().toBytes(), AccessRecordedV1.class)).toList();
        AccessRecordedV1 lastPublished = published.stream().filter(e -> e.position() == last).findFirst().orElseThrow();
        assertThat(lastPublished.hash()).isEqualTo(jdbc.sql("SELECT hash FROM audit_trail WHERE position = ?").param(last)
                .query(String.class).single());
        assertThat(published).filteredOn(e -> e.position() > 1)
                .allSatisfy(e -> assertThat(e.previousHash()).hasSize(64));
    }

    /**
     * Whom an audit entry is about comes from what was read, never from the query string: a
     * caller who adds {@code ?citizenId=} of someone else does not move the entry there, and a
     * list records every young person it showed, so the DPO's report of each one has the read.
     */
    @Test
    void whomAReadIsAboutComesFromWhatWasReadAndAListRecordsEveryoneItShowed() {
        PlansApi api = new PlansApi(http);
        PlansApi.ActiveCourse first = api.activeAdultCourse();
        PlansApi.ActiveCourse second = api.activeAdultCourse();
        UUID decoy = UUID.randomUUID();
        api.planAt(second.courseId(), second.etag());

        http.getForObject("/courses/" + first.courseId() + "?citizenId=" + decoy, JsonNode.class);
        JsonNode listed = http.getForObject("/courses?size=100", JsonNode.class);
        assertThat(listed.get("items").findValuesAsText("citizenId"))
                .contains(first.citizenId().toString(), second.citizenId().toString());

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(entriesAbout(decoy)).as("the decoy of the query string").isEmpty();
            assertThat(entriesAbout(first.citizenId())).contains("GET /courses/{courseId}", "GET /courses");
            assertThat(entriesAbout(second.citizenId())).contains("GET /courses");
        });
    }

    /**
     * The trail fails closed: when an entry cannot be written the caller is shown nothing of the
     * plan — nor of a refusal or a command — but a 503 that says why; once the trail takes
     * entries again, so does the service.
     */
    @Test
    void whenTheTrailCannotBeWrittenTheAnswerIsWithheld() {
        PlansApi api = new PlansApi(http);
        PlansApi.ActiveCourse course = api.activeAdultCourse();
        UUID goal = api.goal(course.courseId(), "EDUCATION", "Jeg vil gerne tage en uddannelse", course.citizenId());
        await().atMost(Duration.ofSeconds(10)).until(() -> http.getForObject("/courses/" + course.courseId(), String.class)
                .contains(goal.toString()));
        double failedBefore = failedAuditWrites();
        try (var refused = RefusedRows.where(jdbc, "audit_trail", "course_id", course.courseId(), "the trail refuses the test's entries")) {
            ResponseEntity<String> read = http.getForEntity("/courses/" + course.courseId(), String.class);
            assertWithheld(read);
            assertThat(read.getHeaders().getETag()).isNull();
            assertThat(read.getBody()).doesNotContain(course.citizenId().toString(), goal.toString(), "uddannelse");

            assertWithheld(as(TestIdentity.with("caseworker")).getForEntity("/courses/" + course.courseId(), String.class));
            assertWithheld(http.exchange("/courses/" + course.courseId() + "/comments", HttpMethod.POST,
                    new HttpEntity<>("{\"text\": \"Vi ses på torsdag\"}", json()), String.class));
            assertThat(failedAuditWrites() - failedBefore).isEqualTo(3);
        }
        assertThat(http.getForEntity("/courses/" + course.courseId(), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(verification().get("intact").asBoolean()).isTrue();
    }

    private static void assertWithheld(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(response.getBody()).contains("urn:sammen:problem:audit-unavailable");
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private double failedAuditWrites() {
        return meters.counter("sammen.audit.failures").count();
    }

    private List<String> entriesAbout(UUID citizenId) {
        return jdbc.sql("SELECT action FROM audit_trail WHERE citizen_id = ? AND user_id = ?")
                .params(citizenId, PlansApi.ME.toString()).query(String.class).list();
    }

    @Test
    void theDatabaseRefusesToChangeTheTrailAndAChangedOrRemovedEntryIsFound() {
        PlansApi.ActiveCourse course = new PlansApi(http).activeAdultCourse();
        http.getForObject("/courses/" + course.courseId(), JsonNode.class);
        long position = jdbc.sql("SELECT max(position) FROM audit_trail").query(Long.class).single() - 2;

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_trail SET user_id = 'someone-else' WHERE position = ?").param(position).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_trail WHERE position = ?").param(position).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(verification().get("intact").asBoolean()).isTrue();

        // A database superuser switches the guard off and covers someone's tracks. (What they change is
        // put back afterwards: the trail is shared with the other tests of this context.)
        jdbc.sql("CREATE TABLE audit_trail_as_written AS SELECT * FROM audit_trail").update();
        jdbc.sql("ALTER TABLE audit_trail DISABLE TRIGGER audit_trail_append_only").update();
        try {
            jdbc.sql("UPDATE audit_trail SET user_id = 'someone-else' WHERE position = ?").param(position).update();
            JsonNode changed = verification();
            assertThat(changed.get("intact").asBoolean()).isFalse();
            assertThat(changed.get("problems").toString()).contains("entry " + position + " was changed after it was written");

            jdbc.sql("DELETE FROM audit_trail WHERE position = ?").param(position).update();
            JsonNode removed = verification();
            assertThat(removed.get("intact").asBoolean()).isFalse();
            assertThat(removed.get("problems").toString()).contains("entries " + position + " to " + position + " are missing");

            long end = jdbc.sql("SELECT max(position) FROM audit_trail").query(Long.class).single();
            jdbc.sql("INSERT INTO audit_trail_as_written SELECT * FROM audit_trail WHERE position = ?").param(end).update();
            jdbc.sql("DELETE FROM audit_trail WHERE position = ?").param(end).update();
            assertThat(verification().get("problems").toString()).contains("the trail ends at entry " + (end - 1));
        } finally {
            jdbc.sql("DELETE FROM audit_trail WHERE position IN (SELECT position FROM audit_trail_as_written)").update();
            jdbc.sql("INSERT INTO audit_trail SELECT * FROM audit_trail_as_written").update();
            jdbc.sql("DROP TABLE audit_trail_as_written").update();
            jdbc.sql("ALTER TABLE audit_trail ENABLE TRIGGER audit_trail_append_only").update();
        }
        assertThat(verification().get("intact").asBoolean()).as("the trail as written is intact again").isTrue();
    }

    private JsonNode verification() {
        return as(dpo).getForObject("/audit-trail/verification", JsonNode.class);
    }

    /**
     * Requests at once are written by one writer in shared commits: each gets back its own
     * entries, next to each other and in its order, and the chain stays whole and gapless.
     */
    @Test
    void manyRequestsAtOnceAreEachRecordedWholeInOneUnbrokenChain() throws Exception {
        int requests = 300;
        ExecutorService callers = Executors.newFixedThreadPool(24);
        try {
            List<Future<List<AuditEntry>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                UUID young = UUID.randomUUID();
                answers.add(callers.submit(() -> trail.recordAll(List.of(access(young, "GET /first"), access(young, "GET /second")))));
            }
            Set<Long> positions = new HashSet<>();
            for (Future<List<AuditEntry>> answer : answers) {
                List<AuditEntry> entries = answer.get(30, TimeUnit.SECONDS);
                assertThat(entries).extracting(AuditEntry::action).containsExactly("GET /first", "GET /second");
                assertThat(entries.get(1).position()).isEqualTo(entries.get(0).position() + 1);
                assertThat(entries.get(1).citizenId()).isEqualTo(entries.get(0).citizenId());
                positions.add(entries.get(0).position());
                positions.add(entries.get(1).position());
            }
            assertThat(positions).hasSize(2 * requests);
            assertThat(Collections.max(positions) - Collections.min(positions)).as("no gap among them").isEqualTo(2 * requests - 1);
        } finally {
            callers.shutdownNow();
        }
        assertThat(verification().get("intact").asBoolean()).isTrue();
    }

    /** An entry the database refuses fails its own request only, though it was handed over with others. */
    @Test
    void anEntryTheDatabaseRefusesFailsOnlyItsOwnRequest() throws Exception {
        UUID refusedCourse = UUID.randomUUID();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try (var refused = RefusedRows.where(jdbc, "audit_trail", "course_id", refusedCourse, "the trail refuses this course's entries")) {
            List<Future<List<AuditEntry>>> fine = new ArrayList<>();
            List<Future<List<AuditEntry>>> refusedOnes = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                fine.add(callers.submit(() -> trail.recordAll(List.of(access(UUID.randomUUID(), "GET /fine")))));
                if (i % 10 == 0) {
                    refusedOnes.add(callers.submit(() -> trail.recordAll(List.of(new AuditTrail.Access("someone", "caseworker",
                            UUID.randomUUID(), refusedCourse, "GET /refused", "/refused", 200, null, null, "127.0.0.1")))));
                }
            }
            for (Future<List<AuditEntry>> answer : fine) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).singleElement().extracting(AuditEntry::action).isEqualTo("GET /fine");
            }
            for (Future<List<AuditEntry>> answer : refusedOnes) {
                assertThatThrownBy(() -> answer.get(30, TimeUnit.SECONDS)).hasMessageContaining("the trail refuses this course's entries");
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(verification().get("intact").asBoolean()).isTrue();
    }

    private static AuditTrail.Access access(UUID young, String action) {
        return new AuditTrail.Access("someone", "caseworker", young, null, action, "/test", 200, null, null, "127.0.0.1");
    }
}
