package dk.sammen.analytics.followup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.sammen.analytics.AnalyticsHistory;
import dk.sammen.events.Centre;
import dk.sammen.events.Topics;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import dk.sammen.events.offers.OfferPublishedV2;
import dk.sammen.events.plans.AgreementFollowedUpV1;
import dk.sammen.events.plans.AgreementMadeV1;
import dk.sammen.events.plans.AgreementParty;
import dk.sammen.events.plans.CitizenRegisteredV1;
import dk.sammen.events.plans.CourseActivatedV1;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOfferStartedV1;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.MeetingHeldV1;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.events.plans.ProgressionMeasuredV1;
import dk.sammen.events.plans.TargetGroup;
import dk.sammen.events.plans.TargetGroupChangedV1;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.events.plans.TrialActionDecidedV1;
import dk.sammen.events.plans.TrialActionEvaluatedV1;
import dk.sammen.events.plans.TrialActionProposedV1;
import dk.sammen.events.plans.TrialResult;
import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.DeadlineMissedV1;
import dk.sammen.events.referrals.IdentityResolvedV1;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.LegalDeadline;
import dk.sammen.events.referrals.MovedOutOfMunicipalityV1;
import dk.sammen.events.referrals.Occupation;
import dk.sammen.events.referrals.OccupationReportedV1;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.events.referrals.UnderretningAssessedV1;
import dk.sammen.events.referrals.UnderretningImportedV1;
import dk.sammen.events.referrals.UnderretningReceivedV1;
import dk.sammen.events.referrals.YoungResidentKnownV1;
import dk.sammen.events.referrals.YouthEducationTrack;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.platform.test.TestIdentity;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dk.sammen.platform.test.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A small history written by hand, with every number the analyses should give worked out by
 * hand below. Its own context (a database and topics of its own), so nothing else is counted.
 *
 * <p>Ten young people S1-S10 (born 1999 and 2005), each with a course activated 2024-01-15 and
 * reported in neither education nor a job on 2024-01-01 (S9: in a youth education; S2: idle after
 * a completed youth education, target group 3). Then:
 * S1 youth education 2024-03-10; S2 job 2024-01-20;
 * S3 moved away 2024-05-01; S4 youth education 2024-06-20; S6 job 2024-03-01 (completed);
 * S8 youth education 2024-09-15; S5, S7, S10 nothing more. S1-S6 use "Mentorforløb".
 * Beside them, the rest of the municipality's young people, known only from its registers (no
 * course), for the 2030 targets: P1-P10 aged 25 (P1-P6 completed), Q1-Q6 aged 20 (in 2023 Q1-Q5 in
 * neither, Q6 a job; in 2024 Q1-Q3 in neither, Q4 idle after a completed youth education, Q5-Q6 a
 * job), R aged 20 (in neither in 2023, moved away 2024-03-01), G1-G12 leaving grade school in
 * August 2024 (G1-G5 vocational, G6-G10 general upper secondary, G11-G12 neither). S1-S10 are
 * in the registers too.
 *
 * <p>Every course starts at C-ARB; S7-S10's are handed over to a C-SS tovholder on 2024-07-01,
 * so C-ARB's figures are S1-S6's and C-SS's S7-S10's. The eight notifications are about S1-S8.
 */
@TestPropertySource(properties = "sammen.analytics.test-context=forloebsanalyse")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForloebsanalyseTest extends ServiceApiTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 15);
    private static final UUID MENTOR = UUID.randomUUID();
    private static final LocalDate HANDOVER = LocalDate.of(2024, 7, 1);

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    private final List<UUID> s = new ArrayList<>();
    private final List<UUID> courses = new ArrayList<>();
    private AnalyticsHistory history;

    @BeforeAll
    void writeTheHistory() {
        history = new AnalyticsHistory(kafka, this::topic, jdbc);
        history.publish(Topics.OFFERS, at(LocalDate.of(2020, 1, 1)), new OfferPublishedV2(MENTOR, 1, "Mentorforløb", Centre.C_ARB,
                OfferKind.INDIVIDUAL_SUPPORT, Set.of(NeedCategory.EVERYDAY_MASTERY), at(LocalDate.of(2020, 1, 1))));
        for (int n = 1; n <= 10; n++) {
            UUID citizen = UUID.randomUUID();
            UUID course = UUID.randomUUID();
            s.add(citizen);
            courses.add(course);
            register(citizen, n <= 6 ? "1999-06" : "2005-03");
            resident(citizen, n <= 6 ? "1999-06" : "2005-03");
            occupation(citizen, LocalDate.of(2024, 1, 1), switch (n) {
                case 9 -> Occupation.YOUTH_EDUCATION;
                case 2 -> Occupation.COMPLETED_YOUTH_EDUCATION;
                default -> Occupation.NEITHER_EDUCATION_NOR_JOB;
            }, n == 9 ? YouthEducationTrack.GENERAL_UPPER_SECONDARY : null, n == 2 || n == 6);
            history.publish(Topics.PLANS, at(START.minusDays(20)), new CourseOpenedV1(course, citizen, CourseOfferReason.PROFESSIONAL_RISK_INDICATORS,
                    at(START.minusDays(20))));
            history.publish(Topics.PLANS, at(START.minusDays(19)), new TovholderAssignedV1(course, UUID.randomUUID(), Centre.C_ARB, null,
                    at(START.minusDays(19))));
            history.publish(Topics.PLANS, at(START), new CourseActivatedV1(course, citizen, at(START)));
            if (n <= 6) {
                LocalDate started = LocalDate.of(2024, 1, 20);
                history.publish(Topics.PLANS, at(started), new CourseOfferStartedV1(course, MENTOR, 1, Centre.C_ARB,
                        Set.of(NeedCategory.EVERYDAY_MASTERY), started, at(started)));
            }
            if (n >= 7) {
                history.publish(Topics.PLANS, at(HANDOVER), new TovholderAssignedV1(course, UUID.randomUUID(), Centre.C_SS, UUID.randomUUID(),
                        at(HANDOVER)));
            }
            meeting(course, LocalDate.of(2024, 6, 1), null);
            if (n <= 6) {
                meeting(course, LocalDate.of(2024, 11, 1), 3.0 + n); // well-being 4..9 on 1-10
            }
        }
        // S2 had completed a youth education and was idle: her updated situation put her in target group 3 (seed 004).
        history.publish(Topics.PLANS, at(LocalDate.of(2024, 1, 5)), new TargetGroupChangedV1(s.get(1),
                TargetGroup.UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION, TargetGroup.SUPPORT_TOWARDS_EDUCATION_OR_JOB, at(LocalDate.of(2024, 1, 5))));
        occupation(s.get(0), LocalDate.of(2024, 3, 10), Occupation.YOUTH_EDUCATION, YouthEducationTrack.VOCATIONAL, false);
        occupation(s.get(1), LocalDate.of(2024, 1, 20), Occupation.JOB, null, true);
        history.publish(Topics.REFERRALS, at(LocalDate.of(2024, 5, 1)), new MovedOutOfMunicipalityV1(s.get(2), LocalDate.of(2024, 5, 1),
                at(LocalDate.of(2024, 5, 1))));
        occupation(s.get(3), LocalDate.of(2024, 6, 20), Occupation.YOUTH_EDUCATION, YouthEducationTrack.PREPARATORY, false);
        occupation(s.get(5), LocalDate.of(2024, 3, 1), Occupation.JOB, null, true);
        occupation(s.get(7), LocalDate.of(2024, 9, 15), Occupation.YOUTH_EDUCATION, YouthEducationTrack.VOCATIONAL, false);

        for (int p = 1; p <= 10; p++) {
            UUID citizen = UUID.randomUUID();
            resident(citizen, "1999-02");
            occupation(citizen, LocalDate.of(2024, 2, 1), p <= 6 ? Occupation.JOB : Occupation.NEITHER_EDUCATION_NOR_JOB, null, p <= 6);
        }
        for (int q = 1; q <= 6; q++) {
            UUID citizen = UUID.randomUUID();
            resident(citizen, "2004-04");
            occupation(citizen, LocalDate.of(2023, 2, 1), q <= 5 ? Occupation.NEITHER_EDUCATION_NOR_JOB : Occupation.JOB, null, false);
            occupation(citizen, LocalDate.of(2024, 2, 1), q <= 3 ? Occupation.NEITHER_EDUCATION_NOR_JOB
                    : q == 4 ? Occupation.COMPLETED_YOUTH_EDUCATION : Occupation.JOB, null, q == 4);
        }
        UUID r = UUID.randomUUID();
        resident(r, "2004-04");
        occupation(r, LocalDate.of(2023, 2, 1), Occupation.NEITHER_EDUCATION_NOR_JOB, null, false);
        history.publish(Topics.REFERRALS, at(LocalDate.of(2024, 3, 1)), new MovedOutOfMunicipalityV1(r, LocalDate.of(2024, 3, 1),
                at(LocalDate.of(2024, 3, 1))));
        for (int g = 1; g <= 12; g++) {
            UUID citizen = UUID.randomUUID();
            resident(citizen, "2008-05");
            occupation(citizen, LocalDate.of(2023, 6, 1), Occupation.GRADE_SCHOOL, null, false);
            LocalDate left = LocalDate.of(2024, 8, 15);
            if (g <= 10) {
                occupation(citizen, left, Occupation.YOUTH_EDUCATION, g <= 5 ? YouthEducationTrack.VOCATIONAL : YouthEducationTrack.GENERAL_UPPER_SECONDARY, false);
            } else {
                occupation(citizen, left, Occupation.NEITHER_EDUCATION_NOR_JOB, null, false);
            }
        }

        // Eight notifications in 2024: seven assessed after 2, 4, 6, 10, 20, 30 and 50 hours (the last two late), one not yet;
        // received anonymously about someone intake identifies as S1..S8 an hour later.
        int[] hours = {2, 4, 6, 10, 20, 30, 50, -1};
        for (int i = 0; i < hours.length; i++) {
            int hour = hours[i];
            UUID underretning = UUID.randomUUID();
            Instant received = Instant.parse("2024-03-01T08:00:00Z");
            history.publish(Topics.REFERRALS, received, new UnderretningReceivedV1(underretning, null, ReporterKind.SCHOOL,
                    Set.of(ConcernCategory.ABSENCE), IntakeChannel.DIGITAL_FORM, received));
            history.publish(Topics.REFERRALS, received.plusSeconds(3600), new IdentityResolvedV1(underretning, s.get(i),
                    received.plusSeconds(3600)));
            if (hour > 0) {
                Instant assessed = received.plusSeconds(hour * 3600L);
                history.publish(Topics.REFERRALS, assessed, new UnderretningAssessedV1(underretning, null, false, false, hour > 24, assessed));
            }
            if (hour > 24 || hour < 0) {
                Instant due = received.plusSeconds(24 * 3600L);
                history.publish(Topics.REFERRALS, due, new DeadlineMissedV1(underretning, null, LegalDeadline.ASSESSMENT, due, due));
            }
        }

        // Five notifications of January 2024 about S1-S5, handled before Sammen and imported in June: counted apart.
        for (int i = 0; i < 5; i++) {
            Instant received = Instant.parse("2024-01-15T08:00:00Z");
            history.publish(Topics.REFERRALS, Instant.parse("2024-06-01T08:00:00Z"), new UnderretningImportedV1(UUID.randomUUID(), s.get(i),
                    ReporterKind.SCHOOL, Set.of(ConcernCategory.ABSENCE), IntakeChannel.EMAIL, received, Instant.parse("2024-06-01T08:00:00Z")));
        }

        // Eight agreements in S1's course, followed up in November: six fulfilled.
        for (int a = 0; a < 8; a++) {
            UUID agreement = UUID.randomUUID();
            history.publish(Topics.PLANS, at(LocalDate.of(2024, 6, 1)), new AgreementMadeV1(courses.get(0), agreement, UUID.randomUUID(),
                    AgreementParty.YOUNG_PERSON, null, LocalDate.of(2024, 9, 1), at(LocalDate.of(2024, 6, 1))));
            history.publish(Topics.PLANS, at(LocalDate.of(2024, 11, 1)), new AgreementFollowedUpV1(courses.get(0), agreement, a < 6,
                    at(LocalDate.of(2024, 11, 1))));
        }

        // The Maria kind of trial action in S1-S5's courses: 1,000,000 DKK a year before, 800,000 after, evaluated in 2024.
        for (int n = 0; n < 5; n++) {
            UUID trial = UUID.randomUUID();
            UUID course = courses.get(n);
            history.publish(Topics.PLANS, at(LocalDate.of(2023, 3, 1)), new TrialActionProposedV1(course, trial, 800_000, 1_000_000L,
                    at(LocalDate.of(2023, 3, 1))));
            history.publish(Topics.PLANS, at(LocalDate.of(2023, 3, 8)), new TrialActionDecidedV1(course, trial, true, at(LocalDate.of(2023, 3, 8))));
            history.publish(Topics.PLANS, at(LocalDate.of(2024, 4, 1)), new TrialActionEvaluatedV1(course, trial, TrialResult.SUCCEEDED, 800_000,
                    at(LocalDate.of(2024, 4, 1))));
        }
        history.awaitProjected(Duration.ofSeconds(60));
    }

    /**
     * The targets count the municipality's young people, not the caseload: with only the young
     * people who have a course (S1-S10) they would be 2 of 5, 2 of 4 and nothing.
     */
    @Test
    void the2030TargetsAreCountedForTheYoungPeopleLivingHere() {
        JsonNode targets = indicators().get("targets2030");

        // 25-year-olds: P1-P10 and S1, S2, S4, S5, S6 (S3 moved away), each once; completed: P1-P6, S2, S6.
        assertShare(targets.get("completedYouthEducationAt25"), 8, 15);
        // 15-24-year-olds: S7-S10, Q1-Q6, G1-G12 (R moved away); in neither: S7, S10, Q1-Q3, Q4 (completed, idle), G11, G12.
        assertShare(targets.get("neitherEducationNorJobUnder25"), 8, 22);
        // Left grade school in the last year: G1-G12; to a vocational school: G1-G5.
        assertShare(targets.get("vocationalAfterGrade9"), 5, 12);
        // "Halved" from the configured baseline year, 2024: it has not ended before the day asked about, so nothing to halve yet.
        JsonNode halved = targets.get("neitherEducationNorJobHalved");
        assertThat(halved.get("baselineYear").asInt()).isEqualTo(2024);
        assertThat(halved.get("baseline").isNull()).isTrue();
        assertThat(halved.get("target").isNull()).isTrue();
    }

    /**
     * From the end of 2023: 15-24-year-olds then were Q1-Q6, R (aged 19) and G1-G12 (15, in grade
     * school); S1-S10 were first reported in 2024, so not yet counted. In neither: Q1-Q5 and R,
     * 6 of 19; halved, 3 of 19.
     */
    @Test
    void halvedIsMeasuredFromTheBaselineYearTheAnalystNames() {
        JsonNode halved = http.getForObject("/indicators?asOf=2024-12-31&baselineYear=2023", JsonNode.class).get("targets2030")
                .get("neitherEducationNorJobHalved");
        assertThat(halved.get("baselineYear").asInt()).isEqualTo(2023);
        assertThat(halved.get("measuredOn").asText()).isEqualTo("2023-12-31");
        assertShare(halved.get("baseline"), 6, 19);
        assertThat(halved.get("target").asDouble()).isCloseTo(3 / 19.0, within(1e-9));

        assertProblem(http.getForEntity("/indicators?asOf=2024-12-31&baselineYear=2024", JsonNode.class), HttpStatus.BAD_REQUEST,
                "baselineYear");
        assertProblem(http.getForEntity("/indicators?asOf=2024-12-31&baselineYear=1066", JsonNode.class), HttpStatus.BAD_REQUEST,
                "baselineYear");
        assertProblem(http.getForEntity("/indicators?asOf=2024-12-31&baselineYear=last", JsonNode.class), HttpStatus.BAD_REQUEST,
                "baselineYear");
    }

    @Test
    void responseTimesMeetingsAndAgreements() {
        JsonNode indicators = indicators();
        JsonNode responses = indicators.get("responseTimes");
        assertThat(responses.get("received").get("count").asLong()).as("the imported five are not received in Sammen").isEqualTo(8);
        assertThat(responses.get("handledOutsideSystem").get("count").asLong()).isEqualTo(5);
        assertThat(responses.get("assessed").get("count").asLong()).isEqualTo(7);
        assertShare(responses.get("assessedWithin24Hours"), 5, 7);
        // Median of 2, 4, 6, 10, 20, 30, 50 is 10; the 90th percentile interpolates 30 + 0.4 * (50 - 30) = 38.
        assertThat(responses.get("medianHoursToAssessment").asDouble()).isCloseTo(10, within(1e-6));
        assertThat(responses.get("p90HoursToAssessment").asDouble()).isCloseTo(38, within(1e-6));
        // Three breaches (two late, one not assessed): fewer than five, so suppressed.
        assertThat(responses.get("deadlineBreaches").get("suppressed").asBoolean()).isTrue();
        assertThat(responses.get("deadlineBreaches").get("count").isNull()).isTrue();

        // Ten active courses; S1-S6 met on 1 November, S7-S10 last on 1 June.
        assertShare(indicators.get("activeCoursesWithMeetingInLast12Weeks"), 6, 10);
        assertShare(indicators.get("agreementsFulfilled"), 6, 8);
    }

    @Test
    void progressionOffersAndCosts() {
        JsonNode progression = http.getForObject("/indicators/progression?from=2024-01-01&to=2024-12-31", JsonNode.class);
        assertThat(progression).hasSize(1);
        JsonNode quarter = progression.get(0);
        assertThat(quarter.get("quarter").asText()).isEqualTo("2024-Q4");
        assertThat(quarter.get("dimension").asText()).isEqualTo("WELL_BEING");
        assertThat(quarter.get("measurements").get("count").asLong()).isEqualTo(6);
        // Well-being 4..9 on a 1-10 scale is (3 + 4 + ... + 8) / 9 / 6 = 5.5 / 9 on 0-1.
        assertThat(quarter.get("meanScore").asDouble()).isCloseTo(5.5 / 9, within(1e-9));

        JsonNode offers = http.getForObject("/indicators/offers?year=2024", JsonNode.class);
        assertThat(offers).hasSize(1);
        assertThat(offers.get(0).get("offer").asText()).isEqualTo("Mentorforløb");
        assertThat(offers.get(0).get("coursesStarted").get("count").asLong()).isEqualTo(6);
        assertThat(offers.get(0).get("coursesEnded").get("count").asLong()).isZero();

        JsonNode costs = http.getForObject("/indicators/costs", JsonNode.class);
        assertThat(costs).hasSize(1);
        assertThat(costs.get(0).get("year").asInt()).isEqualTo(2024);
        assertThat(costs.get(0).get("costBefore").asLong()).isEqualTo(5_000_000);
        assertThat(costs.get(0).get("costAfter").asLong()).isEqualTo(4_000_000);
    }

    /**
     * Waiting for education or a job: S9 has nothing to wait for; S2, idle after a completed youth
     * education (target group 3), waits like the rest; months to the event (E) or
     * censoring (C): S2 0E, S1 1E, S6 1E, S3 3C, S4 5E, S5 S7 S10 11C, S8 8E. Month by month the
     * curve would show counts of 1 to 4, whose suppression its own steps would undo (t0: n9 and
     * S = 8/9 give d = 1); pooled until both counts of a step can be shown, the months run out
     * first (to month 11: 5 events, 4 censored), so nothing about these nine is released but how
     * many they are. The estimator itself is checked by hand in {@code KaplanMeierTest}.
     */
    @Test
    void theSurvivalCurveOfAFewShowsNoStepThatPointsAtOneOfThem() {
        JsonNode all = http.getForObject("/trajectories/survival?asOf=2024-12-31", JsonNode.class).get("groups").get(0);
        assertThat(all.get("group").asText()).isEqualTo("all");
        assertThat(all.get("curve").get("subjects").get("count").asLong()).isEqualTo(9);
        assertThat(all.get("curve").get("points")).isEmpty();
        assertThat(all.get("curve").get("median").isNull()).isTrue();

        JsonNode byOffer = http.getForObject("/trajectories/survival?asOf=2024-12-31&by=OFFER", JsonNode.class).get("groups");
        assertThat(byOffer.findValuesAsText("group")).containsExactly("Mentorforløb");
        JsonNode mentor = byOffer.get(0).get("curve");
        assertThat(mentor.get("subjects").get("count").asLong()).isEqualTo(6);
        assertThat(mentor.get("points")).isEmpty();

        // Target group 3 has its own curve: S2, one young person, so the count is suppressed.
        JsonNode byGroup = http.getForObject("/trajectories/survival?asOf=2024-12-31&by=TARGET_GROUP", JsonNode.class).get("groups");
        assertThat(byGroup.findValuesAsText("group"))
                .containsExactlyInAnyOrder("SUPPORT_TOWARDS_EDUCATION_OR_JOB", "UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION");
    }

    /**
     * Month-to-month moves in 2024 of S1-S10 (12 months each, 11 moves): from neither,
     * 49 stay, 3 go to a youth education, 1 to a job, 1 moves away (54 in all); a youth
     * education is kept 29 times, a job 20 times, moved away 7 times.
     */
    @Test
    void theTransitionMatrixIsTheHandCountedOne() {
        JsonNode group = http.getForObject("/trajectories/transitions?asOf=2024-12-31", JsonNode.class).get("groups").get(0);
        assertThat(group.get("subjects").get("count").asLong()).isEqualTo(10);
        JsonNode neither = row(group, "NEITHER_EDUCATION_NOR_JOB");
        assertThat(neither.get("total").get("count").asLong()).isEqualTo(54);
        assertThat(neither.get("counts").get("NEITHER_EDUCATION_NOR_JOB").get("count").asLong()).isEqualTo(49);
        assertThat(neither.get("shares").get("NEITHER_EDUCATION_NOR_JOB").asDouble()).isCloseTo(49 / 54.0, within(1e-9));
        assertThat(neither.get("counts").get("YOUTH_EDUCATION").get("suppressed").asBoolean()).isTrue();
        assertThat(neither.get("shares").get("YOUTH_EDUCATION").isNull()).isTrue();
        assertThat(row(group, "YOUTH_EDUCATION").get("counts").get("YOUTH_EDUCATION").get("count").asLong()).isEqualTo(29);
        assertThat(row(group, "JOB").get("counts").get("JOB").get("count").asLong()).isEqualTo(20);
        assertThat(row(group, "MOVED_AWAY").get("counts").get("MOVED_AWAY").get("count").asLong()).isEqualTo(7);
        assertThat(row(group, "GRADE_SCHOOL").get("total").get("count").asLong()).isZero();
    }

    /** A young person is counted in the target group plans last derived for them: S2 in group 3, the other nine in group 2. */
    @Test
    void aYoungPersonIsCountedInTheTargetGroupTheirUpdatedSituationPutThemIn() {
        JsonNode groups = http.getForObject("/trajectories/transitions?asOf=2024-12-31&by=TARGET_GROUP", JsonNode.class).get("groups");
        assertThat(groups.findValuesAsText("group"))
                .containsExactlyInAnyOrder("SUPPORT_TOWARDS_EDUCATION_OR_JOB", "UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION");
        for (JsonNode group : groups) {
            if (group.get("group").asText().equals("SUPPORT_TOWARDS_EDUCATION_OR_JOB")) {
                assertThat(group.get("subjects").get("count").asLong()).isEqualTo(9);
            }
        }
    }

    @Test
    void aYoungPersonsSequenceShowsTheirStateAndOffersMonthByMonth() {
        JsonNode sequence = http.getForObject("/trajectories/" + s.get(3) + "?asOf=2024-12-31", JsonNode.class);
        JsonNode months = sequence.get("months");
        assertThat(months).hasSize(12);
        assertThat(months.get(0).get("month").asText()).isEqualTo("2024-01");
        assertThat(months.findValuesAsText("state")).containsExactly(
                "NEITHER_EDUCATION_NOR_JOB", "NEITHER_EDUCATION_NOR_JOB", "NEITHER_EDUCATION_NOR_JOB", "NEITHER_EDUCATION_NOR_JOB",
                "NEITHER_EDUCATION_NOR_JOB", "YOUTH_EDUCATION", "YOUTH_EDUCATION", "YOUTH_EDUCATION", "YOUTH_EDUCATION",
                "YOUTH_EDUCATION", "YOUTH_EDUCATION", "YOUTH_EDUCATION");
        assertThat(months.get(0).get("offersRunning").get(0).asText()).isEqualTo("Mentorforløb");

        assertProblem(http.getForEntity("/trajectories/" + UUID.randomUUID(), JsonNode.class), HttpStatus.NOT_FOUND, "citizenId");
        assertProblem(http.getForEntity("/trajectories/survival?by=SHOE_SIZE", JsonNode.class), HttpStatus.BAD_REQUEST, "by");
        assertProblem(http.getForEntity("/indicators?asOf=yesterday", JsonNode.class), HttpStatus.BAD_REQUEST, "asOf");
    }

    /** The Maria case as the course saw it: what its solution cost a year before the trial action's evaluation, and after. */
    @Test
    void aCourseAsOfAMomentShowsWhatItLookedLikeThen() {
        UUID course = courses.get(0);
        JsonNode before = http.getForObject("/courses/" + course + "/as-of?at=2024-03-31T00:00:00Z", JsonNode.class);
        assertThat(before.get("stage").asText()).isEqualTo("ACTIVE");
        assertThat(before.get("costPerYear").asLong()).isEqualTo(1_000_000);
        assertThat(before.get("meetingsHeld").asInt()).isZero();
        assertThat(before.get("offersRunning")).hasSize(1);

        JsonNode after = http.getForObject("/courses/" + course + "/as-of?at=2024-12-31T00:00:00Z", JsonNode.class);
        assertThat(after.get("costPerYear").asLong()).isEqualTo(800_000);
        assertThat(after.get("meetingsHeld").asInt()).isEqualTo(2);
        assertThat(after.get("agreementsFulfilled").asInt()).isEqualTo(6);
        assertThat(after.get("agreementsNotFulfilled").asInt()).isEqualTo(2);
        assertThat(after.get("latestProgression").get("WELL_BEING").asDouble()).isEqualTo(4.0);

        JsonNode replay = http.getForObject("/courses/" + course + "/replay", JsonNode.class);
        assertThat(replay.get(0).get("eventType").asText()).isEqualTo("dk.sammen.plans.trial-action-proposed.v1");
        ObjectNode lastStep = (ObjectNode) replay.get(replay.size() - 1).get("after");
        ObjectNode now = (ObjectNode) http.getForObject("/courses/" + course + "/as-of", JsonNode.class);
        lastStep.remove("asOf");
        now.remove("asOf");
        assertThat(lastStep).isEqualTo(now);
        assertProblem(http.getForEntity("/courses/" + course + "/as-of?at=2020-01-01T00:00:00Z", JsonNode.class), HttpStatus.NOT_FOUND,
                "courseId");
    }

    /**
     * A centre leader's figures are their centre's: C-ARB's leader counts S1-S6 (their courses
     * stayed at C-ARB) and the notifications about them, C-SS's leader S7-S10 (handed over).
     */
    @Test
    void aCentreLeaderSeesTheFiguresOfTheirOwnCentre() {
        TestRestTemplate arb = as(leaderOf("C_ARB"));
        JsonNode indicators = arb.getForObject("/indicators?asOf=2024-12-31", JsonNode.class);
        assertThat(indicators.get("centre").asText()).isEqualTo("C_ARB");
        // Active courses S1-S6, all met on 1 November (the municipality: 6 of 10).
        assertShare(indicators.get("activeCoursesWithMeetingInLast12Weeks"), 6, 6);
        assertShare(indicators.get("agreementsFulfilled"), 6, 8);
        // About S1-S6: assessed after 2, 4, 6, 10, 20 and 30 hours; median 8, p90 20 + 0.5 * (30 - 20) = 25.
        JsonNode responses = indicators.get("responseTimes");
        assertThat(responses.get("received").get("count").asLong()).isEqualTo(6);
        assertShare(responses.get("assessedWithin24Hours"), 5, 6);
        assertThat(responses.get("medianHoursToAssessment").asDouble()).isCloseTo(8, within(1e-6));
        assertThat(responses.get("p90HoursToAssessment").asDouble()).isCloseTo(25, within(1e-6));
        // 25-year-olds with a course at C-ARB: S1, S2, S4, S5, S6 (S3 moved away); completed: S2 and S6, fewer than five.
        JsonNode completed = indicators.get("targets2030").get("completedYouthEducationAt25");
        assertThat(completed.get("whole").get("count").asLong()).isEqualTo(5);
        assertThat(completed.get("part").get("suppressed").asBoolean()).isTrue();
        assertThat(completed.get("share").isNull()).isTrue();
        assertThat(arb.getForObject("/indicators/offers?year=2024", JsonNode.class).findValuesAsText("offer")).containsExactly("Mentorforløb");
        assertThat(arb.getForObject("/indicators/costs", JsonNode.class).get(0).get("trialsEvaluated").get("count").asLong()).isEqualTo(5);
        // The time to education or a job of S1-S6 alone: six of them, too few for a step to be shown.
        JsonNode survival = arb.getForObject("/trajectories/survival?asOf=2024-12-31", JsonNode.class);
        assertThat(survival.get("centre").asText()).isEqualTo("C_ARB");
        JsonNode curve = survival.get("groups").get(0).get("curve");
        assertThat(curve.get("subjects").get("count").asLong()).isEqualTo(6);
        assertThat(curve.get("points")).isEmpty();
        assertThat(arb.getForObject("/trajectories/transitions?asOf=2024-12-31", JsonNode.class).get("groups").get(0)
                .get("subjects").get("count").asLong()).isEqualTo(6);

        TestRestTemplate ss = as(leaderOf("C_SS"));
        JsonNode theirs = ss.getForObject("/indicators?asOf=2024-12-31", JsonNode.class);
        assertThat(theirs.get("centre").asText()).isEqualTo("C_SS");
        // S7-S10's four courses, none met in the last 12 weeks; no agreements; two notifications (S7, S8).
        assertThat(theirs.get("activeCoursesWithMeetingInLast12Weeks").get("part").get("count").asLong()).isZero();
        assertThat(theirs.get("activeCoursesWithMeetingInLast12Weeks").get("whole").get("suppressed").asBoolean()).isTrue();
        assertThat(theirs.get("agreementsFulfilled").get("whole").get("count").asLong()).isZero();
        assertThat(theirs.get("responseTimes").get("received").get("suppressed").asBoolean()).isTrue();
        assertThat(ss.getForObject("/indicators/progression?from=2024-01-01&to=2024-12-31", JsonNode.class)).isEmpty();
        assertThat(ss.getForObject("/indicators/offers?year=2024", JsonNode.class)).isEmpty();
        assertThat(ss.getForObject("/indicators/costs", JsonNode.class)).isEmpty();

        // Not another centre's, and not without a centre in the token.
        ResponseEntity<JsonNode> another = ss.getForEntity("/indicators?centre=C_ARB", JsonNode.class);
        assertThat(another.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(another.getBody().get("detail").asText()).as("the refusal says why").endsWith("their own centre, C_SS");
        assertThat(ss.getForEntity("/trajectories/survival?centre=C_ARB", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ss.getForEntity("/indicators?centre=C_SS", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as(leaderOf(null)).getForEntity("/indicators/costs", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAnalystMayAskForOneCentreOrTheWholeMunicipality() {
        JsonNode arb = http.getForObject("/indicators?asOf=2024-12-31&centre=C_ARB", JsonNode.class);
        assertThat(arb.get("centre").asText()).isEqualTo("C_ARB");
        assertShare(arb.get("activeCoursesWithMeetingInLast12Weeks"), 6, 6);
        assertThat(indicators().get("centre").isNull()).isTrue();
        assertShare(indicators().get("activeCoursesWithMeetingInLast12Weeks"), 6, 10);
        assertProblem(http.getForEntity("/indicators?centre=C_NOWHERE", JsonNode.class), HttpStatus.BAD_REQUEST, "centre");
    }

    private static TestIdentity leaderOf(String centre) {
        return new TestIdentity(UUID.randomUUID(), List.of("centre-leader"), centre, List.of());
    }

    private JsonNode indicators() {
        return http.getForObject("/indicators?asOf=2024-12-31", JsonNode.class);
    }

    private static JsonNode row(JsonNode group, String from) {
        for (JsonNode row : group.get("rows")) {
            if (row.get("from").asText().equals(from)) {
                return row;
            }
        }
        throw new AssertionError("No row " + from);
    }

    private static void assertShare(JsonNode share, long part, long whole) {
        assertThat(share.get("whole").get("count").asLong()).as("whole").isEqualTo(whole);
        assertThat(share.get("part").get("count").asLong()).as("part").isEqualTo(part);
        assertThat(share.get("share").asDouble()).isCloseTo((double) part / whole, within(1e-9));
    }

    private void register(UUID citizen, String birthMonth) {
        history.publish(Topics.PLANS, at(LocalDate.of(2023, 12, 1)), new CitizenRegisteredV1(citizen, birthMonth,
                TargetGroup.SUPPORT_TOWARDS_EDUCATION_OR_JOB, at(LocalDate.of(2023, 12, 1))));
    }

    /** The registers report them living here (their first signal with a date of birth). */
    private void resident(UUID citizen, String birthMonth) {
        history.publish(Topics.REFERRALS, at(LocalDate.of(2023, 1, 1)), new YoungResidentKnownV1(citizen, birthMonth, LocalDate.of(2023, 1, 1),
                at(LocalDate.of(2023, 1, 1))));
    }

    private void occupation(UUID citizen, LocalDate on, Occupation occupation, YouthEducationTrack track, boolean completed) {
        history.publish(Topics.REFERRALS, at(on), new OccupationReportedV1(citizen, occupation, track, completed, on, at(on)));
    }

    private void meeting(UUID course, LocalDate on, Double wellBeing) {
        history.publish(Topics.PLANS, at(on), new MeetingHeldV1(course, UUID.randomUUID(), List.of(), List.of(), 0, 0, at(on)));
        if (wellBeing != null) {
            history.publish(Topics.PLANS, at(on), new ProgressionMeasuredV1(course, UUID.randomUUID(), ProgressionDimension.WELL_BEING, 1, 10,
                    wellBeing, UUID.randomUUID(), on, at(on)));
        }
    }

    private static Instant at(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
