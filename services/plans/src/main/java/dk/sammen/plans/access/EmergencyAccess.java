package dk.sammen.plans.access;

import dk.sammen.plans.task.TaskBoard;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.readmodel.PagedQuery;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.UnknownIdException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Break-the-glass: a caseworker who is not on a course's team may open it in an emergency, stating
 * why (a category and the circumstances). The grant reads, it does not change; it lasts a limited
 * time; the same person asking again for the same course within the renewal window needs a
 * centre leader to approve it; every request made with it is audited with the reason; the
 * course's tovholder is told at once (a task to review it) and sees it on their worklist, and the
 * data-protection officer and centre leaders in a report.
 */
@Component
public class EmergencyAccess {

    /** A grant as the report shows it. */
    public record Grant(UUID grantId, UUID courseId, @Nullable UUID personId, String roles, @Nullable EmergencyCategory category,
                        String reason, Instant grantedAt, Instant expiresAt, @Nullable UUID approvedBy) {
    }

    public static final String RENEWAL_NEEDS_APPROVAL = "renewal-needs-approval";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration duration;
    private final Duration renewalWindow;
    private final TaskBoard tasks;

    EmergencyAccess(JdbcClient jdbc, Clock clock, TaskBoard tasks,
                    @Value("${sammen.plans.emergency-access.duration:PT1H}") Duration duration,
                    @Value("${sammen.plans.emergency-access.renewal-window:PT24H}") Duration renewalWindow) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.duration = duration;
        this.renewalWindow = renewalWindow;
        this.tasks = tasks;
    }

    /**
     * Grants the caller access to the course for the configured time; a course that does not exist
     * is a 404. Asked again within the renewal window, it needs a centre leader ({@link #approveRenewal}).
     */
    @Transactional
    public Grant grant(Caller caller, UUID courseId, EmergencyCategory category, String reason) {
        Instant now = clock.instant();
        Long recent = jdbc.sql("SELECT count(*) FROM emergency_access WHERE person_id = ? AND course_id = ? AND granted_at > ?")
                .params(caller.id(), courseId, Timestamp.from(now.minus(renewalWindow))).query(Long.class).single();
        if (recent > 0) {
            throw new DomainRuleViolation(RENEWAL_NEEDS_APPROVAL, "You broke the glass on this course within the last "
                    + renewalWindow.toHours() + " hours: a centre leader approves another grant "
                    + "(POST /emergency-accesses/{grantId}/renewal), or the tovholder puts you on the team");
        }
        return insert(new Grant(UUID.randomUUID(), courseId, caller.id(), caller.roleClaims(), category, reason, now,
                now.plus(duration), null));
    }

    /** A centre leader, a second person, lets the grantee of an earlier grant break the glass again, for the same reason. */
    @Transactional
    public Grant approveRenewal(Caller leader, UUID grantId) {
        Grant earlier = jdbc.sql("SELECT * FROM emergency_access WHERE grant_id = ?").param(grantId).query(row()).optional()
                .orElseThrow(() -> new UnknownIdException("grantId", grantId));
        if (Objects.equals(earlier.personId(), leader.id())) {
            throw new DomainRuleViolation("second-person-approves", "A renewal is approved by someone other than the one it is for");
        }
        Instant now = clock.instant();
        return insert(new Grant(UUID.randomUUID(), earlier.courseId(), earlier.personId(), earlier.roles(), earlier.category(),
                earlier.reason(), now, now.plus(duration), leader.id()));
    }

    private Grant insert(Grant grant) {
        int granted = jdbc.sql("""
                        INSERT INTO emergency_access (grant_id, course_id, person_id, roles, category, reason, granted_at, expires_at,
                                                      approved_by)
                        SELECT ?, course_id, ?, ?, ?, ?, ?, ?, ? FROM course_citizen WHERE course_id = ? AND erased_at IS NULL""")
                .params(grant.grantId(), grant.personId(), grant.roles(), grant.category() == null ? null : grant.category().name(),
                        grant.reason(), Timestamp.from(grant.grantedAt()), Timestamp.from(grant.expiresAt()), grant.approvedBy(),
                        grant.courseId())
                .update();
        if (granted == 0) {
            throw new UnknownIdException("courseId", grant.courseId());
        }
        tasks.brokeTheGlass(grant.courseId(), grant.grantId(), grant.grantedAt());
        return grant;
    }

    /** The grants on these courses since {@code since}, newest first: what a tovholder is shown. */
    public List<Grant> onCourses(Collection<UUID> courseIds, Instant since) {
        return jdbc.sql("SELECT * FROM emergency_access WHERE course_id = ANY(?) AND granted_at > ? ORDER BY granted_at DESC, grant_id")
                .params(courseIds.toArray(UUID[]::new), Timestamp.from(since)).query(row()).list();
    }

    /**
     * What the audit trail records as the reason of a read through the caller's grant in force on
     * this course, if one is: the grant and its category, never the circumstances in free text.
     * The append-only trail can never be erased; the grant's text can, with the course.
     */
    public java.util.Optional<String> auditReasonInForce(UUID personId, UUID courseId) {
        return jdbc.sql("""
                        SELECT grant_id, category FROM emergency_access WHERE person_id = ? AND course_id = ? AND expires_at > ?
                        ORDER BY expires_at DESC LIMIT 1""")
                .params(personId, courseId, Timestamp.from(clock.instant()))
                .query((rs, n) -> "break-the-glass grant " + rs.getObject("grant_id", UUID.class)
                        + (rs.getString("category") == null ? "" : " (" + rs.getString("category") + ")"))
                .optional();
    }

    /** Every grant, newest first, optionally of one person. */
    public PageResponse<Grant> report(@Nullable UUID personId, PageQuery page) {
        return PagedQuery.page(jdbc, "emergency_access", personId == null ? Map.of() : Map.of("person_id", personId),
                "granted_at DESC, grant_id", row(), page);
    }

    private static RowMapper<Grant> row() {
        return (rs, n) -> new Grant(rs.getObject("grant_id", UUID.class), rs.getObject("course_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getString("roles"),
                rs.getString("category") == null ? null : EmergencyCategory.valueOf(rs.getString("category")), rs.getString("reason"),
                rs.getTimestamp("granted_at").toInstant(), rs.getTimestamp("expires_at").toInstant(), rs.getObject("approved_by", UUID.class));
    }
}
