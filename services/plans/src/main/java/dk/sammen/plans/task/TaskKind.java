package dk.sammen.plans.task;

import java.util.Arrays;

/** What a task asks of its assignee, and the act that closes it. */
public enum TaskKind {
    /** A course no one holds: someone takes it on as tovholder (closed when a tovholder is assigned). */
    FIND_TOVHOLDER(false),
    /** A scheduled meeting, due on its day (closed when it is held; overdue after). */
    HOLD_MEETING(false),
    /**
     * No meeting is scheduled within 12 weeks of the last one held (or of the course's start),
     * due on the last day of that interval (closed when one is scheduled within it; replaced by
     * the next interval's when another meeting is held).
     */
    SCHEDULE_NEXT_MEETING(false),
    /** A binding agreement, due on its date (closed when it is followed up). */
    FOLLOW_UP_AGREEMENT(false),
    /** A second centre's offer for a need another already serves (closed when the team acknowledges it). */
    ACKNOWLEDGE_DOUBLE_OFFER(false),
    /** The 18th birthday is near and no transition to adult services is planned (closed when one is). */
    PLAN_ADULT_TRANSITION(false),
    /** A planned transition (to adult services, to an education, a move), due on its day (closed when it is completed). */
    COMPLETE_TRANSITION(false),
    /** Intake decided on a new underretning about the course's young person (closed by its assignee, once read). */
    READ_UNDERRETNING(true, false),
    /**
     * Someone off the team broke the glass on the course: its holder reviews whether it was
     * needed (closed by its assignee; the grant itself stays in the report and the audit trail).
     */
    REVIEW_BREAK_THE_GLASS(true, false);

    private final boolean closedByAssignee;
    private final boolean raisedByCourseEvents;

    TaskKind(boolean closedByAssignee) {
        this(closedByAssignee, true);
    }

    TaskKind(boolean closedByAssignee, boolean raisedByCourseEvents) {
        this.closedByAssignee = closedByAssignee;
        this.raisedByCourseEvents = raisedByCourseEvents;
    }

    /** Whether the assignee closes it themselves: no event of the course is the act. */
    public boolean closedByAssignee() {
        return closedByAssignee;
    }

    /** Whether the course's events raise it, so a replay raises it again; the others are kept through a replay. */
    boolean raisedByCourseEvents() {
        return raisedByCourseEvents;
    }

    static String[] notRaisedByCourseEvents() {
        return Arrays.stream(values()).filter(kind -> !kind.raisedByCourseEvents()).map(Enum::name).toArray(String[]::new);
    }
}
