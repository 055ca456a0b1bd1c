package dk.sammen.plans.task;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.Topics;
import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IdentityResolvedV1;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.events.referrals.UnderretningDecidedV1;
import dk.sammen.events.referrals.UnderretningDecision;
import dk.sammen.events.referrals.UnderretningImportedV1;
import dk.sammen.events.referrals.UnderretningReceivedV1;
import dk.sammen.plans.PlansApi;
import dk.sammen.platform.test.Api;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import io.cloudevents.CloudEvent;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Tasks raised by what happens on a course, assigned to whoever holds it, closed by the act they ask for; and the notifications they make. */
class TaskApiTest extends ServiceApiTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Autowired
    EventProcessingConfiguration processing;

    private PlansApi api() {
        return new PlansApi(http);
    }

    private static TestIdentity caseworker(String centre) {
        return new TestIdentity(UUID.randomUUID(), List.of("caseworker"), centre, List.of());
    }

    private static List<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** The open tasks of {@code client}'s caller on one course, as "KIND" or "KIND due" when they have a date. */
    private static List<String> openTasks(TestRestTemplate client, UUID courseId) {
        return items(client.getForObject("/tasks", JsonNode.class)).stream()
                .filter(task -> task.get("courseId").asText().equals(courseId.toString()))
                .map(task -> task.get("kind").asText() + (task.hasNonNull("dueOn") ? " " + task.get("dueOn").asText() : ""))
                .toList();
    }

    private static List<String> notified(TestRestTemplate client, UUID courseId) {
        return items(client.getForObject("/notifications", JsonNode.class)).stream()
                .filter(n -> n.get("courseId").asText().equals(courseId.toString())).map(n -> n.get("kind").asText()).toList();
    }

    private static UUID taskOf(TestRestTemplate client, UUID courseId, String kind) {
        return items(client.getForObject("/tasks", JsonNode.class)).stream()
                .filter(t -> t.get("courseId").asText().equals(courseId.toString()) && t.get("kind").asText().equals(kind))
                .map(t -> UUID.fromString(t.get("taskId").asText())).findFirst().orElseThrow();
    }

    @Test
    void tasksGoToWhoeverHoldsTheCourseAndCloseWhenTheActHappens() {
        UUID citizenId = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(21)), "Opgave Test", PlansApi.needingSupport());
        UUID courseId = api().openCourse(citizenId, "CITIZEN_WISH");
        String path = "/courses/" + courseId;

        // Offered by this caseworker: finding a tovholder is theirs until one is assigned.
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(http, courseId).equals(List.of("FIND_TOVHOLDER")));
        api().consent(courseId, "YOUNG_PERSON", null, "[\"C_SS\", \"C_ARB\"]");
        api().tovholder(courseId, PlansApi.ME, "Lene Holm", "C_SS");
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(http, courseId).isEmpty());

        api().goal(courseId, "GENERAL_COMMUNITY", "Være med i et fællesskab", citizenId);
        api().activate(courseId);
        // A meeting in two weeks is a task due that day; one that has just begun is due today, and not yet overdue.
        Instant inTwoWeeks = Instant.now().plus(14, ChronoUnit.DAYS);
        UUID later = api().scheduleMeeting(courseId, inTwoWeeks.toString(), PlansApi.ME);
        String laterDay = LocalDate.ofInstant(inTwoWeeks, java.time.ZoneId.of("Europe/Copenhagen")).toString();
        UUID meetingId = api().meetingBegun(courseId, PlansApi.ME);
        String meetingDay = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).toString();
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(http, courseId)
                .equals(List.of("HOLD_MEETING " + meetingDay, "HOLD_MEETING " + laterDay)));
        assertThat(items(http.getForObject("/tasks", JsonNode.class))).filteredOn(t -> t.get("courseId").asText().equals(courseId.toString()))
                .allSatisfy(t -> assertThat(t.get("overdue").asBoolean()).isFalse());

        api().change(HttpMethod.POST, path + "/meetings/" + meetingId + "/minutes", """
                {"citizenPresent": true, "attendedMemberIds": ["%s"], "summary": "Møde",
                 "decisions": [{"text": "Praktik", "citizenAgrees": true}],
                 "agreements": [{"party": "YOUNG_PERSON", "partyName": "Ung", "what": "Møder op", "dueDate": "2030-01-01"}]}"""
                .formatted(PlansApi.ME));
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(http, courseId)
                .equals(List.of("HOLD_MEETING " + laterDay, "FOLLOW_UP_AGREEMENT 2030-01-01")));

        // Handed over: the open tasks follow the course to its new tovholder, who is told.
        TestIdentity colleague = caseworker("C_ARB");
        api().change(HttpMethod.PUT, path + "/tovholder", """
                {"professionalId": "%s", "name": "Jonas Job", "role": "CASEWORKER", "centre": "C_ARB",
                 "handoverReason": "Jobcentret tager over"}""".formatted(colleague.id()));
        TestRestTemplate asColleague = as(colleague);
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(asColleague, courseId)
                .equals(List.of("HOLD_MEETING " + laterDay, "FOLLOW_UP_AGREEMENT 2030-01-01")));
        assertThat(openTasks(http, courseId)).isEmpty();
        assertThat(notified(asColleague, courseId)).containsExactlyInAnyOrder("HOLD_MEETING", "FOLLOW_UP_AGREEMENT");
        assertThat(notified(http, courseId))
                .containsExactly("FIND_TOVHOLDER", "SCHEDULE_NEXT_MEETING", "HOLD_MEETING", "HOLD_MEETING", "FOLLOW_UP_AGREEMENT");
        assertThat(items(asColleague.getForObject("/worklists/" + colleague.id(), JsonNode.class).get("tasks")))
                .extracting(t -> t.get("kind").asText()).contains("FOLLOW_UP_AGREEMENT");

        // It closes when the agreement is followed up, not by a click.
        UUID followUp = taskOf(asColleague, courseId, "FOLLOW_UP_AGREEMENT");
        assertThat(http.postForEntity("/tasks/" + followUp + "/completion", null, JsonNode.class).getStatusCode())
                .as("someone else's task").isEqualTo(HttpStatus.FORBIDDEN);
        Api.assertRuleViolated(asColleague.postForEntity("/tasks/" + followUp + "/completion", null, JsonNode.class), "closed-by-the-act");
        UUID agreementId = UUID.fromString(asColleague.getForObject(path, JsonNode.class).get("agreements").get(0).get("agreementId").asText());
        assertThat(Api.send(asColleague, HttpMethod.POST, path + "/agreements/" + agreementId + "/follow-up", """
                {"fulfilled": true, "followUp": "Mødt op hver dag"}""", null).getStatusCode().is2xxSuccessful()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(asColleague, courseId).equals(List.of("HOLD_MEETING " + laterDay)));
    }

    @Test
    void aCourseOpenedOnIntakesDecisionWaitsInTheQueueUntilSomeoneTakesItOnAndIntakesNewsReachesItsHolder() {
        UUID citizenId = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(15)), "Kø Test", PlansApi.inSchool(9, 35));
        UUID underretningId = UUID.randomUUID();
        UUID courseId = UUID.nameUUIDFromBytes(("underretning:" + underretningId).getBytes(StandardCharsets.UTF_8));
        PlansApi.fromReferrals(kafka, topic(Topics.REFERRALS), new UnderretningDecidedV1(underretningId, citizenId,
                UnderretningDecision.OFFER_COORDINATED_COURSE, null, Instant.now()));

        // It waits in the queue of intake's centre, and only there.
        TestIdentity leader = new TestIdentity(UUID.randomUUID(), List.of("centre-leader"), "C_BUR", List.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> items(as(leader).getForObject("/tasks/queue", JsonNode.class)).stream()
                .anyMatch(t -> t.get("courseId").asText().equals(courseId.toString()) && t.get("kind").asText().equals("FIND_TOVHOLDER")));
        TestIdentity otherCentre = caseworker("C_ARB");
        assertThat(items(as(otherCentre).getForObject("/tasks/queue", JsonNode.class)))
                .noneMatch(t -> t.get("courseId").asText().equals(courseId.toString()));
        assertThat(Api.send(as(otherCentre), HttpMethod.PUT, "/courses/" + courseId + "/tovholder", """
                {"professionalId": "%s", "name": "Anden Central", "role": "CASEWORKER", "centre": "C_ARB"}""".formatted(otherCentre.id()), null)
                .getStatusCode()).as("another centre's queue").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(new TestIdentity(UUID.randomUUID(), List.of("caseworker"), null, List.of())).getForEntity("/tasks/queue", JsonNode.class)
                .getStatusCode()).as("a token naming no centre has no queue").isEqualTo(HttpStatus.FORBIDDEN);

        // The queue opens no plan; the centre leader takes the course on by naming a caseworker of the centre its tovholder.
        TestIdentity taker = caseworker("C_BUR");
        TestRestTemplate asTaker = as(taker);
        assertThat(as(leader).getForEntity("/courses/" + courseId, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> takenOn = Api.send(as(leader), HttpMethod.PUT, "/courses/" + courseId + "/tovholder", """
                {"professionalId": "%s", "name": "Bo Børn", "role": "CASEWORKER", "centre": "C_BUR"}""".formatted(taker.id()), null);
        assertThat(takenOn.getStatusCode().is2xxSuccessful()).as(String.valueOf(takenOn.getBody())).isTrue();
        assertThat(asTaker.getForEntity("/courses/" + courseId, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Api.send(as(caseworker("C_BUR")), HttpMethod.PUT, "/courses/" + courseId + "/tovholder", """
                {"professionalId": "%s", "name": "En Anden", "role": "CASEWORKER", "centre": "C_BUR"}""".formatted(UUID.randomUUID()), null)
                .getStatusCode()).as("a held course is its team's").isEqualTo(HttpStatus.FORBIDDEN);
        await().atMost(Duration.ofSeconds(10)).until(() -> items(as(leader).getForObject("/tasks/queue", JsonNode.class)).stream()
                .noneMatch(t -> t.get("courseId").asText().equals(courseId.toString())));

        // A second offer for her, and intake's decision to inform her course: her holder reads each, once.
        UUID secondUnderretning = UUID.randomUUID();
        PlansApi.fromReferrals(kafka, topic(Topics.REFERRALS), new UnderretningDecidedV1(secondUnderretning, citizenId,
                UnderretningDecision.OFFER_COORDINATED_COURSE, null, Instant.now()));
        UUID third = UUID.randomUUID();
        PlansApi.fromReferrals(kafka, topic(Topics.REFERRALS), new UnderretningDecidedV1(third, citizenId,
                UnderretningDecision.INFORM_EXISTING_COURSE, UUID.randomUUID(), Instant.now())); // not her course: no one is told
        PlansApi.fromReferrals(kafka, topic(Topics.REFERRALS), new UnderretningDecidedV1(third, citizenId,
                UnderretningDecision.INFORM_EXISTING_COURSE, courseId, Instant.now()));
        PlansApi.fromReferrals(kafka, topic(Topics.REFERRALS), new UnderretningDecidedV1(third, citizenId,
                UnderretningDecision.INFORM_EXISTING_COURSE, courseId, Instant.now())); // delivered again
        // A new underretning about her reaches her holder the moment it is received, before intake decides; one received
        // anonymously reaches them once intake identifies her; one imported from before Sammen is history and tells no one.
        UUID received = UUID.randomUUID();
        PlansApi.fromReferrals(kafka, topic(Topics.REFERRALS), new UnderretningReceivedV1(received, citizenId, ReporterKind.SCHOOL,
                Set.of(ConcernCategory.ABSENCE), IntakeChannel.EMAIL, Instant.now()));
        UUID anonymous = UUID.randomUUID();
        PlansApi.fromReferrals(kafka, topic(Topics.REFERRALS), new UnderretningReceivedV1(anonymous, null, ReporterKind.PRIVATE_CITIZEN,
                Set.of(ConcernCategory.WELL_BEING), IntakeChannel.PHONE, Instant.now()));
        PlansApi.fromReferrals(kafka, topic(Topics.REFERRALS), new IdentityResolvedV1(anonymous, citizenId, Instant.now()));
        PlansApi.fromReferrals(kafka, topic(Topics.REFERRALS), new UnderretningImportedV1(UUID.randomUUID(), citizenId, ReporterKind.SCHOOL,
                Set.of(ConcernCategory.ABSENCE), IntakeChannel.EMAIL, Instant.parse("2019-03-01T08:00:00Z"), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> openTasks(asTaker, courseId).size() == 4);
        assertThat(openTasks(asTaker, courseId)).allMatch(task -> task.startsWith("READ_UNDERRETNING"));
        assertThat(items(asTaker.getForObject("/tasks", JsonNode.class))).extracting(t -> t.get("aboutId").asText())
                .contains(secondUnderretning.toString(), third.toString(), received.toString(), anonymous.toString());
        assertThat(items(http.getForObject("/citizens/" + citizenId + "/open-courses", JsonNode.class))).hasSize(1);

        UUID read = taskOf(asTaker, courseId, "READ_UNDERRETNING");
        assertThat(http.postForEntity("/tasks/" + read + "/completion", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(asTaker.postForEntity("/tasks/" + read + "/completion", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(openTasks(asTaker, courseId)).hasSize(3);
        Api.assertRuleViolated(asTaker.postForEntity("/tasks/" + read + "/completion", null, JsonNode.class), "task-open");
    }

    @Test
    void theTeamMeetsEveryTwelveWeeksCompletesItsTransitionsAndIsToldWhenSomeoneBreaksTheGlass() {
        UUID citizenId = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(22)), "Tid Test", PlansApi.needingSupport());
        UUID courseId = api().openCourse(citizenId, "CITIZEN_WISH");
        String path = "/courses/" + courseId;
        api().consent(courseId, "YOUNG_PERSON", null, "[\"C_SS\"]");
        api().tovholder(courseId, PlansApi.ME, "Lene Holm", "C_SS");
        api().goal(courseId, "GENERAL_COMMUNITY", "Være med i et fællesskab", citizenId);
        api().activate(courseId);
        java.time.ZoneId denmark = java.time.ZoneId.of("Europe/Copenhagen");
        String twelveWeeks = LocalDate.now(denmark).plusWeeks(12).toString();

        // From the start the team meets within twelve weeks: a meeting later than that does not do it, one within does.
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(http, courseId).equals(List.of("SCHEDULE_NEXT_MEETING " + twelveWeeks)));
        Instant inThirteenWeeks = Instant.now().plus(13 * 7, ChronoUnit.DAYS);
        api().scheduleMeeting(courseId, inThirteenWeeks.toString(), PlansApi.ME);
        String thirteenWeeks = LocalDate.ofInstant(inThirteenWeeks, denmark).toString();
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(http, courseId)
                .equals(List.of("SCHEDULE_NEXT_MEETING " + twelveWeeks, "HOLD_MEETING " + thirteenWeeks)));
        UUID meetingId = api().meetingBegun(courseId, PlansApi.ME);
        String today = LocalDate.now(denmark).toString();
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(http, courseId)
                .equals(List.of("HOLD_MEETING " + today, "HOLD_MEETING " + thirteenWeeks)));

        // Held: the next interval runs from today, and the meeting in thirteen weeks is outside it.
        api().change(HttpMethod.POST, path + "/meetings/" + meetingId + "/minutes", """
                {"citizenPresent": true, "attendedMemberIds": ["%s"], "summary": "Møde", "decisions": [],
                 "agreements": [{"party": "YOUNG_PERSON", "partyName": "Ung", "what": "Møder op", "dueDate": "2030-01-01"}]}"""
                .formatted(PlansApi.ME));
        String agreement = "FOLLOW_UP_AGREEMENT 2030-01-01";
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(http, courseId)
                .equals(List.of("SCHEDULE_NEXT_MEETING " + twelveWeeks, "HOLD_MEETING " + thirteenWeeks, agreement)));

        // A planned transition is due on its day and closes when it is completed.
        String inThreeWeeks = LocalDate.now(denmark).plusWeeks(3).toString();
        UUID transition = api().create(path + "/transitions", """
                {"kind": "LEAVING_OFFER", "plannedFor": "%s", "responsibleId": "%s"}""".formatted(inThreeWeeks, PlansApi.ME));
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(http, courseId).contains("COMPLETE_TRANSITION " + inThreeWeeks));
        api().change(HttpMethod.POST, path + "/transitions/" + transition + "/completion", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(http, courseId)
                .equals(List.of("SCHEDULE_NEXT_MEETING " + twelveWeeks, "HOLD_MEETING " + thirteenWeeks, agreement)));

        // A caseworker off the team breaks the glass: the tovholder is told at once and reviews it.
        TestIdentity stranger = caseworker("C_ARB");
        ResponseEntity<JsonNode> grant = Api.post(as(stranger), path + "/emergency-access", """
                {"category": "ACUTE_DANGER", "reason": "Politiet ringer; tovholder er på ferie"}""");
        assertThat(grant.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String grantId = grant.getBody().get("grantId").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> notified(http, courseId).contains("REVIEW_BREAK_THE_GLASS"));
        assertThat(openTasks(http, courseId)).contains("REVIEW_BREAK_THE_GLASS " + today);
        UUID review = taskOf(http, courseId, "REVIEW_BREAK_THE_GLASS");
        assertThat(items(http.getForObject("/tasks", JsonNode.class))).filteredOn(t -> t.get("taskId").asText().equals(review.toString()))
                .singleElement().satisfies(t -> assertThat(t.get("aboutId").asText()).isEqualTo(grantId));
        assertThat(as(stranger).postForEntity("/tasks/" + review + "/completion", null, JsonNode.class).getStatusCode())
                .as("the one who broke the glass does not close its review").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/tasks/" + review + "/completion", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(openTasks(http, courseId)).doesNotContain("REVIEW_BREAK_THE_GLASS " + today);
    }

    @Test
    void aReplayOfTheTasksRaisesTheSameTasksAndTellsNoOneTwice() {
        UUID citizenId = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(23)), "Genafspil Test", PlansApi.needingSupport());
        UUID courseId = api().openCourse(citizenId, "CITIZEN_WISH");
        api().consent(courseId, "YOUNG_PERSON", null, "[\"C_SS\", \"C_ARB\"]");
        api().joinTeam(courseId);
        TestIdentity colleague = caseworker("C_ARB");
        api().tovholder(courseId, colleague.id(), "Jonas Job", "C_ARB");
        api().scheduleMeeting(courseId, Instant.now().plus(14, ChronoUnit.DAYS).toString(), colleague.id());
        TestRestTemplate asColleague = as(colleague);
        await().atMost(Duration.ofSeconds(10)).until(() -> openTasks(asColleague, courseId).size() == 1);
        List<String> tasksBefore = openTasks(asColleague, courseId);
        List<JsonNode> mineBefore = items(http.getForObject("/notifications", JsonNode.class));
        List<JsonNode> theirsBefore = items(asColleague.getForObject("/notifications", JsonNode.class));
        assertThat(theirsBefore).extracting(n -> n.get("kind").asText()).containsExactly("HOLD_MEETING");

        StreamingEventProcessor board = processing.eventProcessor(TaskBoard.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        board.shutDown();
        try {
            board.resetTokens();
            assertThat(openTasks(asColleague, courseId)).as("reset").isEmpty();
        } finally {
            board.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> openTasks(asColleague, courseId).equals(tasksBefore));
        await().atMost(Duration.ofSeconds(60)).until(() -> !board.isReplaying());
        assertThat(items(http.getForObject("/notifications", JsonNode.class))).as("no one is told twice").isEqualTo(mineBefore);
        assertThat(items(asColleague.getForObject("/notifications", JsonNode.class))).isEqualTo(theirsBefore);
    }

    @Test
    void aStreamDeliversEachNotificationAndResumesAfterTheLastEventId() {
        UUID citizenId = api().registerCitizen(PlansApi.cprBornOn(LocalDate.now().minusYears(20)), "Strøm Test", PlansApi.needingSupport());
        UUID courseId = api().openCourse(citizenId, "CITIZEN_WISH");
        await().atMost(Duration.ofSeconds(10)).until(() -> notified(http, courseId).contains("FIND_TOVHOLDER"));
        long id = items(http.getForObject("/notifications", JsonNode.class)).stream()
                .filter(n -> n.get("courseId").asText().equals(courseId.toString())).findFirst().orElseThrow().get("notificationId").asLong();

        String fromBefore = stream(id - 1);
        assertThat(fromBefore).contains("id:" + id, "event:task", courseId.toString(), "FIND_TOVHOLDER");
        assertThat(stream(id)).as("resumed after it").doesNotContain(courseId.toString());
        assertThat(items(http.getForObject("/notifications?after=" + id, JsonNode.class)))
                .noneMatch(n -> n.get("courseId").asText().equals(courseId.toString()));
        assertThat(http.getForEntity("/notifications?after=-1", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    /** What a stream sends until it ends (the tests' streams last a second); resumed after {@code lastEventId}. */
    private String stream(long lastEventId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_EVENT_STREAM));
        headers.set("Last-Event-ID", Long.toString(lastEventId));
        ResponseEntity<String> answer = http.exchange("/notifications/stream", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_EVENT_STREAM)).isTrue();
        return answer.getBody() == null ? "" : answer.getBody();
    }
}
