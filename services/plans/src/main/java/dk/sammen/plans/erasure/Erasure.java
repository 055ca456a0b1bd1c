package dk.sammen.plans.erasure;

import dk.sammen.events.plans.ErasureBasis;
import dk.sammen.plans.access.CourseAccess;
import dk.sammen.plans.course.CourseCommands;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Erasing a young person: on request (the data-protection officer, where the law allows), and by
 * itself once {@code sammen.plans.retention-after-close} (default five years) has passed since the
 * last of their courses closed.
 */
@Component
public class Erasure {

    private final CommandGateway commands;
    private final CourseAccess courses;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Period retention;

    Erasure(CommandGateway commands, CourseAccess courses, JdbcClient jdbc, Clock clock,
            @Value("${sammen.plans.retention-after-close:P5Y}") Period retention) {
        this.commands = commands;
        this.courses = courses;
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
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

    /** Erases everyone whose every course closed longer ago than the retention period; returns how many. */
    public int eraseThoseDue() {
        Timestamp cutoff = Timestamp.from(clock.instant().atZone(ZoneOffset.UTC).minus(retention).toInstant());
        List<UUID> due = jdbc.sql("""
                        SELECT citizen_id FROM course_citizen
                        WHERE citizen_id NOT IN (SELECT citizen_id FROM erasure)
                        GROUP BY citizen_id
                        HAVING bool_and(closed_at IS NOT NULL AND closed_at < ?)""")
                .param(cutoff).query(UUID.class).list();
        due.forEach(citizenId -> erase(citizenId, ErasureBasis.RETENTION));
        return due.size();
    }
}
