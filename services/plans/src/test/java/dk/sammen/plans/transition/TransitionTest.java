package dk.sammen.plans.transition;

import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.events.plans.TransitionKind;
import dk.sammen.plans.citizen.CitizenFacts;
import dk.sammen.plans.course.CourseCommands.CloseCourse;
import dk.sammen.plans.course.CourseTestFixture;
import dk.sammen.plans.course.OpenCourse;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Transitions: its rules, each shown by a given/when/then that fails without the rule. */
class TransitionTest extends CourseTestFixture {

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
