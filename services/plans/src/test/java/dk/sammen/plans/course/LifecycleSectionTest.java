package dk.sammen.plans.course;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.plans.course.CourseEvents.ConsentRecorded;
import dk.sammen.plans.course.CourseEvents.ConsentWithdrawn;
import dk.sammen.plans.course.CourseEvents.CourseActivated;
import dk.sammen.plans.course.CourseEvents.CourseClosed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-plan view's account of the course itself, folded from its lifecycle events. */
class LifecycleSectionTest {

    private final UUID courseId = UUID.randomUUID();
    private final UUID citizenId = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-03-01T09:00:00Z");
    private final LifecycleSection section = new LifecycleSection();

    @Test
    void aCourseIsSharedAcrossTheCentresEveryConsentNamesAndAWithdrawalThatStopsSharingSaysSo() {
        UUID guardian = UUID.randomUUID();
        section.apply(new CourseOpened(courseId, citizenId, LocalDate.of(2008, 5, 1), CourseOfferReason.CITIZEN_WISH, now));
        section.apply(new ConsentRecorded(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null, Set.of(Centre.C_BUR, Centre.C_SS), now));
        section.apply(new ConsentRecorded(courseId, citizenId, ConsentGiver.GUARDIAN, guardian, Set.of(Centre.C_BUR), now));
        assertThat(section.sharedWith).containsExactly(Centre.C_BUR);

        section.apply(new ConsentWithdrawn(courseId, citizenId, ConsentGiver.GUARDIAN, guardian, true, now));
        assertThat(section.sharedWith).containsExactlyInAnyOrder(Centre.C_BUR, Centre.C_SS);
        assertThat(section.consents).extracting(LifecycleSection.Consent::givenBy).containsExactly(ConsentGiver.YOUNG_PERSON);
        assertThat(section.status()).isEqualTo(CourseStatus.CONSENT_WITHDRAWN);
    }

    @Test
    void aCourseIsOfferedThenActiveThenClosedWithItsOutcome() {
        section.apply(new CourseOpened(courseId, citizenId, null, CourseOfferReason.CITIZEN_WISH, now));
        assertThat(section.status()).isEqualTo(CourseStatus.OFFERED);
        assertThat(section.openedAt()).isEqualTo(now);

        section.apply(new CourseActivated(courseId, citizenId, now.plusSeconds(60)));
        assertThat(section.status()).isEqualTo(CourseStatus.ACTIVE);
        assertThat(section.activatedAt).isEqualTo(now.plusSeconds(60));

        section.apply(new CourseClosed(courseId, citizenId, CourseOutcome.STARTED_YOUTH_EDUCATION, now.plusSeconds(120)));
        assertThat(section.status()).isEqualTo(CourseStatus.CLOSED);
        assertThat(section.outcome).isEqualTo(CourseOutcome.STARTED_YOUTH_EDUCATION);
        assertThat(section.closedAt).isEqualTo(now.plusSeconds(120));
    }
}
