package dk.sammen.plans.access;

import dk.sammen.platform.aktindsigt.OwnRecordAccess;
import dk.sammen.platform.audit.AuditSubjects;
import dk.sammen.platform.domain.Denmark;
import dk.sammen.platform.readmodel.PagedQuery;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Decisions;
import dk.sammen.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
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
 * who offered it) and, for a member, only while the course's consents cover their centre
 * ({@link dk.sammen.plans.kernel.Consents#cover}); or through a break-the-glass grant that has
 * not expired. The young person sees their own course, a guardian their ward's.
 */
@Component
public class CourseAccess implements AuditSubjects {

    /**
     * How a caller came to see a course; the audit trail records it. A professional asking for a
     * course that does not exist is let through to be told so (404): there is nothing to protect.
     */
    public enum Basis { TEAM, EMERGENCY, OWN, GUARDIAN, NO_SUCH_COURSE, TAKING_ON }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final EmergencyAccess emergencies;

    CourseAccess(JdbcClient jdbc, Clock clock, EmergencyAccess emergencies) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.emergencies = emergencies;
    }

    /**
     * Why someone may see a course; {@code emergencyReason} names the break-the-glass grant it
     * rests on, read with the grant in one go so the audit never records one without the other.
     */
    public record Access(Basis basis, @Nullable String emergencyReason) {
        static Access of(Basis basis) {
            return new Access(basis, null);
        }
    }

    /**
     * A member on the team whose centre the consents cover: as the young person is on
     * {@code :today}, a minor or of age. The tovholder and the one who offered the course are
     * covered by their own centre's basis ({@link dk.sammen.plans.kernel.Consents}).
     */
    private static final String COVERED_ON_TEAM_FROM = """
            FROM course_access a JOIN course_citizen c USING (course_id)
            WHERE a.person_id = :caller AND (a.kind <> 'MEMBER'
                  OR CASE WHEN c.of_age_on IS NULL OR :today >= c.of_age_on THEN a.covered_as_adult ELSE a.covered_as_minor END)""";

    private static final String COVERED_ON_TEAM = "SELECT a.course_id " + COVERED_ON_TEAM_FROM;

    /** Why a professional may work on this course, if they may. */
    public Optional<Access> asProfessional(Caller caller, UUID courseId) {
        if (caller.id() == null || !caller.hasAny(Role.CASEWORKER, Role.TEAM_MEMBER)) {
            return Optional.empty();
        }
        Optional<UUID> onTeam = citizenOfCourseCoveredOnTeam(caller.id(), courseId);
        if (onTeam.isPresent()) {
            AuditSubjects.courseOf(courseId, onTeam.get());
            return Optional.of(Access.of(Basis.TEAM));
        }
        if (citizenOfCourse(courseId).isEmpty() || erased(courseId)) {
            // An erased course is gone: read, it is not found; changed, it refuses (course-erased).
            return Optional.of(Access.of(Basis.NO_SUCH_COURSE));
        }
        return emergencies.auditReasonInForce(caller.id(), courseId).map(reason -> new Access(Basis.EMERGENCY, reason));
    }

    /**
     * Who may have a young person's own record (aktindsigt): the platform's rule
     * ({@link OwnRecordAccess}), with the birth date from the register. A person not registered
     * is let through to the officer to be told so (404).
     */
    public Optional<String> ownRecord(Caller caller, UUID citizenId) {
        return OwnRecordAccess.basis(caller, citizenId, id -> jdbc.sql("SELECT birth_date FROM citizen_view WHERE citizen_id = ?")
                .param(id).query(LocalDate.class).optional(), clock);
    }

    /**
     * Whether the access decision let the caller in as the young person or their guardian, who
     * read only what the team shared with the young person (journal notes, documents).
     */
    public static boolean readsOnlyWhatIsShared(HttpServletRequest request) {
        Object basis = request.getAttribute(Decisions.BASIS);
        return Basis.OWN.name().equals(basis) || Basis.GUARDIAN.name().equals(basis);
    }

    /**
     * A course no one holds — opened on intake's decision, with no tovholder and no caseworker
     * who offered it — waits in the queue of the centre where it was first met: a caseworker or
     * centre leader of that centre may take it on by assigning its tovholder. Nothing else of it
     * opens to them, and nothing of it to another centre.
     */
    public Optional<Access> toTakeOn(Caller caller, UUID courseId) {
        if (caller.id() == null || caller.centre() == null || !caller.hasAny(Role.CASEWORKER, Role.CENTRE_LEADER)) {
            return Optional.empty();
        }
        Optional<UUID> citizen = citizenOfCourse(courseId);
        if (citizen.isEmpty()) {
            return Optional.of(Access.of(Basis.NO_SUCH_COURSE));
        }
        boolean waitsForCaller = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM course_citizen WHERE course_id = :course AND closed_at IS NULL AND erased_at IS NULL
                                           AND first_contact_centre = :centre)
                            AND NOT EXISTS (SELECT 1 FROM course_access WHERE course_id = :course AND kind IN ('OPENER', 'TOVHOLDER'))""")
                .param("course", courseId).param("centre", caller.centre()).query(Boolean.class).single();
        if (!waitsForCaller) {
            return Optional.empty();
        }
        AuditSubjects.courseOf(courseId, citizen.get());
        return Optional.of(Access.of(Basis.TAKING_ON));
    }

    /**
     * Why a professional may read a registered person's record (name, contact details, birth
     * date, situation): intake, whose work is every young person; a professional on the team of
     * a course of the person or of someone in their family (the young person's team calls the
     * parents). A person not registered is let through to be told so (404).
     */
    public Optional<String> aboutPerson(Caller caller, UUID citizenId) {
        if (caller.has(Role.INTAKE_WORKER)) {
            return Optional.of("INTAKE");
        }
        if (caller.id() == null || !caller.hasAny(Role.CASEWORKER, Role.TEAM_MEMBER)) {
            return Optional.empty();
        }
        if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM citizen_view WHERE citizen_id = ?)").param(citizenId).query(Boolean.class).single()) {
            return Optional.of("NO_SUCH_PERSON");
        }
        boolean onTeam = jdbc.sql("SELECT EXISTS (" + COVERED_ON_TEAM + """
                         AND c.citizen_id IN (SELECT CAST(:person AS uuid)
                                              UNION SELECT related_citizen_id FROM family_relation WHERE citizen_id = :person))""")
                .param("caller", caller.id()).param("today", today()).param("person", citizenId).query(Boolean.class).single();
        return onTeam ? Optional.of(Basis.TEAM.name()) : Optional.empty();
    }

    /**
     * A break-the-glass grant in force on one of the person's own courses: whoever opens a course
     * in an emergency may read whom it is about, audited with the course and the grant, not
     * change them nor see their family.
     */
    public Optional<Access> aboutPersonUnderAGrant(Caller caller, UUID citizenId) {
        if (caller.id() == null || !caller.has(Role.CASEWORKER)) {
            return Optional.empty();
        }
        for (UUID courseId : jdbc.sql("SELECT course_id FROM course_citizen WHERE citizen_id = ?").param(citizenId).query(UUID.class).list()) {
            Optional<String> reason = emergencies.auditReasonInForce(caller.id(), courseId);
            if (reason.isPresent()) {
                AuditSubjects.courseOf(courseId, citizenId);
                return Optional.of(new Access(Basis.EMERGENCY, reason.get()));
            }
        }
        return Optional.empty();
    }

    /** Why the young person or their guardian may see this course, if they may. */
    public Optional<Access> asCitizen(Caller caller, UUID courseId) {
        Optional<UUID> citizen = citizenOfCourse(courseId);
        if (citizen.isEmpty()) {
            return Optional.empty();
        }
        AuditSubjects.courseOf(courseId, citizen.get());
        if (caller.has(Role.YOUNG_PERSON) && citizen.get().equals(caller.id())) {
            return Optional.of(Access.of(Basis.OWN));
        }
        if (caller.has(Role.GUARDIAN) && caller.guardianOf().contains(citizen.get())) {
            return Optional.of(Access.of(Basis.GUARDIAN));
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
     * The courses a list may show this caller: a professional those they work on, the young
     * person their own, a guardian their wards'. Intake sees none: what it needs to know, that a
     * young person has a course and who holds it, is {@code GET /citizens/{citizenId}/open-courses}.
     */
    public PagedQuery.Condition visibleCourses(Caller caller) {
        List<String> any = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("caller", caller.id());
        params.put("now", Timestamp.from(clock.instant()));
        if (caller.hasAny(Role.CASEWORKER, Role.TEAM_MEMBER)) {
            params.put("today", today());
            any.add("course_id IN (" + COVERED_ON_TEAM + ")");
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

    /** Whose course it is, if the person is on its team and covered: need-to-know and the audit's subject in one look-up. */
    private Optional<UUID> citizenOfCourseCoveredOnTeam(UUID personId, UUID courseId) {
        return jdbc.sql("SELECT c.citizen_id " + COVERED_ON_TEAM_FROM + " AND a.course_id = :course LIMIT 1")
                .param("caller", personId).param("today", today()).param("course", courseId).query(UUID.class).optional();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Denmark.ZONE);
    }
}
