package dk.sammen.plans.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.EventCodec;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.events.plans.ErasureBasis;
import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.plans.PlansApi;
import dk.sammen.plans.citizen.CitizenErased;
import dk.sammen.plans.citizen.CitizenRegistered;
import dk.sammen.plans.citizen.EraseCitizen;
import dk.sammen.plans.course.CourseCommands;
import dk.sammen.plans.plan.PlanEvents;
import dk.sammen.platform.eventstore.AggregateCache;
import dk.sammen.platform.personaldata.PersonalData;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.RefusedRows;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import dk.sammen.platform.test.TestInfrastructure;
import dk.sammen.platform.test.TopicReader;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crypto-shredding: a young person's words are stored encrypted under their course's key, read
 * back while it exists, and unreadable everywhere once the data-protection officer erases them
 * (or the retention period after their last course has passed).
 */
class ErasureTest extends ServiceApiTest {

    private static final String DREAM = "Jeg drømmer om at blive frisør i Aarhus";
    private static final String MENTOR = "Hemmelig Mentorsen";

    @Autowired
    EventStore events;

    @Autowired
    Erasure erasure;

    @Autowired
    CommandGateway commands;

    @Autowired
    AggregateCache aggregates;

    private final TestIdentity dpo = TestIdentity.with("dpo");

    @Test
    void wordsAreStoredEncryptedAndErasureMakesThemUnreadableEverywhere() {
        PlansApi api = new PlansApi(http);
        PlansApi.ActiveCourse course = api.activeAdultCourse();
        String path = "/courses/" + course.courseId();
        api.goal(course.courseId(), "JOB", DREAM, course.citizenId());
        String etag = api.member(course.courseId(), UUID.randomUUID(), MENTOR, "MENTOR", "C_SS");
        // Someone off the team broke the glass on it, with circumstances about the young person.
        TestIdentity stranger = TestIdentity.with("caseworker");
        String circumstances = "Skolen ringer: " + DREAM + " er blevet væk hjemmefra";
        assertThat(Api.post(as(stranger), path + "/emergency-access", """
                {"category": "TEAM_UNREACHABLE", "reason": "%s"}""".formatted(circumstances)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(Duration.ofSeconds(10)).until(() -> as(stranger).getForEntity(path, JsonNode.class).getStatusCode() == HttpStatus.OK);

        // Read back through the API, decrypted ...
        JsonNode plan = api.planAt(course.courseId(), etag);
        assertThat(plan.toString()).contains(DREAM, MENTOR);
        // ... and held, decrypted, in the aggregate cache between commands ...
        assertThat(aggregates.containsKey(course.courseId().toString())).isTrue();
        // ... but at rest, in the event store, only ciphertext.
        assertThat(Api.storedPayloads(jdbc, course.courseId())).isNotEmpty()
                .noneMatch(payload -> payload.contains(DREAM) || payload.contains(MENTOR) || payload.contains("frisør"))
                .anyMatch(payload -> payload.contains("pd1:" + course.courseId()));

        assertThat(as(TestIdentity.with("caseworker")).postForEntity("/citizens/" + course.citizenId() + "/erasure", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(dpo).postForEntity("/citizens/" + course.citizenId() + "/erasure", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        // The keys are gone: replaying the stored events gives the words as erased; no decrypted course stays in memory.
        assertThat(aggregates.containsKey(course.courseId().toString())).as("the course in the aggregate cache").isFalse();
        assertThat(Api.dataKeyErased(jdbc, course.courseId())).isTrue();
        assertThat(Api.dataKeyErased(jdbc, course.citizenId())).isTrue();
        List<String> goals = events.readEvents(course.courseId().toString()).asStream()
                .filter(event -> event.getPayload() instanceof PlanEvents.GoalSet)
                .map(event -> ((PlanEvents.GoalSet) event.getPayload()).inOwnWords()).toList();
        assertThat(goals).isNotEmpty().containsOnly(PersonalData.ERASED);
        // The read models, snapshots and register entry are purged.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.getForEntity(path, JsonNode.class).getStatusCode() == HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT count(*) FROM citizen_identity WHERE citizen_id = ?").param(course.citizenId())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?")
                .param(course.courseId().toString()).query(Long.class).single()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        SELECT (SELECT count(*) FROM task WHERE course_id = :c) + (SELECT count(*) FROM task_notification WHERE course_id = :c)""")
                .param("c", course.courseId()).query(Long.class).single() == 0);
        // The break-the-glass grant stays in the report, its circumstances do not; the append-only trail never had them.
        assertThat(jdbc.sql("SELECT reason FROM emergency_access WHERE course_id = ?").param(course.courseId()).query(String.class).list())
                .containsExactly("[slettet]");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_trail WHERE reason LIKE ?").param("%" + DREAM + "%").query(Long.class).single())
                .isZero();
        // The register no longer knows them, and a second erasure is refused.
        assertThat(api.send(HttpMethod.POST, "/citizens/" + course.citizenId() + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "SIBLING"}""".formatted(UUID.randomUUID())).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(dpo).postForEntity("/citizens/" + course.citizenId() + "/erasure", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        // The raw Kafka log never had their words, and now tells every service to erase them.
        List<ConsumerRecord<String, CloudEvent>> log = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(),
                topic(Topics.PLANS), read -> read.stream().anyMatch(r -> r.value().getType().equals("dk.sammen.plans.personal-data-erased.v1")
                        && r.key().equals(course.citizenId().toString())), Duration.ofSeconds(30));
        assertThat(log).noneMatch(r -> new String(r.value().getData().toBytes(), StandardCharsets.UTF_8).contains("frisør")
                || new String(r.value().getData().toBytes(), StandardCharsets.UTF_8).contains(MENTOR));
        PersonalDataErasedV1 erased = log.stream().filter(r -> r.value().getType().equals("dk.sammen.plans.personal-data-erased.v1")
                        && r.key().equals(course.citizenId().toString()))
                .map(r -> EventCodec.decode(r.value().getData().toBytes(), PersonalDataErasedV1.class)).findFirst().orElseThrow();
        assertThat(erased.courseIds()).containsExactly(course.courseId());
    }

    /**
     * The register keeps nothing of an erased young person: not their birth date or situation
     * (in its read model, or readable in its stored events, the course's included),
     * not whom they are related to (from either side), not the hash of the request that
     * registered them, not the 18th birthday their course's access rule used.
     */
    @Test
    void theRegisterKeepsNothingOfAnErasedYoungPerson() {
        PlansApi api = new PlansApi(http);
        HttpHeaders once = new HttpHeaders();
        once.set("Idempotency-Key", UUID.randomUUID().toString());
        LocalDate born = LocalDate.now().minusYears(20).withDayOfMonth(3);
        String cpr = PlansApi.cprBornOn(born);
        UUID citizenId = Api.assertCreated(Api.send(http, HttpMethod.POST, "/citizens", """
                {"cpr": "%s", "name": "Sletta Registersen", "situation": %s}""".formatted(cpr,
                PlansApi.needingSupport()), once), "/citizens");
        // The register's event holds the birth date and the situation encrypted, under the person's own key.
        assertThat(Api.storedPayloads(jdbc, citizenId)).isNotEmpty()
                .noneMatch(payload -> payload.contains(born.toString()) || payload.contains("needsSupportTowardsEducationOrJob"))
                .anyMatch(payload -> payload.contains("pd1:" + citizenId));
        UUID sister = api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(17)), "Søster Registersen", PlansApi.needingSupport());
        api.change(HttpMethod.POST, "/citizens/" + citizenId + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "SIBLING"}""".formatted(sister));
        UUID courseId = api.openCourse(citizenId, "CITIZEN_WISH");
        // The course keeps the birth date (who must consent) encrypted too, under the course's key.
        assertThat(Api.storedPayloads(jdbc, courseId)).isNotEmpty().noneMatch(payload -> payload.contains(born.toString()))
                .anyMatch(payload -> payload.contains("pd1:" + courseId));
        assertThat(rowsOf(citizenId, courseId)).as("before erasure").allMatch(count -> count > 0);

        assertThat(as(dpo).postForEntity("/citizens/" + citizenId + "/erasure", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rowsOf(citizenId, courseId)).containsExactly(0L, 0L, 0L, 0L);
        CitizenRegistered registered = events.readEvents(citizenId.toString()).asStream()
                .filter(event -> event.getPayload() instanceof CitizenRegistered).map(event -> (CitizenRegistered) event.getPayload())
                .findFirst().orElseThrow();
        assertThat(registered.birthDate()).as("the birth date, read after erasure").isNull();
        assertThat(registered.situation()).isNull();
        assertThat(registered.targetGroupReason()).isEqualTo(PersonalData.ERASED);
        assertThat(jdbc.sql("SELECT count(*) FROM citizen_view WHERE citizen_id = ?").param(sister).query(Long.class).single())
                .as("the sister stays registered").isEqualTo(1);

        // Their id is the keyed hash of the CPR number and its key is gone: registered again, nothing could be kept of them.
        long stored = Api.storedEvents(jdbc);
        Api.assertRuleViolated(Api.post(http, "/citizens", """
                {"cpr": "%s", "name": "Sletta Registersen", "situation": %s}""".formatted(cpr, PlansApi.needingSupport())),
                "data-subject-erased");
        assertThat(Api.storedEvents(jdbc)).isEqualTo(stored);
        assertThat(jdbc.sql("SELECT count(*) FROM citizen_view WHERE citizen_id = ?").param(citizenId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM citizen_identity WHERE citizen_id = ?").param(citizenId).query(Long.class).single())
                .as("the refused registration's CPR number and name went with it").isZero();
    }

    /** An erasure stored before {@code CitizenErased} moved from the erasure package to the citizen's still loads. */
    @Test
    void anErasureStoredUnderItsFormerClassNameStillLoads() {
        UUID citizenId = new PlansApi(http).registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(21)), "Gammel Sletning",
                PlansApi.needingSupport());
        assertThat(as(dpo).postForEntity("/citizens/" + citizenId + "/erasure", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.sql("UPDATE domain_event_entry SET payload_type = ? WHERE aggregate_identifier = ? AND payload_type = ?")
                .params("dk.sammen.plans.erasure.CitizenErased", citizenId.toString(), CitizenErased.class.getName()).update())
                .as("the stored erasure, renamed as it was stored before").isEqualTo(1);

        CitizenErased erased = events.readEvents(citizenId.toString()).asStream().map(event -> event.getPayload())
                .filter(CitizenErased.class::isInstance).map(CitizenErased.class::cast).findFirst().orElseThrow();
        assertThat(erased.citizenId()).isEqualTo(citizenId);
        assertThat(erased.basis()).isEqualTo(ErasureBasis.REQUEST);
    }

    /** Register rows about the young person: the register entry, family relations, idempotency hashes, the course's 18th birthday. */
    private List<Long> rowsOf(UUID citizenId, UUID courseId) {
        return List.of(
                jdbc.sql("SELECT count(*) FROM citizen_view WHERE citizen_id = ?").param(citizenId).query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM family_relation WHERE ? IN (citizen_id, related_citizen_id)").param(citizenId)
                        .query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM idempotency_key WHERE resource_id = ?").param(citizenId).query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM course_citizen WHERE course_id = ? AND of_age_on IS NOT NULL").param(courseId)
                        .query(Long.class).single());
    }

    /** Erasure closes a course for good: no command, no deadline, no team access; the other courses' views go on. */
    @Test
    void anErasedCourseTakesNoMoreCommandsAndKeepsNoDeadline() {
        PlansApi api = new PlansApi(http);
        UUID minor = api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(14)), "Slet Snart", PlansApi.inSchool(8, 30));
        long deadlinesBefore = farFutureDeadlines();
        UUID course = api.openCourse(minor, "HIGH_SCHOOL_ABSENCE");
        api.planAt(course, api.tovholder(course, me().id(), "Lene Holm", "C_BUR"));
        assertThat(farFutureDeadlines()).as("the adult-transition reminder waits").isEqualTo(deadlinesBefore + 1);

        assertThat(as(dpo).postForEntity("/citizens/" + minor + "/erasure", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(farFutureDeadlines()).as("its deadline is cancelled").isEqualTo(deadlinesBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM course_access WHERE course_id = ?").param(course).query(Long.class).single()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.getForEntity("/courses/" + course, JsonNode.class).getStatusCode() == HttpStatus.NOT_FOUND);
        Api.assertRuleViolated(api.send(HttpMethod.POST, "/courses/" + course + "/closure", "{\"outcome\": \"ENDED\"}"), "course-erased");
        Api.assertRuleViolated(Api.post(as(TestIdentity.youngPerson(minor)), "/courses/" + course + "/comments",
                "{\"text\": \"Er jeg her endnu?\"}"), "course-erased");

        PlansApi.ActiveCourse other = api.activeAdultCourse();
        assertThat(api.planAt(other.courseId(), other.etag()).get("status").asText()).isEqualTo("ACTIVE");
    }

    /**
     * An event that reaches a course after its young person was erased (erased before courses were
     * closed for good, or still on its way) is let go by the one-plan view, which goes on for every other course.
     */
    @Test
    void anEventOnACourseAfterErasureIsLetGoByTheOnePlanView() {
        PlansApi api = new PlansApi(http);
        PlansApi.ActiveCourse course = api.activeAdultCourse();
        commands.sendAndWait(new EraseCitizen(course.citizenId(), Set.of(course.courseId()), ErasureBasis.REQUEST));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.getForEntity("/courses/" + course.courseId(), JsonNode.class).getStatusCode() == HttpStatus.NOT_FOUND);

        commands.sendAndWait(new CourseCommands.CloseCourse(course.courseId(), null, CourseOutcome.ENDED));

        PlansApi.ActiveCourse other = api.activeAdultCourse();
        assertThat(api.planAt(other.courseId(), other.etag()).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(http.getForEntity("/courses/" + course.courseId(), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = 'one-plan'").query(Long.class).single())
                .as("nothing parked: the event was let go, not failed on").isZero();
    }

    private long farFutureDeadlines() {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE execution_time > now() + interval '1 year'")
                .query(Long.class).single();
    }

    /**
     * Someone registered who never had a course goes after two years — unless a relative's course
     * still needs them (a parent of a young person with a course); and one person whose erasure
     * fails does not stop the others, and is tried again on the next run.
     */
    @Test
    void someoneWithoutACourseIsErasedAfterTheRetentionPeriodAndOneFailureStopsNoOne() {
        PlansApi api = new PlansApi(http);
        UUID alone = api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(19)), "Alene Uden", PlansApi.needingSupport());
        UUID failing = api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(21)), "Fejl Uden", PlansApi.needingSupport());
        UUID parent = api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(45)), "Mor Medbarn", PlansApi.needingSupport());
        UUID child = api.registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(15)), "Barn Medforløb", PlansApi.inSchool(9, 20));
        api.change(HttpMethod.POST, "/citizens/" + child + "/family-relations", """
                {"relatedCitizenId": "%s", "relation": "PARENT_OR_GUARDIAN"}""".formatted(parent));
        api.openCourse(child, "HIGH_SCHOOL_ABSENCE");
        UUID[] withoutCourse = {alone, failing, parent};

        erasure.eraseThoseDue();
        assertThat(erasedOf(withoutCourse)).as("registered today: kept").isEmpty();

        jdbc.sql("UPDATE citizen_view SET registered_at = registered_at - interval '3 years' WHERE citizen_id = ANY(?)")
                .param(withoutCourse).update();
        try (var refused = RefusedRows.where(jdbc, "erasure", "citizen_id", failing, "refused by the test")) {
            erasure.eraseThoseDue();
        }
        assertThat(erasedOf(withoutCourse)).as("the one who failed stopped no one; the parent stays for the child's course")
                .containsExactly(alone);
        assertThat(Api.dataKeyErased(jdbc, alone)).isTrue();

        erasure.eraseThoseDue();
        assertThat(erasedOf(withoutCourse)).as("tried again on the next run").containsExactlyInAnyOrder(alone, failing);
    }

    private List<UUID> erasedOf(UUID... citizens) {
        return jdbc.sql("SELECT citizen_id FROM erasure WHERE citizen_id = ANY(?) AND basis = 'RETENTION'").param(citizens)
                .query(UUID.class).list();
    }

    @Test
    void aYoungPersonIsErasedWhenTheRetentionPeriodAfterTheirLastCourseHasPassed() {
        PlansApi api = new PlansApi(http);
        PlansApi.ActiveCourse course = api.activeAdultCourse();
        api.change(HttpMethod.POST, "/courses/" + course.courseId() + "/closure", """
                {"outcome": "ENDED"}""");

        erasure.eraseThoseDue();
        assertThat(Api.dataKeyErased(jdbc, course.courseId())).as("closed today: kept").isFalse();

        jdbc.sql("UPDATE course_citizen SET closed_at = closed_at - interval '6 years' WHERE course_id = ?")
                .param(course.courseId()).update();
        assertThat(erasure.eraseThoseDue()).isGreaterThanOrEqualTo(1);
        assertThat(Api.dataKeyErased(jdbc, course.courseId())).isTrue();
        assertThat(jdbc.sql("SELECT basis FROM erasure WHERE citizen_id = ?").param(course.citizenId()).query(String.class).single())
                .isEqualTo("RETENTION");
    }
}
