package dk.sammen.plans.oneplan;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.sammen.events.Centre;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.plans.course.CourseEvents.CourseActivated;
import dk.sammen.plans.course.CourseOpened;
import dk.sammen.plans.course.CourseStatus;
import dk.sammen.plans.kernel.CourseEvent;
import dk.sammen.plans.kernel.OnePlanSection;
import dk.sammen.plans.team.TeamEvents.TovholderAssigned;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one-plan view composed of its parts' sections, as its projection folds a course's events into it. */
class OnePlanTest {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final UUID courseId = UUID.randomUUID();
    private final UUID citizenId = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-03-01T09:00:00Z");
    private final OnePlan plan = OnePlan.opened(new CourseOpened(courseId, citizenId, LocalDate.of(2008, 5, 1),
            CourseOfferReason.PROFESSIONAL_RISK_INDICATORS, now));

    /**
     * A new course event without a place in the view fails here or does not compile: each section
     * takes one part's sealed event type and switches over it without a default, and every event
     * the course can apply belongs to exactly one section.
     */
    @Test
    void everyCourseEventIsShownByExactlyOneSectionOfTheView() {
        List<OnePlanSection<?>> sections = plan.sections();
        assertThat(sections).allSatisfy(section -> assertThat(OnePlan.eventsOf(section).isSealed())
                .as("%s takes a sealed event type", section.getClass().getSimpleName()).isTrue());

        List<Class<?>> events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.sammen.plans").stream()
                .filter(type -> type.isAssignableTo(CourseEvent.class) && !type.isInterface())
                .map(JavaClass::reflect).toList();
        assertThat(events).as("the course's events").hasSizeGreaterThan(25);
        assertThat(events).allSatisfy(event -> assertThat(sections).as("the sections showing %s", event.getName())
                .filteredOn(section -> OnePlan.eventsOf(section).isAssignableFrom(event)).hasSize(1));
    }

    /** A course event of no part (as a new one put beside the parts would be) stops the view rather than vanish from it. */
    @Test
    void anEventNoSectionShowsIsRefusedRatherThanLeftOut() {
        record Unplaced(UUID courseId) implements CourseEvent {
        }
        plan.apply(new CourseActivated(courseId, citizenId, now), 2);

        assertThatThrownBy(() -> plan.apply(new Unplaced(courseId), 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No section of the one-plan view shows");
        assertThat(plan.version()).as("the view stays at the last event it showed").isEqualTo(2);
    }

    @Test
    void theViewAnswersForItsSectionsAndAttentionFollowsTheCourseBeingActive() {
        UUID tovholder = UUID.randomUUID();
        plan.apply(new TovholderAssigned(courseId, tovholder, Centre.C_BUR, null, null, now), 2);
        assertThat(plan.status()).isEqualTo(CourseStatus.OFFERED);
        assertThat(plan.tovholderId()).isEqualTo(tovholder);
        assertThat(plan.memberIds()).as("the tovholder joins the team by its own event").isEmpty();
        assertThat(Attentions.of(plan, now, DENMARK)).as("an offered course").isEmpty();

        plan.apply(new CourseActivated(courseId, citizenId, now), 3);
        assertThat(plan.status()).isEqualTo(CourseStatus.ACTIVE);
        assertThat(Attentions.of(plan, now, DENMARK)).as("an active course with no next meeting")
                .isNotEmpty();
        assertThat(plan.version()).isEqualTo(3);
    }
}
