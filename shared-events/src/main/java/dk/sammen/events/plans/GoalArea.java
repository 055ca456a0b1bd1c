package dk.sammen.events.plans;

/** What part of the young person's life a goal is about (Borgerens Plan). */
public enum GoalArea {
    /** A life goal. */
    LIFE,
    /** An education goal. */
    EDUCATION,
    /** A job goal. */
    JOB,
    /** Participation in general communities (almene fællesskaber): required in every plan. */
    GENERAL_COMMUNITY
}
