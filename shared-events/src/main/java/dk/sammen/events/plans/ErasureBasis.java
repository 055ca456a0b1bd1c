package dk.sammen.events.plans;

/** Why a young person's data was erased. */
public enum ErasureBasis {
    /** The young person (or their guardian) asked, and the law allows it. */
    REQUEST,
    /** The retention period after their last course closed has passed. */
    RETENTION
}
