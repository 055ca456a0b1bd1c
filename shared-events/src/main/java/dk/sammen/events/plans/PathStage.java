package dk.sammen.events.plans;

/** The three-stage path a course moves along: absence, then well-being, then education. */
public enum PathStage {
    /** Working on school absence. */
    ABSENCE,
    /** Working on well-being. */
    WELL_BEING,
    /** Working towards or in education. */
    EDUCATION
}
