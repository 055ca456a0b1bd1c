package dk.sammen.plans.oneplan;

import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.plans.AgreementParty;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.TransitionKind;
import dk.sammen.plans.course.CourseEvents.CourseActivated;
import dk.sammen.plans.course.CourseEvents.CourseClosed;
import dk.sammen.plans.course.CourseOpened;
import dk.sammen.plans.courseoffer.CourseOfferEvents.DoubleOfferAcknowledged;
import dk.sammen.plans.courseoffer.CourseOfferEvents.DoubleOfferWarningRaised;
import dk.sammen.plans.kernel.Attention;
import dk.sammen.plans.kernel.Attention.Kind;
import dk.sammen.plans.kernel.CourseEvent;
import dk.sammen.plans.meeting.MeetingEvents.AgreementFollowedUp;
import dk.sammen.plans.meeting.MeetingEvents.AgreementMade;
import dk.sammen.plans.meeting.MeetingEvents.MeetingHeld;
import dk.sammen.plans.meeting.MeetingEvents.MeetingScheduled;
import dk.sammen.plans.transition.TransitionEvents.AdultTransitionReminderRaised;
import dk.sammen.plans.transition.TransitionEvents.TransitionCompleted;
import dk.sammen.plans.transition.TransitionEvents.TransitionPlanned;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the seven attention rules of the one-plan view, on a course folded from its events as
 * the projection folds it, at a fixed moment: what makes it appear and what makes it go.
 */
class AttentionsTest {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, DENMARK);

    private final UUID courseId = UUID.randomUUID();
    private final UUID citizenId = UUID.randomUUID();
    private final OnePlan plan = OnePlan.opened(new CourseOpened(courseId, citizenId, LocalDate.of(2009, 1, 1),
            CourseOfferReason.HIGH_SCHOOL_ABSENCE, NOW.minus(Duration.ofDays(200))));
    private long version = 1;

    private void given(CourseEvent... events) {
        for (CourseEvent event : events) {
            plan.apply(event, ++version);
        }
    }

    private List<Kind> attention() {
        return Attentions.of(plan, NOW, DENMARK).stream().map(Attention::kind).toList();
    }

    private CourseActivated activatedDaysAgo(int days) {
        return new CourseActivated(courseId, citizenId, NOW.minus(Duration.ofDays(days)));
    }

    private MeetingScheduled meeting(UUID meetingId, Instant when) {
        return new MeetingScheduled(courseId, meetingId, when, Set.of(), NOW.minus(Duration.ofDays(100)));
    }

    private MeetingHeld held(UUID meetingId, Instant when) {
        return new MeetingHeld(courseId, meetingId, Set.of(), Set.of(), "Referat", List.of("Aftalt"), 0, when);
    }

    @Test
    void aCourseNotActiveNeedsNoAttention() {
        assertThat(attention()).isEmpty();
        given(activatedDaysAgo(30), new CourseClosed(courseId, citizenId, dk.sammen.events.plans.CourseOutcome.STARTED_YOUTH_EDUCATION,
                NOW.minus(Duration.ofDays(1))));
        assertThat(attention()).isEmpty();
    }

    @Test
    void anActiveCourseWithoutANextMeetingSaysSoUntilOneIsScheduled() {
        given(activatedDaysAgo(10));
        assertThat(attention()).containsExactly(Kind.NO_NEXT_MEETING);

        given(meeting(UUID.randomUUID(), NOW.plus(Duration.ofDays(14))));
        assertThat(attention()).isEmpty();
    }

    @Test
    void aMeetingWhoseDayHasPassedUnrecordedIsOverdueUntilItIsHeld() {
        UUID meetingId = UUID.randomUUID();
        given(activatedDaysAgo(30), meeting(meetingId, NOW.minus(Duration.ofDays(2))), meeting(UUID.randomUUID(), NOW.plus(Duration.ofDays(30))));
        assertThat(attention()).containsExactly(Kind.NEXT_MEETING_OVERDUE);
        // Within the day's grace it is not yet overdue.
        OnePlan graced = OnePlan.opened(new CourseOpened(courseId, citizenId, null, CourseOfferReason.CITIZEN_WISH, NOW));
        graced.apply(activatedDaysAgo(30), 2);
        graced.apply(meeting(UUID.randomUUID(), NOW.minus(Duration.ofHours(12))), 3);
        assertThat(Attentions.of(graced, NOW, DENMARK)).extracting(Attention::kind).doesNotContain(Kind.NEXT_MEETING_OVERDUE);

        given(held(meetingId, NOW.minus(Duration.ofDays(2))));
        assertThat(attention()).isEmpty();
    }

    @Test
    void aNextMeetingMoreThanTwelveWeeksAfterTheLastIsTooLate() {
        UUID last = UUID.randomUUID();
        given(activatedDaysAgo(60), meeting(last, NOW.minus(Duration.ofDays(20))), held(last, NOW.minus(Duration.ofDays(20))),
                meeting(UUID.randomUUID(), NOW.minus(Duration.ofDays(20)).plus(Duration.ofDays(7 * 12 + 1))));
        assertThat(attention()).containsExactly(Kind.NEXT_MEETING_TOO_LATE);

        OnePlan inTime = OnePlan.opened(new CourseOpened(courseId, citizenId, null, CourseOfferReason.CITIZEN_WISH, NOW));
        inTime.apply(activatedDaysAgo(60), 2);
        inTime.apply(meeting(last, NOW.minus(Duration.ofDays(20))), 3);
        inTime.apply(held(last, NOW.minus(Duration.ofDays(20))), 4);
        inTime.apply(meeting(UUID.randomUUID(), NOW.minus(Duration.ofDays(20)).plus(Duration.ofDays(7 * 12 - 1))), 5);
        assertThat(Attentions.of(inTime, NOW, DENMARK)).isEmpty();
    }

    @Test
    void anAgreementPastItsDayIsOverdueUntilItIsFollowedUp() {
        UUID agreementId = UUID.randomUUID();
        given(activatedDaysAgo(30), meeting(UUID.randomUUID(), NOW.plus(Duration.ofDays(14))),
                new AgreementMade(courseId, agreementId, UUID.randomUUID(), AgreementParty.YOUNG_PERSON, citizenId, "Den unge",
                        "Møde i skole", TODAY.minusDays(1), NOW.minus(Duration.ofDays(20))),
                new AgreementMade(courseId, UUID.randomUUID(), UUID.randomUUID(), AgreementParty.YOUNG_PERSON, citizenId, "Den unge",
                        "Praktik", TODAY, NOW.minus(Duration.ofDays(20))));
        assertThat(attention()).containsExactly(Kind.AGREEMENT_OVERDUE);

        given(new AgreementFollowedUp(courseId, agreementId, false, "Ikke nået", NOW));
        assertThat(attention()).isEmpty();
    }

    @Test
    void aTransitionWithinNinetyDaysNeedsAttentionUntilItIsCompleted() {
        UUID soon = UUID.randomUUID();
        given(activatedDaysAgo(30), meeting(UUID.randomUUID(), NOW.plus(Duration.ofDays(14))),
                new TransitionPlanned(courseId, soon, TransitionKind.GRADE_SCHOOL_TO_YOUTH_EDUCATION, TODAY.plusDays(90), citizenId,
                        "Start på erhvervsskole", NOW),
                new TransitionPlanned(courseId, UUID.randomUUID(), TransitionKind.GRADE_SCHOOL_TO_YOUTH_EDUCATION, TODAY.plusDays(91),
                        citizenId, "Senere", NOW));
        assertThat(attention()).containsExactly(Kind.UPCOMING_TRANSITION);

        given(new TransitionCompleted(courseId, soon, NOW));
        assertThat(attention()).isEmpty();
    }

    @Test
    void anEighteenthBirthdayWithoutAPlannedMoveToAdultServicesNeedsAttentionUntilItIsPlanned() {
        given(activatedDaysAgo(30), meeting(UUID.randomUUID(), NOW.plus(Duration.ofDays(14))),
                new AdultTransitionReminderRaised(courseId, citizenId, TODAY.plusMonths(6), NOW));
        assertThat(attention()).containsExactly(Kind.ADULT_TRANSITION_UNPLANNED);

        given(new TransitionPlanned(courseId, UUID.randomUUID(), TransitionKind.CHILD_TO_ADULT, TODAY.plusMonths(6), citizenId,
                "Overgang til voksenområdet", NOW));
        assertThat(attention()).doesNotContain(Kind.ADULT_TRANSITION_UNPLANNED);
    }

    @Test
    void aDoubleOfferNeedsAttentionUntilItIsAcknowledgedWithAReason() {
        UUID warningId = UUID.randomUUID();
        given(activatedDaysAgo(30), meeting(UUID.randomUUID(), NOW.plus(Duration.ofDays(14))),
                new DoubleOfferWarningRaised(courseId, warningId, UUID.randomUUID(), Set.of(UUID.randomUUID()),
                        Set.of(NeedCategory.EMPLOYMENT), NOW));
        assertThat(attention()).containsExactly(Kind.DOUBLE_OFFER_UNACKNOWLEDGED);

        given(new DoubleOfferAcknowledged(courseId, warningId, "Supplerer hinanden", NOW));
        assertThat(attention()).isEmpty();
    }
}
