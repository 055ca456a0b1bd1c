package dk.sammen.plans.course;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.plans.citizen.CitizenFacts;
import dk.sammen.plans.citizen.Citizens;
import dk.sammen.plans.course.CourseEvents.ConsentRecorded;
import dk.sammen.plans.course.CourseEvents.CourseActivated;
import dk.sammen.plans.plan.PlanEvents;
import dk.sammen.plans.team.TeamEvents;
import dk.sammen.plans.transition.AdultTransitionPolicy;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A course as its rules are tested: an Axon given/when/then fixture of the {@link Course} aggregate
 * with its parts, the people around it, and the events of a course at its usual stages. Each
 * part's rules are tested beside the part ({@code team/TeamTest}, {@code plan/PlanTest}, ...).
 */
public abstract class CourseTestFixture {

    protected final UUID courseId = UUID.randomUUID();
    protected final UUID citizenId = UUID.randomUUID();
    protected final UUID guardianId = UUID.randomUUID();
    protected final UUID tovholderId = UUID.randomUUID();
    protected final UUID teacherId = UUID.randomUUID();
    protected final UUID goalId = UUID.randomUUID();
    protected final UUID meetingId = UUID.randomUUID();
    protected final Map<UUID, CitizenFacts> registered = new HashMap<>();
    /** Each young person's open course, as the register of open courses answers. */
    protected final Map<UUID, UUID> openCourses = new HashMap<>();
    /** The documents stored with the course. */
    protected final Set<UUID> documents = new HashSet<>();
    protected AggregateTestFixture<Course> fixture;
    protected Instant now;

    @BeforeEach
    void setUpTheCourse() {
        fixture = new AggregateTestFixture<>(Course.class);
        fixture.registerInjectableResource((Citizens) id -> Optional.ofNullable(registered.get(id)));
        fixture.registerInjectableResource((OpenCourses) id -> Optional.ofNullable(openCourses.get(id)));
        fixture.registerInjectableResource((CourseDocuments) (course, document) -> documents.contains(document));
        fixture.registerInjectableResource(new AdultTransitionPolicy(Period.ofMonths(6)));
        now = fixture.currentTime();
    }

    protected LocalDate bornYearsAgo(int years) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).minusYears(years).minusDays(10);
    }

    protected CourseOpened opened(int age) {
        registered.put(citizenId, new CitizenFacts(citizenId, bornYearsAgo(age), Set.of(guardianId)));
        return new CourseOpened(courseId, citizenId, bornYearsAgo(age), CourseOfferReason.HIGH_SCHOOL_ABSENCE, now);
    }

    protected ConsentRecorded youngPersonConsented() {
        return new ConsentRecorded(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null, Set.of(Centre.C_BUR, Centre.C_SIK), now);
    }

    protected ConsentRecorded guardianConsented() {
        return new ConsentRecorded(courseId, citizenId, ConsentGiver.GUARDIAN, guardianId, Set.of(Centre.C_BUR), now);
    }

    protected TeamEvents.TeamMemberAdded tovholderJoined() {
        return new TeamEvents.TeamMemberAdded(courseId, tovholderId, "Lene", TeamRole.CASEWORKER, TeamAffiliation.C_BUR, now);
    }

    protected TeamEvents.TovholderAssigned tovholderAssigned() {
        return new TeamEvents.TovholderAssigned(courseId, tovholderId, Centre.C_BUR, null, null, now);
    }

    protected TeamEvents.TeamMemberAdded teacherJoined() {
        return new TeamEvents.TeamMemberAdded(courseId, teacherId, "Ole", TeamRole.TEACHER, TeamAffiliation.C_SIK, now);
    }

    protected PlanEvents.GoalSet communityGoal() {
        return new PlanEvents.GoalSet(courseId, goalId, GoalArea.GENERAL_COMMUNITY, 1, "Gå til håndbold", "Med en mentor",
                citizenId, LocalDate.of(2030, 1, 1), null, now);
    }

    /** An adult's course, ready to start: consent, tovholder and a community goal. */
    protected Object[] readyAdultCourse() {
        return new Object[]{opened(20), youngPersonConsented(), tovholderJoined(), tovholderAssigned(), teacherJoined(), communityGoal()};
    }

    protected Object[] activeAdultCourse() {
        Object[] ready = readyAdultCourse();
        Object[] active = java.util.Arrays.copyOf(ready, ready.length + 1);
        active[ready.length] = new CourseActivated(courseId, citizenId, now);
        return active;
    }
}
