package dk.sammen.events.plans;

/** A transition that needs heightened attention (principle 7). */
public enum TransitionKind {
    /** Turning 18: from child to adult services. */
    CHILD_TO_ADULT,
    /** From grade school to a youth education. */
    GRADE_SCHOOL_TO_YOUTH_EDUCATION,
    /** Leaving an offer. */
    LEAVING_OFFER,
    /** Ending participation in a community. */
    LEAVING_COMMUNITY,
    /** Another transition. */
    OTHER
}
