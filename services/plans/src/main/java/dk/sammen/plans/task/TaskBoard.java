package dk.sammen.plans.task;

import dk.sammen.events.plans.TransitionKind;
import dk.sammen.plans.citizen.CitizenErased;
import dk.sammen.plans.course.CourseEvents;
import dk.sammen.plans.course.CourseOpened;
import dk.sammen.plans.course.FirstContact;
import dk.sammen.plans.courseoffer.CourseOfferEvents;
import dk.sammen.plans.meeting.MeetingEvents;
import dk.sammen.plans.team.TeamEvents;
import dk.sammen.plans.transition.TransitionEvents;
import dk.sammen.platform.domain.Denmark;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.security.CallerOnCommands;
import dk.sammen.platform.web.UnknownIdException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tasks of every course, kept from the event store by the tracking processor {@code tasks}
 * (replayable: a task's id follows from its kind and what it is about, so a replay raises the
 * same tasks). A task goes to the course's tovholder — until there is one, to the caseworker who
 * offered the course, and for a course opened on intake's decision to the queue — and follows
 * the course when it is handed over. Each assignment is a notification for the assignee.
 * Intake's news about the young person ({@link TaskKind#READ_UNDERRETNING}) is raised by the
 * course-request consumer, not from the event store, so a replay keeps those tasks as they are.
 */
@Component
@ProcessingGroup(TaskBoard.PROCESSING_GROUP)
public class TaskBoard {

    static final String PROCESSING_GROUP = "tasks";

    /** The longest the team goes between meetings (principle 6: typically every 6–12 weeks). */
    static final Duration LONGEST_MEETING_INTERVAL = Duration.ofDays(7 * 12);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final FirstContact firstContact;

    TaskBoard(JdbcClient jdbc, Clock clock, FirstContact firstContact) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.firstContact = firstContact;
    }

    @EventHandler
    void on(CourseOpened event, @MetaDataValue(CallerOnCommands.USER_ID) @Nullable String openedBy,
            @MetaDataValue(CallerOnCommands.USER_CENTRE) @Nullable String openersCentre) {
        UUID opener = openedBy == null ? null : UUID.fromString(openedBy);
        // A task raised from outside the events (intake's news, a broken glass) may have put the course here first.
        jdbc.sql("""
                        INSERT INTO task_course (course_id, citizen_id, holder_id, first_contact_centre) VALUES (?, ?, ?, ?)
                        ON CONFLICT (course_id) DO UPDATE SET holder_id = coalesce(task_course.holder_id, excluded.holder_id),
                            first_contact_centre = coalesce(task_course.first_contact_centre, excluded.first_contact_centre)""")
                .params(event.courseId(), event.citizenId(), opener, firstContact.centreOf(openedBy, openersCentre).orElse(null)).update();
        raise(TaskKind.FIND_TOVHOLDER, event.courseId(), event.courseId(), null, event.openedAt());
    }

    @EventHandler
    void on(TeamEvents.TovholderAssigned event) {
        close(TaskKind.FIND_TOVHOLDER, event.courseId(), event.assignedAt());
        jdbc.sql("UPDATE task_course SET holder_id = ? WHERE course_id = ?").params(event.tovholderId(), event.courseId()).update();
        // The course's open tasks follow it to its new tovholder: those there at the handover (in a replay, a task
        // kept through it and raised later stays with whoever holds it now).
        List<UUID> moved = jdbc.sql("""
                        UPDATE task SET assignee_id = ? WHERE course_id = ? AND closed_at IS NULL AND raised_at <= ?
                        AND assignee_id IS DISTINCT FROM ? RETURNING task_id""")
                .params(event.tovholderId(), event.courseId(), Timestamp.from(event.assignedAt()), event.tovholderId())
                .query(UUID.class).list();
        moved.forEach(taskId -> notify(taskId, event.tovholderId(), event.assignedAt()));
    }

    /** From the course's start, the team meets at least every 12 weeks (principle 6). */
    @EventHandler
    void on(CourseEvents.CourseActivated event) {
        nextMeetingDue(event.courseId(), event.courseId(), event.activatedAt());
    }

    @EventHandler
    void on(MeetingEvents.MeetingScheduled event) {
        raise(TaskKind.HOLD_MEETING, event.courseId(), event.meetingId(), Denmark.dayOf(event.scheduledFor()), event.scheduledAt());
        jdbc.sql("""
                        UPDATE task SET closed_at = ? WHERE course_id = ? AND kind = ? AND closed_at IS NULL AND due_on >= ?""")
                .params(Timestamp.from(event.scheduledAt()), event.courseId(), TaskKind.SCHEDULE_NEXT_MEETING.name(),
                        Date.valueOf(Denmark.dayOf(event.scheduledFor())))
                .update();
    }

    @EventHandler
    void on(MeetingEvents.MeetingHeld event) {
        close(TaskKind.HOLD_MEETING, event.meetingId(), event.heldAt());
        nextMeetingDue(event.courseId(), event.meetingId(), event.heldAt());
    }

    /**
     * The next meeting is due within 12 weeks of {@code lastMet}: unless one is scheduled in
     * that interval already, the holder schedules one. The previous interval's task is replaced.
     */
    private void nextMeetingDue(UUID courseId, UUID lastMeetingId, Instant lastMet) {
        jdbc.sql("UPDATE task SET closed_at = ? WHERE course_id = ? AND kind = ? AND closed_at IS NULL")
                .params(Timestamp.from(lastMet), courseId, TaskKind.SCHEDULE_NEXT_MEETING.name()).update();
        LocalDate due = Denmark.dayOf(lastMet.plus(LONGEST_MEETING_INTERVAL));
        boolean scheduled = jdbc.sql("SELECT count(*) FROM task WHERE course_id = ? AND kind = ? AND closed_at IS NULL AND due_on <= ?")
                .params(courseId, TaskKind.HOLD_MEETING.name(), Date.valueOf(due)).query(Long.class).single() > 0;
        if (!scheduled) {
            raise(TaskKind.SCHEDULE_NEXT_MEETING, courseId, lastMeetingId, due, lastMet);
        }
    }

    @EventHandler
    void on(MeetingEvents.AgreementMade event) {
        raise(TaskKind.FOLLOW_UP_AGREEMENT, event.courseId(), event.agreementId(), event.dueDate(), event.madeAt());
    }

    @EventHandler
    void on(MeetingEvents.AgreementFollowedUp event) {
        close(TaskKind.FOLLOW_UP_AGREEMENT, event.agreementId(), event.followedUpAt());
    }

    @EventHandler
    void on(CourseOfferEvents.DoubleOfferWarningRaised event) {
        raise(TaskKind.ACKNOWLEDGE_DOUBLE_OFFER, event.courseId(), event.warningId(), Denmark.dayOf(event.raisedAt()), event.raisedAt());
    }

    @EventHandler
    void on(CourseOfferEvents.DoubleOfferAcknowledged event) {
        close(TaskKind.ACKNOWLEDGE_DOUBLE_OFFER, event.warningId(), event.acknowledgedAt());
    }

    @EventHandler
    void on(TransitionEvents.AdultTransitionReminderRaised event) {
        boolean planned = jdbc.sql("SELECT adult_transition_planned FROM task_course WHERE course_id = ?").param(event.courseId())
                .query(Boolean.class).optional().orElse(false);
        if (!planned) {
            raise(TaskKind.PLAN_ADULT_TRANSITION, event.courseId(), event.courseId(), event.eighteenthBirthday(), event.raisedAt());
        }
    }

    @EventHandler
    void on(TransitionEvents.TransitionPlanned event) {
        raise(TaskKind.COMPLETE_TRANSITION, event.courseId(), event.transitionId(), event.plannedFor(), event.plannedAt());
        if (event.kind() == TransitionKind.CHILD_TO_ADULT) {
            jdbc.sql("UPDATE task_course SET adult_transition_planned = true WHERE course_id = ?").param(event.courseId()).update();
            close(TaskKind.PLAN_ADULT_TRANSITION, event.courseId(), event.plannedAt());
        }
    }

    @EventHandler
    void on(TransitionEvents.TransitionCompleted event) {
        close(TaskKind.COMPLETE_TRANSITION, event.transitionId(), event.completedAt());
    }

    /** Nothing is left to do on a closed course. */
    @EventHandler
    void on(CourseEvents.CourseClosed event) {
        jdbc.sql("UPDATE task_course SET closed = true WHERE course_id = ?").param(event.courseId()).update();
        jdbc.sql("UPDATE task SET closed_at = ? WHERE course_id = ? AND closed_at IS NULL")
                .params(Timestamp.from(event.closedAt()), event.courseId()).update();
    }

    @EventHandler
    void on(CitizenErased event) {
        UUID[] courses = event.courseIds().toArray(UUID[]::new);
        jdbc.sql("DELETE FROM task_notification WHERE course_id = ANY(?)").param(courses).update();
        jdbc.sql("DELETE FROM task WHERE course_id = ANY(?)").param(courses).update();
        jdbc.sql("DELETE FROM task_course WHERE course_id = ANY(?)").param(courses).update();
    }

    /**
     * A replay raises again what the course's events raise; the tasks raised from outside them
     * (intake's news, a broken glass) are kept as they are. The notifications stay: each person's
     * feed is what they were told, and the replay's notifications are the same ones (a task's id
     * and the moment follow from the events), so none is told twice.
     */
    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM task WHERE NOT kind = ANY(?)").param(TaskKind.notRaisedByCourseEvents()).update();
        jdbc.sql("DELETE FROM task_course").update();
    }

    /**
     * Intake decided on a new underretning about the young person of this course: its holder
     * reads it. Raised once per underretning, however often the decision is delivered.
     */
    public void informed(UUID courseId, UUID citizenId, UUID underretningId, Instant decidedAt) {
        jdbc.sql("INSERT INTO task_course (course_id, citizen_id) VALUES (?, ?) ON CONFLICT DO NOTHING").params(courseId, citizenId).update();
        raise(TaskKind.READ_UNDERRETNING, courseId, underretningId, Denmark.dayOf(decidedAt), decidedAt);
    }

    /**
     * Someone off the team broke the glass on the course: its holder is told at once and reviews
     * it. Raised once per grant.
     */
    public void brokeTheGlass(UUID courseId, UUID grantId, Instant grantedAt) {
        jdbc.sql("INSERT INTO task_course (course_id, citizen_id) SELECT course_id, citizen_id FROM course_citizen WHERE course_id = ?"
                + " ON CONFLICT DO NOTHING").param(courseId).update();
        raise(TaskKind.REVIEW_BREAK_THE_GLASS, courseId, grantId, Denmark.dayOf(grantedAt), grantedAt);
    }

    private void raise(TaskKind kind, UUID courseId, UUID aboutId, @Nullable LocalDate dueOn, Instant raisedAt) {
        UUID taskId = idOf(kind, aboutId);
        Optional<UUID> assignee = jdbc.sql("""
                        INSERT INTO task (task_id, kind, course_id, citizen_id, about_id, assignee_id, due_on, raised_at)
                        SELECT ?, ?, course_id, citizen_id, ?, holder_id, ?, ? FROM task_course
                        WHERE course_id = ? AND NOT closed
                        ON CONFLICT (task_id) DO NOTHING RETURNING assignee_id""")
                .params(taskId, kind.name(), aboutId, dueOn == null ? null : Date.valueOf(dueOn), Timestamp.from(raisedAt), courseId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class))).optional().flatMap(a -> a);
        assignee.ifPresent(person -> notify(taskId, person, raisedAt));
    }

    private void close(TaskKind kind, UUID aboutId, Instant closedAt) {
        jdbc.sql("UPDATE task SET closed_at = ? WHERE task_id = ? AND closed_at IS NULL").params(Timestamp.from(closedAt), idOf(kind, aboutId))
                .update();
    }

    private void notify(UUID taskId, UUID personId, Instant at) {
        jdbc.sql("""
                        INSERT INTO task_notification (person_id, task_id, kind, course_id, due_on, created_at)
                        SELECT ?, task_id, kind, course_id, due_on, ? FROM task WHERE task_id = ?
                        ON CONFLICT (person_id, task_id, created_at) DO NOTHING""")
                .params(personId, Timestamp.from(at), taskId).update();
    }

    static UUID idOf(TaskKind kind, UUID aboutId) {
        return UUID.nameUUIDFromBytes((kind.name() + ":" + aboutId).getBytes(StandardCharsets.UTF_8));
    }

    // --- reads ---

    /** A person's open tasks, the earliest due first (those without a date last). */
    public List<Task> openFor(UUID personId) {
        return jdbc.sql("SELECT * FROM task WHERE assignee_id = ? AND closed_at IS NULL ORDER BY due_on NULLS LAST, raised_at, task_id")
                .param(personId).query(rows()).list();
    }

    /**
     * A centre's queue: open tasks no one is assigned on courses first met at the centre — opened
     * on intake's decision, waiting for someone of the centre to take them on.
     */
    List<Task> queue(String centre) {
        return jdbc.sql("""
                        SELECT t.* FROM task t JOIN task_course c ON c.course_id = t.course_id
                        WHERE t.assignee_id IS NULL AND t.closed_at IS NULL AND c.first_contact_centre = ?
                        ORDER BY t.raised_at, t.task_id""")
                .param(centre).query(rows()).list();
    }

    Optional<Task> find(UUID taskId) {
        return jdbc.sql("SELECT * FROM task WHERE task_id = ?").param(taskId).query(rows()).optional();
    }

    /** Whether the task is the person's: what lets them close it. */
    public boolean assignedTo(UUID taskId, UUID personId) {
        return jdbc.sql("SELECT count(*) FROM task WHERE task_id = ? AND assignee_id = ?").params(taskId, personId)
                .query(Long.class).single() > 0;
    }

    /** Closes a task its assignee closes themselves: only one no act of the course closes, and only once. */
    void closeByAssignee(UUID taskId, Instant at) {
        Task task = find(taskId).orElseThrow(() -> new UnknownIdException("taskId", taskId));
        if (!task.kind().closedByAssignee()) {
            throw new DomainRuleViolation("closed-by-the-act", "A task of kind " + task.kind() + " closes when the act it asks for happens");
        }
        if (jdbc.sql("UPDATE task SET closed_at = ? WHERE task_id = ? AND closed_at IS NULL").params(Timestamp.from(at), taskId).update() == 0) {
            throw new DomainRuleViolation("task-open", "The task is closed already");
        }
    }

    private RowMapper<Task> rows() {
        LocalDate today = LocalDate.now(clock.withZone(Denmark.ZONE));
        return (rs, n) -> {
            Date due = rs.getDate("due_on");
            Timestamp closed = rs.getTimestamp("closed_at");
            LocalDate dueOn = due == null ? null : due.toLocalDate();
            return new Task(rs.getObject("task_id", UUID.class), TaskKind.valueOf(rs.getString("kind")), rs.getObject("course_id", UUID.class),
                    rs.getObject("citizen_id", UUID.class), rs.getObject("about_id", UUID.class), rs.getObject("assignee_id", UUID.class),
                    dueOn, closed == null && dueOn != null && dueOn.isBefore(today), rs.getTimestamp("raised_at").toInstant(),
                    closed == null ? null : closed.toInstant());
        };
    }
}
