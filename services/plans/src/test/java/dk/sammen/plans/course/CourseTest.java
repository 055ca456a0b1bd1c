package dk.sammen.plans.course;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.AgreementParty;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.SubGoalStatus;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.plans.citizen.CitizenFacts;
import dk.sammen.plans.citizen.Citizens;
import dk.sammen.plans.course.CourseCommands.ActivateCourse;
import dk.sammen.plans.course.CourseCommands.CloseCourse;
import dk.sammen.plans.course.CourseCommands.RecordConsent;
import dk.sammen.plans.course.CourseCommands.WithdrawConsent;
import dk.sammen.plans.course.CourseEvents.ConsentRecorded;
import dk.sammen.plans.course.CourseEvents.ConsentWithdrawn;
import dk.sammen.plans.course.CourseEvents.CourseActivated;
import dk.sammen.plans.course.CourseEvents.CourseClosed;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.plans.courseoffer.CourseOfferCommands;
import dk.sammen.plans.courseoffer.CourseOfferEvents;
import dk.sammen.plans.meeting.MeetingCommands;
import dk.sammen.plans.meeting.MeetingEvents;
import dk.sammen.plans.plan.PlanCommands;
import dk.sammen.plans.plan.PlanEvents;
import dk.sammen.events.plans.PathStage;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.events.plans.TransitionKind;
import dk.sammen.events.plans.TrialResult;
import dk.sammen.plans.progression.ProgressionCommands;
import dk.sammen.plans.progression.ProgressionEvents;
import dk.sammen.plans.team.TeamCommands;
import dk.sammen.plans.transition.AdultTransitionPolicy;
import dk.sammen.plans.transition.TransitionCommands;
import dk.sammen.plans.transition.TransitionEvents;
import dk.sammen.plans.trial.TrialCommands;
import dk.sammen.plans.trial.TrialEvents;
import dk.sammen.plans.team.TeamEvents;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.web.UnknownIdException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The rules of a course, each shown by a given/when/then that fails without the rule. */
class CourseTest {

    private final UUID courseId = UUID.randomUUID();
    private final UUID citizenId = UUID.randomUUID();
    private final UUID guardianId = UUID.randomUUID();
    private final UUID tovholderId = UUID.randomUUID();
    private final UUID teacherId = UUID.randomUUID();
    private final UUID goalId = UUID.randomUUID();
    private final UUID meetingId = UUID.randomUUID();
    private final Map<UUID, CitizenFacts> registered = new HashMap<>();
    private AggregateTestFixture<Course> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Course.class);
        fixture.registerInjectableResource((Citizens) id -> Optional.ofNullable(registered.get(id)));
        fixture.registerInjectableResource(new AdultTransitionPolicy(Period.ofMonths(6)));
        now = fixture.currentTime();
    }

    private LocalDate bornYearsAgo(int years) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).minusYears(years).minusDays(10);
    }

    private CourseOpened opened(int age) {
        registered.put(citizenId, new CitizenFacts(citizenId, bornYearsAgo(age), Set.of(guardianId)));
        return new CourseOpened(courseId, citizenId, bornYearsAgo(age), CourseOfferReason.HIGH_SCHOOL_ABSENCE, now);
    }

    private ConsentRecorded youngPersonConsented() {
        return new ConsentRecorded(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null, Set.of(Centre.C_BUR, Centre.C_SIK), now);
    }

    private ConsentRecorded guardianConsented() {
        return new ConsentRecorded(courseId, citizenId, ConsentGiver.GUARDIAN, guardianId, Set.of(Centre.C_BUR), now);
    }

    private TeamEvents.TeamMemberAdded tovholderJoined() {
        return new TeamEvents.TeamMemberAdded(courseId, tovholderId, "Lene", TeamRole.CASEWORKER, TeamAffiliation.C_BUR, now);
    }

    private TeamEvents.TovholderAssigned tovholderAssigned() {
        return new TeamEvents.TovholderAssigned(courseId, tovholderId, Centre.C_BUR, null, null, now);
    }

    private TeamEvents.TeamMemberAdded teacherJoined() {
        return new TeamEvents.TeamMemberAdded(courseId, teacherId, "Ole", TeamRole.TEACHER, TeamAffiliation.C_SIK, now);
    }

    private PlanEvents.GoalSet communityGoal() {
        return new PlanEvents.GoalSet(courseId, goalId, GoalArea.GENERAL_COMMUNITY, 1, "Gå til håndbold", "Med en mentor",
                citizenId, LocalDate.of(2030, 1, 1), null, now);
    }

    /** An adult's course, ready to start: consent, tovholder and a community goal. */
    private Object[] readyAdultCourse() {
        return new Object[]{opened(20), youngPersonConsented(), tovholderJoined(), tovholderAssigned(), teacherJoined(), communityGoal()};
    }

    private Object[] activeAdultCourse() {
        Object[] ready = readyAdultCourse();
        Object[] active = java.util.Arrays.copyOf(ready, ready.length + 1);
        active[ready.length] = new CourseActivated(courseId, citizenId, now);
        return active;
    }

    @Nested
    class Lifecycle {

        @Test
        void openingRecordsTheYoungPersonsDateOfBirthAndWhyTheCourseWasOffered() {
            registered.put(citizenId, new CitizenFacts(citizenId, bornYearsAgo(14), Set.of()));
            fixture.givenNoPriorActivity()
                    .when(new OpenCourse(courseId, citizenId, CourseOfferReason.CITIZEN_WISH))
                    .expectEvents(new CourseOpened(courseId, citizenId, bornYearsAgo(14), CourseOfferReason.CITIZEN_WISH, now));
        }

        @Test
        void aCourseIsOpenedOnlyForARegisteredCitizen() {
            fixture.givenNoPriorActivity()
                    .when(new OpenCourse(courseId, citizenId, CourseOfferReason.CITIZEN_WISH))
                    .expectException(UnknownIdException.class);
        }

        @Test
        void anAdultsCourseStartsWithTheirConsentATovholderAndACommunityGoal() {
            fixture.given(readyAdultCourse())
                    .when(new ActivateCourse(courseId, null))
                    .expectEvents(new CourseActivated(courseId, citizenId, now));
        }

        @Test
        void noCourseStartsWithoutConsent() {
            fixture.given(opened(20), tovholderJoined(), tovholderAssigned(), communityGoal())
                    .when(new ActivateCourse(courseId, null))
                    .expectException(DomainRuleViolation.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("consent"));
        }

        @Test
        void aMinorsCourseAlsoNeedsAGuardiansConsent() {
            fixture.given(opened(14), youngPersonConsented(), tovholderJoined(), tovholderAssigned(), communityGoal())
                    .when(new ActivateCourse(courseId, null))
                    .expectException(DomainRuleViolation.class);
            fixture.given(opened(14), youngPersonConsented(), guardianConsented(), tovholderJoined(), tovholderAssigned(), communityGoal())
                    .when(new ActivateCourse(courseId, null))
                    .expectEvents(new CourseActivated(courseId, citizenId, now));
        }

        @Test
        void noCourseStartsWithoutATovholder() {
            fixture.given(opened(20), youngPersonConsented(), communityGoal())
                    .when(new ActivateCourse(courseId, null))
                    .expectException(DomainRuleViolation.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("tovholder"));
        }

        @Test
        void noPlanStartsWithoutAGoalOfParticipationInAGeneralCommunity() {
            PlanEvents.GoalSet educationGoal = new PlanEvents.GoalSet(courseId, goalId, GoalArea.EDUCATION, 1, "9. klasse", "Skole",
                    citizenId, LocalDate.of(2030, 1, 1), null, now);
            fixture.given(opened(20), youngPersonConsented(), tovholderJoined(), tovholderAssigned(), educationGoal)
                    .when(new ActivateCourse(courseId, null))
                    .expectException(DomainRuleViolation.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("general community"));
        }

        @Test
        void onlyARegisteredGuardianConsentsForAYoungPerson() {
            fixture.given(opened(14))
                    .when(new RecordConsent(courseId, null, ConsentGiver.GUARDIAN, UUID.randomUUID(), Set.of(Centre.C_BUR)))
                    .expectException(DomainRuleViolation.class);
            fixture.given(opened(14))
                    .when(new RecordConsent(courseId, null, ConsentGiver.GUARDIAN, guardianId, Set.of(Centre.C_BUR)))
                    .expectEvents(guardianConsented());
        }

        @Test
        void withdrawingTheConsentAnActiveCourseNeedsStopsSharingIt() {
            fixture.given(activeAdultCourse())
                    .when(new WithdrawConsent(courseId, null, ConsentGiver.YOUNG_PERSON, null))
                    .expectEvents(new ConsentWithdrawn(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null, true, now));
        }

        @Test
        void onlyAGivenConsentCanBeWithdrawn() {
            fixture.given(opened(20))
                    .when(new WithdrawConsent(courseId, null, ConsentGiver.YOUNG_PERSON, null))
                    .expectException(DomainRuleViolation.class);
        }

        @Test
        void anActiveCourseCannotBeDeclined() {
            fixture.given(activeAdultCourse())
                    .when(new CloseCourse(courseId, null, CourseOutcome.DECLINED))
                    .expectException(DomainRuleViolation.class);
            fixture.given(opened(20))
                    .when(new CloseCourse(courseId, null, CourseOutcome.DECLINED))
                    .expectEvents(new CourseClosed(courseId, citizenId, CourseOutcome.DECLINED, now));
        }

        @Test
        void aClosedCourseTakesNoMoreChanges() {
            fixture.given(opened(20), new CourseClosed(courseId, citizenId, CourseOutcome.MOVED_AWAY, now))
                    .when(new TeamCommands.AddTeamMember(courseId, null, teacherId, "Ole", TeamRole.TEACHER, TeamAffiliation.C_SIK))
                    .expectException(DomainRuleViolation.class).expectExceptionMessage("The course is closed");
        }
    }

    @Nested
    class TeamRules {

        @Test
        void theFirstTovholderJoinsTheTeam() {
            fixture.given(opened(20))
                    .when(new TeamCommands.AssignTovholder(courseId, null, tovholderId, "Lene", TeamRole.CASEWORKER, Centre.C_BUR, null))
                    .expectEvents(tovholderJoined(), tovholderAssigned());
        }

        @Test
        void aHandoverNeedsAReasonAndKeepsThePreviousTovholder() {
            UUID next = UUID.randomUUID();
            ConsentRecorded coversJobcentre = new ConsentRecorded(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null,
                    Set.of(Centre.C_BUR, Centre.C_ARB), now);
            fixture.given(opened(20), coversJobcentre, tovholderJoined(), tovholderAssigned())
                    .when(new TeamCommands.AssignTovholder(courseId, null, next, "Kim", TeamRole.CITIZEN_COORDINATOR, Centre.C_ARB, " "))
                    .expectException(DomainRuleViolation.class);
            fixture.given(opened(20), coversJobcentre, tovholderJoined(), tovholderAssigned())
                    .when(new TeamCommands.AssignTovholder(courseId, null, next, "Kim", TeamRole.CITIZEN_COORDINATOR, Centre.C_ARB,
                            "Manglende progression"))
                    .expectEvents(new TeamEvents.TeamMemberAdded(courseId, next, "Kim", TeamRole.CITIZEN_COORDINATOR, TeamAffiliation.C_ARB, now),
                            new TeamEvents.TovholderAssigned(courseId, next, Centre.C_ARB, tovholderId, "Manglende progression", now));
        }

        @Test
        void aHandoverGoesOnlyToACentreTheConsentNames() {
            fixture.given(opened(20), youngPersonConsented(), tovholderJoined(), tovholderAssigned())
                    .when(new TeamCommands.AssignTovholder(courseId, null, UUID.randomUUID(), "Kim", TeamRole.CITIZEN_COORDINATOR,
                            Centre.C_ARB, "Manglende progression"))
                    .expectException(DomainRuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("C_ARB"));
        }

        @Test
        void aMemberJoinsFromTheTovholdersCentreWithoutConsentAndFromAnotherOnlyWithOne() {
            UUID colleague = UUID.randomUUID();
            fixture.given(opened(20), tovholderJoined(), tovholderAssigned())
                    .when(new TeamCommands.AddTeamMember(courseId, null, colleague, "Kollega", TeamRole.CASEWORKER, TeamAffiliation.C_BUR))
                    .expectSuccessfulHandlerExecution();
            fixture.given(opened(20), tovholderJoined(), tovholderAssigned())
                    .when(new TeamCommands.AddTeamMember(courseId, null, teacherId, "Ole", TeamRole.TEACHER, TeamAffiliation.C_SIK))
                    .expectException(DomainRuleViolation.class);
            fixture.given(opened(20), youngPersonConsented(), tovholderJoined(), tovholderAssigned())
                    .when(new TeamCommands.AddTeamMember(courseId, null, teacherId, "Ole", TeamRole.TEACHER, TeamAffiliation.C_SIK))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void theTovholderCannotLeaveTheTeamBeforeAHandover() {
            fixture.given(opened(20), tovholderJoined(), tovholderAssigned())
                    .when(new TeamCommands.RemoveTeamMember(courseId, null, tovholderId))
                    .expectException(DomainRuleViolation.class);
        }

        @Test
        void aPersonIsOnTheTeamOnce() {
            fixture.given(opened(20), teacherJoined())
                    .when(new TeamCommands.AddTeamMember(courseId, null, teacherId, "Ole", TeamRole.TEACHER, TeamAffiliation.C_SIK))
                    .expectException(DomainRuleViolation.class);
        }
    }

    @Nested
    class PlanRules {

        @Test
        void someoneOutsideTheTeamCannotBeResponsibleForAGoal() {
            fixture.given(opened(20), teacherJoined())
                    .when(new PlanCommands.SetGoal(courseId, null, goalId, GoalArea.JOB, "Job", "Praktik", UUID.randomUUID(), LocalDate.of(2030, 1, 1)))
                    .expectException(DomainRuleViolation.class);
        }

        @Test
        void aRevisedGoalGetsTheNextRevisionAndSaysWhy() {
            fixture.given(opened(20), teacherJoined(), communityGoal())
                    .when(new PlanCommands.ReviseGoal(courseId, null, goalId, "Gå til fodbold", "Med en ven", teacherId,
                            LocalDate.of(2031, 1, 1), "Håndbold var ikke noget for mig"))
                    .expectEvents(new PlanEvents.GoalSet(courseId, goalId, GoalArea.GENERAL_COMMUNITY, 2, "Gå til fodbold", "Med en ven",
                            teacherId, LocalDate.of(2031, 1, 1), "Håndbold var ikke noget for mig", now));
        }

        @Test
        void aSubGoalBelongsToAGoalOfThePlan() {
            fixture.given(opened(20))
                    .when(new PlanCommands.AddSubGoal(courseId, null, UUID.randomUUID(), goalId, "Møde op", citizenId, LocalDate.of(2030, 1, 1)))
                    .expectException(DomainRuleViolation.class);
        }

        @Test
        void aSubGoalChangesStatus() {
            UUID subGoalId = UUID.randomUUID();
            fixture.given(opened(20), communityGoal(),
                            new PlanEvents.SubGoalAdded(courseId, subGoalId, goalId, "Møde op", citizenId, LocalDate.of(2030, 1, 1), now))
                    .when(new PlanCommands.ChangeSubGoalStatus(courseId, null, subGoalId, SubGoalStatus.ACHIEVED, "Godt gået"))
                    .expectEvents(new PlanEvents.SubGoalStatusChanged(courseId, subGoalId, SubGoalStatus.ACHIEVED, "Godt gået", now));
        }
    }

    @Nested
    class MeetingRules {

        private final Instant later = Instant.now().plus(Duration.ofDays(30));

        private MeetingEvents.MeetingScheduled scheduled() {
            return new MeetingEvents.MeetingScheduled(courseId, meetingId, later, Set.of(tovholderId, teacherId), now);
        }

        private MeetingCommands.HoldMeeting holding(boolean citizenPresent, List<MeetingCommands.Decision> decisions,
                                                    List<MeetingCommands.NewAgreement> agreements) {
            return new MeetingCommands.HoldMeeting(courseId, null, meetingId, citizenPresent, Set.of(tovholderId), "Godt møde",
                    decisions, agreements);
        }

        private final UUID agreementId = UUID.randomUUID();

        private MeetingCommands.NewAgreement schoolAgreement() {
            return new MeetingCommands.NewAgreement(agreementId, AgreementParty.YOUNG_PERSON, null, "Datter",
                    "Passer skolen; så praktik én dag om ugen", LocalDate.of(2030, 1, 1));
        }

        private Object[] activeWithMeeting() {
            Object[] active = activeAdultCourse();
            Object[] given = java.util.Arrays.copyOf(active, active.length + 1);
            given[active.length] = scheduled();
            return given;
        }

        @Test
        void onlyTeamMembersAreInvited() {
            fixture.given(activeAdultCourse())
                    .when(new MeetingCommands.ScheduleMeeting(courseId, null, meetingId, later, Set.of(UUID.randomUUID())))
                    .expectException(DomainRuleViolation.class);
        }

        @Test
        void noMeetingIsHeldWithoutTheYoungPerson() {
            fixture.given(activeWithMeeting())
                    .when(holding(false, List.of(), List.of(schoolAgreement())))
                    .expectException(DomainRuleViolation.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("principle 1"));
        }

        @Test
        void decisionsAreTakenWithTheYoungPersonsAgreement() {
            fixture.given(activeWithMeeting())
                    .when(holding(true, List.of(new MeetingCommands.Decision("Skoleskift", false)), List.of(schoolAgreement())))
                    .expectException(DomainRuleViolation.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("principle 9"));
        }

        @Test
        void everyMeetingEndsWithBindingAgreements() {
            fixture.given(activeWithMeeting())
                    .when(holding(true, List.of(), List.of()))
                    .expectException(DomainRuleViolation.class);
        }

        @Test
        void onlyAnActiveCourseHoldsMeetings() {
            fixture.given(opened(20), tovholderJoined(), tovholderAssigned(), teacherJoined(), scheduled())
                    .when(holding(true, List.of(), List.of(schoolAgreement())))
                    .expectException(DomainRuleViolation.class);
        }

        @Test
        void aHeldMeetingRecordsWhoStayedAwayAndTheAgreementsItEndedWith() {
            fixture.given(activeWithMeeting())
                    .when(holding(true, List.of(new MeetingCommands.Decision("Praktik i børnehave", true)), List.of(schoolAgreement())))
                    .expectEvents(
                            new MeetingEvents.MeetingHeld(courseId, meetingId, Set.of(tovholderId), Set.of(teacherId), "Godt møde",
                                    List.of("Praktik i børnehave"), 1, now),
                            new MeetingEvents.AgreementMade(courseId, agreementId, meetingId, AgreementParty.YOUNG_PERSON, null, "Datter",
                                    "Passer skolen; så praktik én dag om ugen", LocalDate.of(2030, 1, 1), now));
        }

        @Test
        void anAgreementIsFollowedUpOnce() {
            Object[] held = activeWithMeeting();
            Object[] given = java.util.Arrays.copyOf(held, held.length + 2);
            given[held.length] = new MeetingEvents.AgreementMade(courseId, agreementId, meetingId, AgreementParty.YOUNG_PERSON, null,
                    "Datter", "Passer skolen", LocalDate.of(2030, 1, 1), now);
            given[held.length + 1] = new MeetingEvents.AgreementFollowedUp(courseId, agreementId, true, "100 % fremmøde", now);
            fixture.given(given)
                    .when(new MeetingCommands.FollowUpAgreement(courseId, null, agreementId, false, "igen"))
                    .expectException(DomainRuleViolation.class);
        }
    }

    @Nested
    class ProgressionRules {

        @Test
        void aMeasurementLiesOnItsScaleAndAttendanceIsInPercent() {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
            fixture.given(opened(20), teacherJoined())
                    .when(new ProgressionCommands.RecordProgression(courseId, null, UUID.randomUUID(), ProgressionDimension.WELL_BEING,
                            1, 5, 6, teacherId, today))
                    .expectException(DomainRuleViolation.class);
            fixture.given(opened(20), teacherJoined())
                    .when(new ProgressionCommands.RecordProgression(courseId, null, UUID.randomUUID(), ProgressionDimension.ATTENDANCE,
                            0, 10, 8, teacherId, today))
                    .expectException(DomainRuleViolation.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("percent"));
        }

        @Test
        void progressionIsMeasuredByTheYoungPersonOrTheTeam() {
            LocalDate yesterday = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
            UUID measurement = UUID.randomUUID();
            fixture.given(opened(20))
                    .when(new ProgressionCommands.RecordProgression(courseId, null, measurement, ProgressionDimension.ATTENDANCE,
                            0, 100, 80, UUID.randomUUID(), yesterday))
                    .expectException(DomainRuleViolation.class);
            fixture.given(opened(20))
                    .when(new ProgressionCommands.RecordProgression(courseId, null, measurement, ProgressionDimension.ATTENDANCE,
                            0, 100, 80, citizenId, yesterday))
                    .expectEvents(new ProgressionEvents.ProgressionMeasured(courseId, measurement, ProgressionDimension.ATTENDANCE,
                            0, 100, 80, citizenId, yesterday, now));
        }

        @Test
        void thePathMovesToANewStage() {
            fixture.given(opened(14), new ProgressionEvents.PathStageReached(courseId, PathStage.ABSENCE, null, now))
                    .when(new ProgressionCommands.ReachPathStage(courseId, null, PathStage.ABSENCE))
                    .expectException(DomainRuleViolation.class);
            fixture.given(opened(14), new ProgressionEvents.PathStageReached(courseId, PathStage.ABSENCE, null, now))
                    .when(new ProgressionCommands.ReachPathStage(courseId, null, PathStage.WELL_BEING))
                    .expectEvents(new ProgressionEvents.PathStageReached(courseId, PathStage.WELL_BEING, PathStage.ABSENCE, now));
        }
    }

    @Nested
    class TransitionRules {

        @Test
        void openingAMinorsCourseSchedulesTheReminderSixMonthsBeforeTheEighteenthBirthday() {
            registered.put(citizenId, new CitizenFacts(citizenId, bornYearsAgo(14), Set.of()));
            LocalDate eighteenth = bornYearsAgo(14).plusYears(18);
            fixture.givenNoPriorActivity()
                    .when(new OpenCourse(courseId, citizenId, CourseOfferReason.HIGH_SCHOOL_ABSENCE))
                    .expectScheduledDeadlineWithName(
                            eighteenth.minusMonths(6).atStartOfDay(java.time.ZoneId.of("Europe/Copenhagen")).toInstant(),
                            AdultTransitionPolicy.DEADLINE);
        }

        @Test
        void anAdultsCourseGetsNoReminder() {
            registered.put(citizenId, new CitizenFacts(citizenId, bornYearsAgo(20), Set.of()));
            fixture.givenNoPriorActivity()
                    .when(new OpenCourse(courseId, citizenId, CourseOfferReason.CITIZEN_WISH))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void theReminderIsRaisedWhenItsDeadlineComesUnlessTheCourseIsClosed() {
            registered.put(citizenId, new CitizenFacts(citizenId, bornYearsAgo(17), Set.of()));
            LocalDate eighteenth = bornYearsAgo(17).plusYears(18);
            fixture.givenCommands(new OpenCourse(courseId, citizenId, CourseOfferReason.HIGH_SCHOOL_ABSENCE))
                    .whenThenTimeElapses(Duration.ofDays(400))
                    .expectDeadlinesMet(new AdultTransitionPolicy.Due(eighteenth))
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                    org.hamcrest.Matchers.instanceOf(TransitionEvents.AdultTransitionReminderRaised.class),
                                    org.axonframework.test.matchers.Matchers.andNoMore())));
            fixture.givenCommands(new OpenCourse(courseId, citizenId, CourseOfferReason.HIGH_SCHOOL_ABSENCE),
                            new CloseCourse(courseId, null, CourseOutcome.MOVED_AWAY))
                    .whenThenTimeElapses(Duration.ofDays(400))
                    .expectNoEvents();
        }

        @Test
        void aTransitionIsCompletedOnce() {
            UUID transitionId = UUID.randomUUID();
            fixture.given(opened(17), new TransitionEvents.TransitionPlanned(courseId, transitionId, TransitionKind.CHILD_TO_ADULT,
                            LocalDate.of(2030, 1, 1), citizenId, "18 år", now),
                            new TransitionEvents.TransitionCompleted(courseId, transitionId, now))
                    .when(new TransitionCommands.CompleteTransition(courseId, null, transitionId))
                    .expectException(DomainRuleViolation.class);
            fixture.given(opened(17))
                    .when(new TransitionCommands.PlanTransition(courseId, null, transitionId, TransitionKind.CHILD_TO_ADULT,
                            LocalDate.of(2030, 1, 1), UUID.randomUUID(), "18 år"))
                    .expectException(DomainRuleViolation.class);
        }
    }

    @Nested
    class TrialRules {

        private final UUID trialId = UUID.randomUUID();

        private TrialEvents.TrialActionProposed proposed() {
            return new TrialEvents.TrialActionProposed(courseId, trialId, "Beboelsesvogn", 800_000, 1_000_000L, now);
        }

        @Test
        void onlyAnApprovedTrialActionIsEvaluated() {
            fixture.given(opened(24), proposed())
                    .when(new TrialCommands.EvaluateTrialAction(courseId, null, trialId, TrialResult.SUCCEEDED, "", 800_000))
                    .expectException(DomainRuleViolation.class);
            fixture.given(opened(24), proposed(), new TrialEvents.TrialActionDecided(courseId, trialId, false, "Nej", now))
                    .when(new TrialCommands.EvaluateTrialAction(courseId, null, trialId, TrialResult.SUCCEEDED, "", 800_000))
                    .expectException(DomainRuleViolation.class);
            fixture.given(opened(24), proposed(), new TrialEvents.TrialActionDecided(courseId, trialId, true, "Ja", now))
                    .when(new TrialCommands.EvaluateTrialAction(courseId, null, trialId, TrialResult.PARTLY_SUCCEEDED, "Fremskridt", 800_000))
                    .expectEvents(new TrialEvents.TrialActionEvaluated(courseId, trialId, TrialResult.PARTLY_SUCCEEDED, "Fremskridt", 800_000, now));
        }

        @Test
        void aTrialActionIsDecidedOnce() {
            fixture.given(opened(24), proposed(), new TrialEvents.TrialActionDecided(courseId, trialId, true, "Ja", now))
                    .when(new TrialCommands.DecideTrialAction(courseId, null, trialId, false, "Alligevel ikke"))
                    .expectException(DomainRuleViolation.class);
        }
    }

    @Nested
    class OfferRules {

        private final UUID mentor = UUID.randomUUID();
        private final UUID support = UUID.randomUUID();
        private final UUID warningId = UUID.randomUUID();
        private final LocalDate today = LocalDate.of(2025, 1, 6);

        private CourseOfferEvents.OfferStarted mentorStarted() {
            return new CourseOfferEvents.OfferStarted(courseId, mentor, 1, "Mentor", Centre.C_ARB,
                    Set.of(NeedCategory.EMPLOYMENT, NeedCategory.EVERYDAY_MASTERY), today, now);
        }

        private Object[] activeWith(Object... more) {
            Object[] active = activeAdultCourse();
            Object[] given = java.util.Arrays.copyOf(active, active.length + more.length);
            System.arraycopy(more, 0, given, active.length, more.length);
            return given;
        }

        @Test
        void anotherCentresOfferForTheSameNeedRaisesADoubleOfferWarning() {
            fixture.given(activeWith(mentorStarted()))
                    .when(new CourseOfferCommands.StartOffer(courseId, null, support, 3, "§85", Centre.C_SS,
                            Set.of(NeedCategory.EVERYDAY_MASTERY, NeedCategory.HOUSING), today, warningId))
                    .expectEvents(
                            new CourseOfferEvents.OfferStarted(courseId, support, 3, "§85", Centre.C_SS,
                                    Set.of(NeedCategory.EVERYDAY_MASTERY, NeedCategory.HOUSING), today, now),
                            new CourseOfferEvents.DoubleOfferWarningRaised(courseId, warningId, support, Set.of(mentor),
                                    Set.of(NeedCategory.EVERYDAY_MASTERY), now));
        }

        @Test
        void theSameCentresOfferOrADifferentNeedIsNoDoubleOffer() {
            fixture.given(activeWith(mentorStarted()))
                    .when(new CourseOfferCommands.StartOffer(courseId, null, support, 1, "Jobklub", Centre.C_ARB,
                            Set.of(NeedCategory.EMPLOYMENT), today, warningId))
                    .expectEvents(new CourseOfferEvents.OfferStarted(courseId, support, 1, "Jobklub", Centre.C_ARB,
                            Set.of(NeedCategory.EMPLOYMENT), today, now));
            fixture.given(activeWith(mentorStarted()))
                    .when(new CourseOfferCommands.StartOffer(courseId, null, support, 1, "Klub", Centre.C_SIK,
                            Set.of(NeedCategory.SOCIAL_NETWORK), today, warningId))
                    .expectEvents(new CourseOfferEvents.OfferStarted(courseId, support, 1, "Klub", Centre.C_SIK,
                            Set.of(NeedCategory.SOCIAL_NETWORK), today, now));
        }

        @Test
        void anEndedOfferOverlapsNothing() {
            fixture.given(activeWith(mentorStarted(), new CourseOfferEvents.OfferEnded(courseId, mentor, today, now)))
                    .when(new CourseOfferCommands.StartOffer(courseId, null, support, 1, "§85", Centre.C_SS,
                            Set.of(NeedCategory.EVERYDAY_MASTERY), today, warningId))
                    .expectEvents(new CourseOfferEvents.OfferStarted(courseId, support, 1, "§85", Centre.C_SS,
                            Set.of(NeedCategory.EVERYDAY_MASTERY), today, now));
        }

        @Test
        void offersStartInAnActiveCourse() {
            fixture.given(opened(20))
                    .when(new CourseOfferCommands.StartOffer(courseId, null, support, 1, "§85", Centre.C_SS,
                            Set.of(NeedCategory.HOUSING), today, warningId))
                    .expectException(DomainRuleViolation.class);
        }

        @Test
        void aWarningIsAcknowledgedOnce() {
            fixture.given(activeWith(mentorStarted(), new CourseOfferEvents.DoubleOfferWarningRaised(courseId, warningId, support,
                            Set.of(mentor), Set.of(NeedCategory.EVERYDAY_MASTERY), now),
                            new CourseOfferEvents.DoubleOfferAcknowledged(courseId, warningId, "Begge giver mening", now)))
                    .when(new CourseOfferCommands.AcknowledgeDoubleOffer(courseId, null, warningId, "igen"))
                    .expectException(DomainRuleViolation.class);
        }
    }

    /** The remaining rules, one refusal each. */
    @Nested
    class EveryOtherRule {

        private final Instant later = Instant.now().plus(Duration.ofDays(30));

        private void refused(Object[] given, Object command, String rule) {
            fixture.given(given).when(command).expectException(DomainRuleViolation.class)
                    .expectException(new org.hamcrest.FeatureMatcher<Object, String>(org.hamcrest.Matchers.equalTo(rule), "rule", "rule") {
                        @Override
                        protected String featureValueOf(Object actual) {
                            return actual instanceof DomainRuleViolation violation ? violation.rule() : null;
                        }
                    });
        }

        private Object[] with(Object[] base, Object... more) {
            Object[] given = java.util.Arrays.copyOf(base, base.length + more.length);
            System.arraycopy(more, 0, given, base.length, more.length);
            return given;
        }

        @Test
        void lifecycleAndTeam() {
            refused(new Object[]{opened(20)}, new RecordConsent(courseId, null, ConsentGiver.YOUNG_PERSON, guardianId, Set.of(Centre.C_BUR)),
                    "young-person-consents-alone");
            refused(activeAdultCourse(), new ActivateCourse(courseId, null), "already-active");
            refused(new Object[]{opened(20)}, new TeamCommands.AddTeamMember(courseId, null, citizenId, "Mig", TeamRole.OTHER,
                    TeamAffiliation.PRIVATE_NETWORK), "citizen-is-not-a-member");
            refused(new Object[]{opened(20), tovholderJoined(), tovholderAssigned()}, new TeamCommands.AssignTovholder(courseId, null,
                    tovholderId, "Lene", TeamRole.CASEWORKER, Centre.C_BUR, null), "already-tovholder");
            refused(new Object[]{opened(20)}, new TeamCommands.RemoveTeamMember(courseId, null, teacherId), "not-on-team");
        }

        @Test
        void planParts() {
            refused(new Object[]{opened(20), communityGoal()}, new PlanCommands.SetGoal(courseId, null, goalId, GoalArea.JOB, "x", "y",
                    citizenId, LocalDate.of(2030, 1, 1)), "goal-exists");
            refused(new Object[]{opened(20)}, new PlanCommands.ReviseGoal(courseId, null, goalId, "x", "y", citizenId,
                    LocalDate.of(2030, 1, 1), "z"), "unknown-goal");
            refused(new Object[]{opened(20)}, new PlanCommands.ChangeSubGoalStatus(courseId, null, UUID.randomUUID(), SubGoalStatus.DROPPED,
                    null), "unknown-sub-goal");
        }

        @Test
        void meetings() {
            MeetingEvents.MeetingScheduled scheduled = new MeetingEvents.MeetingScheduled(courseId, meetingId, later, Set.of(tovholderId), now);
            MeetingCommands.NewAgreement agreement = new MeetingCommands.NewAgreement(UUID.randomUUID(), AgreementParty.TEAM_MEMBER,
                    UUID.randomUUID(), null, "Ring", LocalDate.of(2030, 1, 1));
            refused(activeAdultCourse(), new MeetingCommands.ScheduleMeeting(courseId, null, meetingId, now.minusSeconds(60), Set.of()),
                    "meeting-in-the-future");
            refused(with(activeAdultCourse(), scheduled), new MeetingCommands.ScheduleMeeting(courseId, null, meetingId, later, Set.of()),
                    "meeting-exists");
            refused(activeAdultCourse(), new MeetingCommands.HoldMeeting(courseId, null, meetingId, true, Set.of(), null, List.of(),
                    List.of(agreement)), "unknown-meeting");
            refused(with(activeAdultCourse(), scheduled), new MeetingCommands.HoldMeeting(courseId, null, meetingId, true,
                    Set.of(UUID.randomUUID()), null, List.of(), List.of(agreement)), "attendee-not-on-team");
            refused(with(activeAdultCourse(), scheduled), new MeetingCommands.HoldMeeting(courseId, null, meetingId, true, Set.of(), null,
                    List.of(), List.of(agreement)), "agreement-party-on-team");
            refused(with(activeAdultCourse(), scheduled, new MeetingEvents.MeetingHeld(courseId, meetingId, Set.of(), Set.of(), null,
                    List.of(), 1, now)), new MeetingCommands.HoldMeeting(courseId, null, meetingId, true, Set.of(), null, List.of(),
                    List.of(agreement)), "meeting-already-held");
            refused(activeAdultCourse(), new MeetingCommands.FollowUpAgreement(courseId, null, UUID.randomUUID(), true, null),
                    "unknown-agreement");
        }

        @Test
        void progressionTrialsTransitionsAndOffers() {
            refused(new Object[]{opened(20)}, new ProgressionCommands.RecordProgression(courseId, null, UUID.randomUUID(),
                    ProgressionDimension.MASTERY, 1, 5, 3, citizenId, LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(2)),
                    "measured-in-the-past");
            refused(new Object[]{opened(20)}, new TrialCommands.DecideTrialAction(courseId, null, UUID.randomUUID(), true, "x"),
                    "unknown-trial");
            refused(new Object[]{opened(20)}, new TransitionCommands.CompleteTransition(courseId, null, UUID.randomUUID()),
                    "unknown-transition");
            refused(activeAdultCourse(), new CourseOfferCommands.EndOffer(courseId, null, UUID.randomUUID(), LocalDate.of(2030, 1, 1)),
                    "offer-not-running");
            refused(activeAdultCourse(), new CourseOfferCommands.AcknowledgeDoubleOffer(courseId, null, UUID.randomUUID(), "x"),
                    "unknown-warning");
            UUID offer = UUID.randomUUID();
            refused(with(activeAdultCourse(), new CourseOfferEvents.OfferStarted(courseId, offer, 1, "Mentor", Centre.C_ARB,
                    Set.of(NeedCategory.EMPLOYMENT), LocalDate.of(2025, 1, 1), now)), new CourseOfferCommands.StartOffer(courseId, null,
                    offer, 1, "Mentor", Centre.C_ARB, Set.of(NeedCategory.EMPLOYMENT), LocalDate.of(2025, 1, 1), UUID.randomUUID()),
                    "offer-running");
        }
    }
}
