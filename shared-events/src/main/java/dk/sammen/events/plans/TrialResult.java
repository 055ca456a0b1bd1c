package dk.sammen.events.plans;

/** How a trial action (prøvehandling) turned out. */
public enum TrialResult {
    /** It worked as hoped. */
    SUCCEEDED,
    /** It worked in part. */
    PARTLY_SUCCEEDED,
    /** It did not work. */
    FAILED
}
