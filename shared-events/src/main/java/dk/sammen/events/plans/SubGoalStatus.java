package dk.sammen.events.plans;

/** Where a sub-goal (delmål) stands. */
public enum SubGoalStatus {
    /** Being worked on. */
    OPEN,
    /** Achieved. */
    ACHIEVED,
    /** Not achieved by its due date. */
    NOT_ACHIEVED,
    /** Dropped, for instance because the goal changed. */
    DROPPED
}
