package dk.sammen.events.plans;

/** Who gave (or withdrew) consent to a course. */
public enum ConsentGiver {
    /** The young person themself. */
    YOUNG_PERSON,
    /** A guardian of a young person under 18. */
    GUARDIAN
}
