package dk.sammen.events.offers;

/** Whether a competence can be drawn on now. */
public enum Availability {
    /** Available. */
    AVAILABLE,
    /** Available with a wait or for a little time. */
    LIMITED,
    /** Not available now. */
    UNAVAILABLE
}
