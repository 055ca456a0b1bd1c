package dk.sammen.plans.access;

import dk.sammen.platform.audit.AuditSubjects;
import dk.sammen.platform.readmodel.PagedQuery;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Need-to-know for courses, decided here and nowhere else: a caseworker or team member works on
 * a course only as its tovholder or on its team (or, until a tovholder is assigned, as the one
 * who offered it), or through a break-the-glass grant that has not expired; the young person sees
 * their own course, a guardian their ward's.
 */
@Component
public class CourseAccess implements AuditSubjects {

    /**
     * How a caller came to see a course; the audit trail records it. A professional asking for a
     * course that does not exist is let through to be told so (404): there is nothing to protect.
     */
    public enum Basis { TEAM, EMERGENCY, OWN, GUARDIAN, NO_SUCH_COURSE }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final EmergencyAccess emergencies;

    CourseAccess(JdbcClient jdbc, Clock clock, EmergencyAccess emergencies) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.emergencies = emergencies;
    }

    /** Why a professional may work on this course, if they may. */
    public Optional<Basis> asProfessional(Caller caller, UUID courseId) {
        if (caller.id() == null || !caller.hasAny(Role.CASEWORKER, Role.TEAM_MEMBER)) {
            return Optional.empty();
        }
        if (onTeam(caller.id(), courseId)) {
            return Optional.of(Basis.TEAM);
        }
        if (citizenOfCourse(courseId).isEmpty() || erased(courseId)) {
            // An erased course is gone: read, it is not found; changed, it refuses (course-erased).
            return Optional.of(Basis.NO_SUCH_COURSE);
        }
        return emergencies.reasonInForce(caller.id(), courseId).map(reason -> Basis.EMERGENCY);
    }

    /** Why the young person or their guardian may see this course, if they may. */
    public Optional<Basis> asCitizen(Caller caller, UUID courseId) {
        Optional<UUID> citizen = citizenOfCourse(courseId);
        if (citizen.isEmpty()) {
            return Optional.empty();
        }
        if (caller.has(Role.YOUNG_PERSON) && citizen.get().equals(caller.id())) {
            return Optional.of(Basis.OWN);
        }
        if (caller.has(Role.GUARDIAN) && caller.guardianOf().contains(citizen.get())) {
            return Optional.of(Basis.GUARDIAN);
        }
        return Optional.empty();
    }

    private boolean erased(UUID courseId) {
        return jdbc.sql("SELECT count(*) FROM course_citizen WHERE course_id = ? AND erased_at IS NOT NULL").param(courseId)
                .query(Long.class).single() > 0;
    }

    /** Every course of the young person, open or closed. */
    public Set<UUID> coursesOf(UUID citizenId) {
        return Set.copyOf(jdbc.sql("SELECT course_id FROM course_citizen WHERE citizen_id = ?").param(citizenId)
                .query(UUID.class).list());
    }

    /** The young person whose course it is; empty if there is no such course. */
    @Override
    public Optional<UUID> citizenOfCourse(UUID courseId) {
        return jdbc.sql("SELECT citizen_id FROM course_citizen WHERE course_id = ?").param(courseId)
                .query(UUID.class).optional();
    }

    /**
     * The courses a list may show this caller: an intake worker all of them (before a course is
     * offered they must see whether the young person already has one), a professional those they
     * work on, the young person their own, a guardian their wards'.
     */
    public PagedQuery.Condition visibleCourses(Caller caller) {
        if (caller.has(Role.INTAKE_WORKER)) {
            return new PagedQuery.Condition("TRUE", Map.of());
        }
        List<String> any = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("caller", caller.id());
        params.put("now", Timestamp.from(clock.instant()));
        if (caller.hasAny(Role.CASEWORKER, Role.TEAM_MEMBER)) {
            any.add("course_id IN (SELECT course_id FROM course_access WHERE person_id = :caller)");
            any.add("course_id IN (SELECT course_id FROM emergency_access WHERE person_id = :caller AND expires_at > :now)");
        }
        if (caller.has(Role.YOUNG_PERSON)) {
            any.add("citizen_id = :caller");
        }
        if (caller.has(Role.GUARDIAN) && !caller.guardianOf().isEmpty()) {
            any.add("citizen_id = ANY(:wards)");
            params.put("wards", caller.guardianOf().toArray(UUID[]::new));
        }
        return new PagedQuery.Condition(any.isEmpty() ? "FALSE" : String.join(" OR ", any), params);
    }

    private boolean onTeam(UUID personId, UUID courseId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM course_access WHERE course_id = ? AND person_id = ?)")
                .params(courseId, personId).query(Boolean.class).single();
    }
}
