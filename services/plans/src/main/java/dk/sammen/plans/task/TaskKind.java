package dk.sammen.plans.task;

/** What a task asks of its assignee, and the act that closes it. */
public enum TaskKind {
    /** A course no one holds: someone takes it on as tovholder (closed when a tovholder is assigned). */
    FIND_TOVHOLDER(false),
    /** A scheduled meeting, due on its day (closed when it is held; overdue after). */
    HOLD_MEETING(false),
    /** A binding agreement, due on its date (closed when it is followed up). */
    FOLLOW_UP_AGREEMENT(false),
    /** A second centre's offer for a need another already serves (closed when the team acknowledges it). */
    ACKNOWLEDGE_DOUBLE_OFFER(false),
    /** The 18th birthday is near and no transition to adult services is planned (closed when one is). */
    PLAN_ADULT_TRANSITION(false),
    /** Intake decided on a new underretning about the course's young person (closed by its assignee, once read). */
    READ_UNDERRETNING(true);

    private final boolean closedByAssignee;

    TaskKind(boolean closedByAssignee) {
        this.closedByAssignee = closedByAssignee;
    }

    /** Whether the assignee closes it themselves: no event of the course is the act. */
    public boolean closedByAssignee() {
        return closedByAssignee;
    }
}
