package dk.sammen.events.plans;

/** A named dimension of small progress (seed 001). */
public enum ProgressionDimension {
    /** Fremmøde: attendance in percent. */
    ATTENDANCE,
    /** Trivsel: well-being. */
    WELL_BEING,
    /** Mestring: mastery of everyday life. */
    MASTERY,
    /** Impulskontrol: impulse control. */
    IMPULSE_CONTROL
}
