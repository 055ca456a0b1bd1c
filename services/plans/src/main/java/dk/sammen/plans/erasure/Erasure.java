package dk.sammen.plans.erasure;

import dk.sammen.events.plans.ErasureBasis;
import dk.sammen.plans.access.CourseAccess;
import dk.sammen.plans.citizen.EraseCitizen;
import dk.sammen.plans.course.CourseCommands;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Erasing a young person: on request (the data-protection officer, where the law allows), and by
 * itself once {@code sammen.plans.retention-after-close} (default five years) has passed since the
 * last of their courses closed, or {@code sammen.plans.retention-without-course} (two years) since
 * the registration of someone who never had a course.
 */
@Component
public class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    private final CommandGateway commands;
    private final CourseAccess courses;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Period retention;
    private final Period withoutCourse;

    Erasure(CommandGateway commands, CourseAccess courses, JdbcClient jdbc, Clock clock,
            @Value("${sammen.plans.retention-after-close:P5Y}") Period retention,
            @Value("${sammen.plans.retention-without-course:P2Y}") Period withoutCourse) {
        this.commands = commands;
        this.courses = courses;
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
        this.withoutCourse = withoutCourse;
    }

    /**
     * The courses are closed for good first (no command, no deadline, no team access), then the
     * personal data goes: an erasure cut off between the two is done again whole, since closing
     * an erased course again changes nothing.
     */
    public void erase(UUID citizenId, ErasureBasis basis) {
        Set<UUID> courseIds = courses.coursesOf(citizenId);
        courseIds.forEach(courseId -> commands.sendAndWait(new CourseCommands.EraseCourse(courseId)));
        commands.sendAndWait(new EraseCitizen(citizenId, courseIds, basis));
    }

    /**
     * Erases everyone whose every course closed longer ago than the retention period, and everyone
     * registered longer ago than {@code sammen.plans.retention-without-course} (default two years)
     * who never had a course and is no relative of anyone whose course is still kept (a parent
     * registered for a child's course stays as long as the child's course). One person whose
     * erasure fails is left for the next run and does not stop the others.
     *
     * @return how many were erased
     */
    public int eraseThoseDue() {
        Instant now = clock.instant();
        Timestamp closedBefore = Timestamp.from(now.atZone(ZoneOffset.UTC).minus(retention).toInstant());
        Timestamp registeredBefore = Timestamp.from(now.atZone(ZoneOffset.UTC).minus(withoutCourse).toInstant());
        List<UUID> due = jdbc.sql("""
                        SELECT citizen_id FROM course_citizen
                        WHERE citizen_id NOT IN (SELECT citizen_id FROM erasure)
                        GROUP BY citizen_id
                        HAVING bool_and(closed_at IS NOT NULL AND closed_at < ?)
                        UNION
                        SELECT v.citizen_id FROM citizen_view v
                        WHERE v.registered_at < ?
                          AND v.citizen_id NOT IN (SELECT citizen_id FROM erasure)
                          AND NOT EXISTS (SELECT 1 FROM course_citizen c WHERE c.citizen_id = v.citizen_id)
                          AND NOT EXISTS (SELECT 1 FROM family_relation r JOIN course_citizen c ON c.citizen_id = r.related_citizen_id
                                          WHERE r.citizen_id = v.citizen_id AND c.erased_at IS NULL)""")
                .params(closedBefore, registeredBefore).query(UUID.class).list();
        int erased = 0;
        for (UUID citizenId : due) {
            try {
                erase(citizenId, ErasureBasis.RETENTION);
                erased++;
            } catch (RuntimeException failed) {
                log.error("Could not erase {} after the retention period; tried again next hour: {}", citizenId, failed.toString());
            }
        }
        return erased;
    }
}
