package dk.sammen.platform.coursefacts;

import dk.sammen.events.Centre;
import dk.sammen.platform.audit.AuditSubjects;
import dk.sammen.platform.security.AccessRefused;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Need-to-know about a course in a service other than plans: whose course it is, who works on it
 * and what its consents cover, as plans publishes them ({@link CourseFactsFromPlans}). The rule
 * of who works on a course is plans' own (the {@code course_fact_worker} view): a team member
 * from the tovholder's centre, any other while the consent covers them; a withdrawal shuts them
 * out as soon as its event arrives here.
 */
public class CourseFacts implements AuditSubjects {

    private static final String YOUNG_PERSON = "YOUNG_PERSON";

    private final JdbcClient jdbc;

    CourseFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> citizenOfCourse(UUID courseId) {
        return jdbc.sql("SELECT citizen_id FROM course_fact WHERE course_id = ? AND citizen_id IS NOT NULL").param(courseId)
                .query(UUID.class).optional();
    }

    /** Whether the caller is a professional on the course's team whom the consent (or their own centre's basis) lets work on it. */
    public boolean worksOn(Caller caller, UUID courseId) {
        return professional(caller) && jdbc.sql("SELECT EXISTS (SELECT 1 FROM course_fact_worker WHERE course_id = ? AND person_id = ?)")
                .params(courseId, caller.id()).query(Boolean.class).single();
    }

    /**
     * Refuses the current caller unless they work on the course ({@link #worksOn}).
     *
     * @param act what only the course's team does, for the refusal's words, e.g. "posts a need for its young person"
     */
    public void requireWorksOn(UUID courseId, String act) {
        Caller caller = Caller.current().orElseThrow(() -> new AccessRefused("A valid token is needed"));
        if (!worksOn(caller, courseId)) {
            throw new AccessRefused("Only the course's team, as its consent covers it, " + act);
        }
    }

    /** Whether the caller works on a course of this young person. */
    public boolean worksWith(Caller caller, UUID citizenId) {
        return professional(caller) && jdbc.sql("SELECT EXISTS (SELECT 1 FROM course_fact_worker WHERE citizen_id = ? AND person_id = ?)")
                .params(citizenId, caller.id()).query(Boolean.class).single();
    }

    /** The young people on whose courses the caller works. */
    public Set<UUID> youngPeopleOf(Caller caller) {
        if (!professional(caller)) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT DISTINCT citizen_id FROM course_fact_worker WHERE person_id = ? AND citizen_id IS NOT NULL")
                .param(caller.id()).query(UUID.class).list());
    }

    /**
     * The course's young person and the centres every consent in force names; empty when the young
     * person's own consent is not among them (a guardian's, given while they were a minor, never
     * stands in for it). What the course's young person may be sent to or shared with.
     */
    public Optional<CourseConsent> consentOf(UUID courseId) {
        List<Set<Centre>> consents = jdbc.sql("""
                        SELECT shared_with FROM course_fact_consent k WHERE course_id = ?
                        AND EXISTS (SELECT 1 FROM course_fact_consent own WHERE own.course_id = k.course_id AND own.party = ?)""")
                .params(courseId, YOUNG_PERSON)
                .query((rs, n) -> {
                    Set<Centre> centres = EnumSet.noneOf(Centre.class);
                    Arrays.stream((String[]) rs.getArray("shared_with").getArray()).forEach(c -> centres.add(Centre.valueOf(c)));
                    return centres;
                })
                .list();
        Optional<UUID> citizenId = citizenOfCourse(courseId);
        if (consents.isEmpty() || citizenId.isEmpty()) {
            return Optional.empty();
        }
        Set<Centre> shared = EnumSet.allOf(Centre.class);
        consents.forEach(shared::retainAll);
        return Optional.of(new CourseConsent(citizenId.get(), shared));
    }

    private static boolean professional(Caller caller) {
        return caller.id() != null && caller.hasAny(Role.CASEWORKER, Role.TEAM_MEMBER);
    }

    /** @param sharedWith the centres every consent in force names */
    public record CourseConsent(UUID citizenId, Set<Centre> sharedWith) {
        public CourseConsent {
            sharedWith = Set.copyOf(sharedWith);
        }
    }
}
