package dk.sammen.plans.courseoffer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.plans.course.CourseTestFixture;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Offers in the course: its rules, each shown by a given/when/then that fails without the rule. */
class CourseOfferTest extends CourseTestFixture {

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
