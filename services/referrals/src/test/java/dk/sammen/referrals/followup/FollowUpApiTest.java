package dk.sammen.referrals.followup;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.events.Centre;
import dk.sammen.events.EventCodec;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamMemberAddedV1;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.events.referrals.MovedOutOfMunicipalityV1;
import dk.sammen.events.referrals.Occupation;
import dk.sammen.events.referrals.OccupationReportedV1;
import dk.sammen.events.referrals.YoungResidentKnownV1;
import dk.sammen.events.referrals.YouthEducationTrack;
import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.identity.Cpr;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import dk.sammen.platform.test.TestInfrastructure;
import dk.sammen.platform.test.TopicReader;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertProblem;
import static dk.sammen.platform.test.Api.assertRuleViolated;
import static dk.sammen.platform.test.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FollowUpApiTest extends ServiceApiTest {

    @Autowired
    CitizenPseudonyms pseudonyms;

    private JsonNode list() {
        return http.getForObject("/follow-up-list", JsonNode.class);
    }

    @Test
    void signalsPutYoungPeopleOnTheFollowUpListUntilSomeoneActs() {
        String pupil = "150811-4123";
        String dropout = "010105-4123";
        UUID pupilId = pseudonyms.of(Cpr.parse(pupil));
        UUID dropoutId = pseudonyms.of(Cpr.parse(dropout));

        assertThat(post(http, "/signals/school-absence", """
                {"cpr": "%s", "grade": 8, "absencePercent": 32, "periodEnd": "2025-03-31"}""".formatted(pupil)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        post(http, "/signals/education-status", """
                {"cpr": "%s", "status": "DROPPED_OUT", "reportedOn": "2025-02-01"}""".formatted(dropout));
        post(http, "/signals/move-ins", """
                {"cpr": "010105-4124", "movedInOn": "2025-02-01"}""");
        post(http, "/signals/education-status", """
                {"cpr": "010105-4125", "status": "ENROLLED", "reportedOn": "2025-02-01"}""");

        await().atMost(Duration.ofSeconds(10)).until(() -> list().findValuesAsText("citizenId").containsAll(
                java.util.List.of(pupilId.toString(), dropoutId.toString(), pseudonyms.of(Cpr.parse("010105-4124")).toString())));
        assertThat(list().findValuesAsText("citizenId")).doesNotContain(pseudonyms.of(Cpr.parse("010105-4125")).toString());
        assertThat(list().toString()).contains("SCHOOL_ABSENCE_OVER_20_PERCENT", "DROPPED_OUT", "MOVED_IN_WITHOUT_ATTACHMENT");

        post(http, "/young-people/" + pupilId + "/follow-up", """
                {"action": "COURSE_OFFERED", "by": "%s", "note": "Tilbudt et sammenhængende borgerforløb"}""".formatted(me().id()));
        await().atMost(Duration.ofSeconds(10)).until(() -> !list().findValuesAsText("citizenId").contains(pupilId.toString()));
        assertRuleViolated(post(http, "/young-people/" + pupilId + "/follow-up", """
                {"action": "CONTACTED"}"""), "on-follow-up-list");
    }

    @Test
    void occupationAndMoveOutReachTheOtherServicesUnderTheYoungPersonsPseudonym() {
        String cpr = "090207-4131";
        UUID citizenId = pseudonyms.of(Cpr.parse(cpr));

        assertThat(post(http, "/signals/occupation", """
                {"cpr": "%s", "occupation": "YOUTH_EDUCATION", "track": "VOCATIONAL", "completedYouthEducation": false,
                 "reportedOn": "2025-08-31"}""".formatted(cpr)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(http, "/signals/move-outs", """
                {"cpr": "%s", "movedOutOn": "2026-08-01"}""".formatted(cpr)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ConsumerRecord<String, CloudEvent> occupation = TopicReader.firstWithKey(topic(Topics.REFERRALS), citizenId.toString());
        var records = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(), topic(Topics.REFERRALS),
                read -> read.stream().filter(r -> citizenId.toString().equals(r.key())).count() >= 3, Duration.ofSeconds(20))
                .stream().filter(r -> citizenId.toString().equals(r.key())).toList();
        assertThat(occupation.value().getType()).isEqualTo("dk.sammen.referrals.occupation-reported.v1");
        OccupationReportedV1 reported = EventCodec.decode(occupation.value().getData().toBytes(), OccupationReportedV1.class);
        assertThat(reported).extracting(OccupationReportedV1::occupation, OccupationReportedV1::track)
                .containsExactly(Occupation.YOUTH_EDUCATION, YouthEducationTrack.VOCATIONAL);
        // The youth database's report is the first signal with her date of birth: she is one of the 2030 targets' population,
        // with her month of birth and nothing finer.
        assertThat(records.get(1).value().getType()).isEqualTo("dk.sammen.referrals.young-resident-known.v1");
        YoungResidentKnownV1 resident = EventCodec.decode(records.get(1).value().getData().toBytes(), YoungResidentKnownV1.class);
        assertThat(resident.birthMonth()).isEqualTo("2007-02");
        assertThat(resident.knownOn()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(new String(records.get(1).value().getData().toBytes())).doesNotContain("2007-02-09");
        MovedOutOfMunicipalityV1 movedOut = EventCodec.decode(records.get(2).value().getData().toBytes(), MovedOutOfMunicipalityV1.class);
        assertThat(movedOut.movedOutOn()).isEqualTo(LocalDate.of(2026, 8, 1));
    }

    @Test
    void anOccupationReportThatContradictsItselfIsRefused() {
        long before = signalsStored();

        assertRuleViolated(post(http, "/signals/occupation", """
                {"cpr": "090207-4132", "occupation": "JOB", "track": "VOCATIONAL", "completedYouthEducation": true,
                 "reportedOn": "2025-08-31"}"""), "track-with-youth-education");
        assertRuleViolated(post(http, "/signals/occupation", """
                {"cpr": "090207-4132", "occupation": "COMPLETED_YOUTH_EDUCATION", "completedYouthEducation": false,
                 "reportedOn": "2025-08-31"}"""), "completed-youth-education");
        assertProblem(post(http, "/signals/occupation", """
                {"cpr": "090207-4132", "occupation": "JOB", "reportedOn": "2025-08-31"}"""), HttpStatus.BAD_REQUEST,
                "completedYouthEducation");
        assertThat(signalsStored()).isEqualTo(before);
    }

    /** Signals stored; other tests' deadlines and links may be stored meanwhile. */
    private long signalsStored() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%FollowUpEvents%'").query(Long.class).single();
    }

    @Test
    void badSignalsAreNamedAndNothingIsStored() {
        long before = signalsStored();

        assertProblem(post(http, "/signals/school-absence", """
                {"cpr": "150811-4123", "grade": 8, "absencePercent": 120, "periodEnd": "2025-03-31"}"""), HttpStatus.BAD_REQUEST, "absencePercent");
        assertProblem(post(http, "/signals/education-status", """
                {"cpr": "320111-4123", "status": "DROPPED_OUT", "reportedOn": "2025-02-01"}"""), HttpStatus.BAD_REQUEST, "cpr");
        assertProblem(post(http, "/signals/education-status", """
                {"cpr": "150811-4123", "status": "BORED", "reportedOn": "2025-02-01"}"""), HttpStatus.BAD_REQUEST, "status");
        assertThat(signalsStored()).isEqualTo(before);
    }

    /**
     * The follow-up list is intake's work: a caseworker sees on it, and follows up, only the young
     * people on whose course they work (the courses, teams and consents as plans publishes them).
     */
    @Test
    void aCaseworkerSeesAndFollowsUpOnlyTheYoungPeopleOfTheirOwnCourses() throws Exception {
        String mine = "150811-4211";
        String theirs = "150811-4212";
        UUID mineId = pseudonyms.of(Cpr.parse(mine));
        UUID theirsId = pseudonyms.of(Cpr.parse(theirs));
        for (String cpr : java.util.List.of(mine, theirs)) {
            post(http, "/signals/school-absence", """
                    {"cpr": "%s", "grade": 8, "absencePercent": 35, "periodEnd": "2025-03-31"}""".formatted(cpr));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> list().findValuesAsText("citizenId")
                .containsAll(java.util.List.of(mineId.toString(), theirsId.toString())));
        TestIdentity caseworker = TestIdentity.with("caseworker");
        assertThat(as(caseworker).getForObject("/follow-up-list", JsonNode.class).findValuesAsText("citizenId"))
                .doesNotContain(mineId.toString(), theirsId.toString());
        assertThat(post(as(caseworker), "/young-people/" + mineId + "/follow-up", "{\"action\": \"CONTACTED\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // On the course's team from another centre than the tovholder's, with no consent naming it: not theirs to follow up.
        TestIdentity jobcentre = new TestIdentity(UUID.randomUUID(), java.util.List.of("caseworker"), "C_ARB", java.util.List.of());
        UUID courseId = UUID.randomUUID();
        publish(Topics.PLANS, new CourseOpenedV1(courseId, mineId, CourseOfferReason.HIGH_SCHOOL_ABSENCE, Instant.now()));
        publish(Topics.PLANS, new TeamMemberAddedV1(courseId, jobcentre.id(), TeamRole.JOB_CONSULTANT, TeamAffiliation.C_ARB, Instant.now()));
        publish(Topics.PLANS, new TovholderAssignedV1(courseId, caseworker.id(), Centre.C_BUR, null, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> as(caseworker).getForObject("/follow-up-list", JsonNode.class)
                .findValuesAsText("citizenId").contains(mineId.toString()));
        assertThat(as(jobcentre).getForObject("/follow-up-list", JsonNode.class).findValuesAsText("citizenId"))
                .doesNotContain(mineId.toString());
        assertThat(post(as(jobcentre), "/young-people/" + mineId + "/follow-up", "{\"action\": \"CONTACTED\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(caseworker).getForObject("/follow-up-list", JsonNode.class).findValuesAsText("citizenId"))
                .doesNotContain(theirsId.toString());
        assertThat(post(as(caseworker), "/young-people/" + theirsId + "/follow-up", "{\"action\": \"CONTACTED\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(as(caseworker), "/young-people/" + mineId + "/follow-up", "{\"action\": \"CONTACTED\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }
}
