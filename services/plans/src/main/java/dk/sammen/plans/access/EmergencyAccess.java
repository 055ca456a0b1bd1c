package dk.sammen.plans.access;

import dk.sammen.platform.security.Caller;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.UnknownIdException;
import dk.sammen.platform.readmodel.PagedQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Break-the-glass: a professional who is not on a course's team may open it in an emergency,
 * stating why. The grant lasts a limited time, every request made with it is audited with the
 * reason, and the data-protection officer and centre leaders see every grant in a report.
 */
@Component
public class EmergencyAccess {

    /** A grant as the report shows it. */
    public record Grant(UUID grantId, UUID courseId, UUID personId, String roles, String reason, Instant grantedAt,
                        Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration duration;

    EmergencyAccess(JdbcClient jdbc, Clock clock,
                    @Value("${sammen.plans.emergency-access.duration:PT1H}") Duration duration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.duration = duration;
    }

    /** Grants the caller access to the course for the configured time; a course that does not exist is a 404. */
    public Grant grant(Caller caller, UUID courseId, String reason) {
        Instant now = clock.instant();
        Grant grant = new Grant(UUID.randomUUID(), courseId, caller.id(), caller.roleClaims(), reason, now, now.plus(duration));
        int granted = jdbc.sql("""
                        INSERT INTO emergency_access (grant_id, course_id, person_id, roles, reason, granted_at, expires_at)
                        SELECT ?, course_id, ?, ?, ?, ?, ? FROM course_citizen WHERE course_id = ?""")
                .params(grant.grantId(), grant.personId(), grant.roles(), grant.reason(),
                        Timestamp.from(grant.grantedAt()), Timestamp.from(grant.expiresAt()), courseId)
                .update();
        if (granted == 0) {
            throw new UnknownIdException("courseId", courseId);
        }
        return grant;
    }

    /** The reason of the caller's grant for this course that is in force, if one is. */
    public java.util.Optional<String> reasonInForce(UUID personId, UUID courseId) {
        return jdbc.sql("""
                        SELECT reason FROM emergency_access WHERE person_id = ? AND course_id = ? AND expires_at > ?
                        ORDER BY expires_at DESC LIMIT 1""")
                .params(personId, courseId, Timestamp.from(clock.instant())).query(String.class).optional();
    }

    /** Every grant, newest first, optionally of one person. */
    public PageResponse<Grant> report(UUID personId, PageQuery page) {
        return PagedQuery.page(jdbc, "emergency_access", personId == null ? Map.of() : Map.of("person_id", personId),
                "granted_at DESC, grant_id", row(), page);
    }

    private static RowMapper<Grant> row() {
        return (rs, n) -> new Grant(rs.getObject("grant_id", UUID.class), rs.getObject("course_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getString("roles"), rs.getString("reason"),
                rs.getTimestamp("granted_at").toInstant(), rs.getTimestamp("expires_at").toInstant());
    }
}
