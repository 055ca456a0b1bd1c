package dk.sammen.plans.course;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.plans.AgreementParty;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.events.plans.SubGoalStatus;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.plans.citizen.CitizenFacts;
import dk.sammen.plans.course.CourseCommands.ActivateCourse;
import dk.sammen.plans.course.CourseCommands.CloseCourse;
import dk.sammen.plans.course.CourseCommands.RecordConsent;
import dk.sammen.plans.course.CourseCommands.WithdrawConsent;
import dk.sammen.plans.course.CourseEvents.ConsentRecorded;
import dk.sammen.plans.course.CourseEvents.ConsentWithdrawn;
import dk.sammen.plans.course.CourseEvents.CourseActivated;
import dk.sammen.plans.course.CourseEvents.CourseClosed;
import dk.sammen.plans.courseoffer.CourseOfferCommands;
import dk.sammen.plans.courseoffer.CourseOfferEvents;
import dk.sammen.plans.meeting.MeetingCommands;
import dk.sammen.plans.meeting.MeetingEvents;
import dk.sammen.plans.plan.PlanCommands;
import dk.sammen.plans.plan.PlanEvents;
import dk.sammen.plans.progression.ProgressionCommands;
import dk.sammen.plans.team.TeamCommands;
import dk.sammen.plans.transition.TransitionCommands;
import dk.sammen.plans.trial.TrialCommands;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.web.UnknownIdException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The course's own rules (its lifecycle and consent) and the remaining rules of every part, one refusal each. */
class CourseTest extends CourseTestFixture {

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
        void aYoungPersonWithAnOpenCourseIsNotOfferedASecondOne() {
            registered.put(citizenId, new CitizenFacts(citizenId, bornYearsAgo(19), Set.of()));
            UUID open = UUID.randomUUID();
            openCourses.put(citizenId, open);
            fixture.givenNoPriorActivity()
                    .when(new OpenCourse(courseId, citizenId, CourseOfferReason.CITIZEN_WISH))
                    .expectNoEvents()
                    .expectException(DomainRuleViolation.class)
                    .expectExceptionMessage("The young person already has an open course: " + open);
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
                    .when(new RecordConsent(courseId, null, ConsentGiver.GUARDIAN, UUID.randomUUID(), Set.of(Centre.C_BUR), null))
                    .expectException(DomainRuleViolation.class);
            fixture.given(opened(14))
                    .when(new RecordConsent(courseId, null, ConsentGiver.GUARDIAN, guardianId, Set.of(Centre.C_BUR), null))
                    .expectEvents(guardianConsented());
        }

        @Test
        void aConsentPointsOnlyToASignedFormStoredWithTheCourse() {
            UUID form = UUID.randomUUID();
            fixture.given(opened(20))
                    .when(new RecordConsent(courseId, null, ConsentGiver.YOUNG_PERSON, null, Set.of(Centre.C_BUR), form))
                    .expectException(UnknownIdException.class);
            documents.add(form);
            fixture.given(opened(20))
                    .when(new RecordConsent(courseId, null, ConsentGiver.YOUNG_PERSON, null, Set.of(Centre.C_BUR), form))
                    .expectEvents(new ConsentRecorded(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null, Set.of(Centre.C_BUR), now, form));
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
            refused(new Object[]{opened(20)}, new RecordConsent(courseId, null, ConsentGiver.YOUNG_PERSON, guardianId, Set.of(Centre.C_BUR), null),
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
