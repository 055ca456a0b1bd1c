package dk.sammen.plans.access;

import dk.sammen.plans.course.CourseEvents;
import dk.sammen.plans.course.CourseOpened;
import dk.sammen.plans.team.TeamEvents.TeamMemberAdded;
import dk.sammen.plans.team.TeamEvents.TeamMemberRemoved;
import dk.sammen.plans.team.TeamEvents.TovholderAssigned;
import dk.sammen.platform.security.CallerOnCommands;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.UUID;

/**
 * Who is on each course's team, for the need-to-know decisions, and whose course it is. Subscribing: kept in the
 * transaction of the command that changes the team, so a new member can work at once and a
 * removed one is shut out at once.
 */
@Component
@ProcessingGroup(CourseTeamAccess.PROCESSING_GROUP)
class CourseTeamAccess {

    static final String PROCESSING_GROUP = "course-access";

    private final JdbcClient jdbc;

    CourseTeamAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The caseworker who offers the course may compose its team until a tovholder takes it on. */
    @EventHandler
    void on(CourseOpened event, @MetaDataValue(CallerOnCommands.USER_ID) String openedBy) {
        jdbc.sql("INSERT INTO course_citizen (course_id, citizen_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(event.courseId(), event.citizenId()).update();
        if (openedBy != null) {
            grant(event.courseId(), UUID.fromString(openedBy), "OPENER");
        }
    }

    /** When the course closed: erasure after the retention period counts from the last one. */
    @EventHandler
    void on(CourseEvents.CourseClosed event) {
        jdbc.sql("UPDATE course_citizen SET closed_at = ? WHERE course_id = ?")
                .params(Timestamp.from(event.closedAt()), event.courseId()).update();
    }

    @EventHandler
    void on(TovholderAssigned event) {
        jdbc.sql("DELETE FROM course_access WHERE course_id = ? AND kind IN ('OPENER', 'TOVHOLDER')")
                .param(event.courseId()).update();
        grant(event.courseId(), event.tovholderId(), "TOVHOLDER");
    }

    @EventHandler
    void on(TeamMemberAdded event) {
        grant(event.courseId(), event.memberId(), "MEMBER");
    }

    @EventHandler
    void on(TeamMemberRemoved event) {
        jdbc.sql("DELETE FROM course_access WHERE course_id = ? AND person_id = ? AND kind = 'MEMBER'")
                .params(event.courseId(), event.memberId()).update();
    }

    /**
     * An erased course is no one's to see any more, not even by breaking the glass: grants end
     * then (and stay in the centre leaders' report of who broke the glass).
     */
    @EventHandler
    void on(CourseEvents.CourseErased event) {
        jdbc.sql("UPDATE course_citizen SET erased_at = ? WHERE course_id = ?").params(Timestamp.from(event.erasedAt()), event.courseId()).update();
        jdbc.sql("DELETE FROM course_access WHERE course_id = ?").param(event.courseId()).update();
        jdbc.sql("UPDATE emergency_access SET expires_at = ? WHERE course_id = ? AND expires_at > ?")
                .params(Timestamp.from(event.erasedAt()), event.courseId(), Timestamp.from(event.erasedAt())).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM course_access").update();
        jdbc.sql("DELETE FROM course_citizen").update();
    }

    private void grant(UUID courseId, UUID personId, String kind) {
        jdbc.sql("INSERT INTO course_access (course_id, person_id, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(courseId, personId, kind).update();
    }
}
