package dk.sammen.plans.oneplan;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.sammen.events.Centre;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.plans.course.CourseEvents.ConsentRecorded;
import dk.sammen.plans.course.CourseEvents.ConsentWithdrawn;
import dk.sammen.plans.course.CourseEvents.CourseErased;
import dk.sammen.plans.course.CourseOpened;
import dk.sammen.plans.course.CourseStatus;
import dk.sammen.plans.kernel.CourseEvent;
import dk.sammen.plans.plan.PlanEvents.GoalSet;
import dk.sammen.plans.team.TeamEvents.TeamMemberAdded;
import dk.sammen.plans.team.TeamEvents.TovholderAssigned;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-plan view folded from a course's events, as its projection folds them. */
class OnePlanTest {

    /** Events the view shows nothing of, on purpose: an erased course leaves the view altogether (its projection deletes it). */
    private static final Set<Class<?>> NOT_SHOWN = Set.of(CourseErased.class);

    private final UUID courseId = UUID.randomUUID();
    private final UUID citizenId = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-03-01T09:00:00Z");
    private final OnePlan plan = OnePlan.opened(new CourseOpened(courseId, citizenId, LocalDate.of(2008, 5, 1),
            CourseOfferReason.PROFESSIONAL_RISK_INDICATORS, now));

    /**
     * A new course event without a place in the view fails here: every event the aggregate can
     * apply is one the view opens with or {@link OnePlan#apply} handles, or one named above as not
     * shown.
     */
    @Test
    void everyCourseEventHasItsPlaceInTheView() {
        JavaClasses plans = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.sammen.plans");
        List<String> events = plans.stream().filter(type -> type.isAssignableTo(CourseEvent.class) && !type.isInterface())
                .map(JavaClass::getName).toList();
        // What opening and applying touch, the cases' lambdas included: every case reads its event.
        Set<String> handled = plans.get(OnePlan.class).getCodeUnits().stream()
                .filter(unit -> unit.getName().matches("(apply|opened)|lambda\\$(apply|opened)\\$.*"))
                .flatMap(unit -> unit.getAccessesFromSelf().stream())
                .map(access -> access.getTargetOwner().getName()).collect(Collectors.toSet());

        assertThat(events).as("the course's events").hasSizeGreaterThan(25);
        assertThat(events).as("events with no place in the one-plan view")
                .allMatch(event -> handled.contains(event) || NOT_SHOWN.stream().anyMatch(type -> type.getName().equals(event)));
    }

    @Test
    void aCourseIsSharedAcrossTheCentresEveryConsentNamesAndAWithdrawalThatStopsSharingSaysSo() {
        UUID guardian = UUID.randomUUID();
        plan.apply(new ConsentRecorded(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null, Set.of(Centre.C_BUR, Centre.C_SS), now), 2);
        plan.apply(new ConsentRecorded(courseId, citizenId, ConsentGiver.GUARDIAN, guardian, Set.of(Centre.C_BUR), now), 3);
        assertThat(plan.sharedWith).containsExactly(Centre.C_BUR);

        plan.apply(new ConsentWithdrawn(courseId, citizenId, ConsentGiver.GUARDIAN, guardian, true, now), 4);
        assertThat(plan.sharedWith).containsExactlyInAnyOrder(Centre.C_BUR, Centre.C_SS);
        assertThat(plan.status).isEqualTo(CourseStatus.CONSENT_WITHDRAWN);
        assertThat(plan.version).isEqualTo(4);
    }

    @Test
    void aRevisedGoalKeepsItsEarlierWordingAndAHandoverItsHistory() {
        UUID goalId = UUID.randomUUID();
        plan.apply(new GoalSet(courseId, goalId, GoalArea.EDUCATION, 1, "Gå i skole hver dag", "Med mentor", citizenId,
                LocalDate.of(2026, 8, 1), null, now), 2);
        plan.apply(new GoalSet(courseId, goalId, GoalArea.EDUCATION, 2, "Gå i skole fire dage om ugen", "Med mentor", citizenId,
                LocalDate.of(2026, 8, 1), "Fem dage var for meget", now.plusSeconds(60)), 3);
        assertThat(plan.goals).singleElement().satisfies(goal -> {
            assertThat(goal.inOwnWords).isEqualTo("Gå i skole fire dage om ugen");
            assertThat(goal.earlierRevisions).extracting(OnePlan.GoalRevision::inOwnWords).containsExactly("Gå i skole hver dag");
        });

        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        plan.apply(new TeamMemberAdded(courseId, first, "Rikke", TeamRole.CASEWORKER, TeamAffiliation.C_BUR, now), 4);
        plan.apply(new TovholderAssigned(courseId, first, Centre.C_BUR, null, null, now), 5);
        plan.apply(new TovholderAssigned(courseId, second, Centre.C_BUR, first, "Rikke går på barsel", now), 6);
        assertThat(plan.tovholderId()).isEqualTo(second);
        assertThat(plan.tovholderHistory).extracting(OnePlan.Handover::reason).containsExactly(null, "Rikke går på barsel");
    }
}
