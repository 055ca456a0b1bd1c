package dk.sammen.plans.meeting;

import dk.sammen.events.plans.AgreementParty;
import dk.sammen.plans.course.CourseTestFixture;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Meetings and their binding agreements: its rules, each shown by a given/when/then that fails without the rule. */
class MeetingTest extends CourseTestFixture {

    private final Instant later = Instant.now().plus(Duration.ofDays(30));

    /** Scheduled a week ago for an hour ago: begun, so its minutes can be recorded. */
    private MeetingEvents.MeetingScheduled scheduled() {
        return new MeetingEvents.MeetingScheduled(courseId, meetingId, now.minus(Duration.ofHours(1)), Set.of(tovholderId, teacherId),
                now.minus(Duration.ofDays(7)));
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
    void minutesAreRecordedOnlyForAMeetingThatHasBegun() {
        Object[] active = activeAdultCourse();
        Object[] given = java.util.Arrays.copyOf(active, active.length + 1);
        given[active.length] = new MeetingEvents.MeetingScheduled(courseId, meetingId, later, Set.of(tovholderId, teacherId), now);
        fixture.given(given)
                .when(holding(true, List.of(), List.of(schoolAgreement())))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("begun"));
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
