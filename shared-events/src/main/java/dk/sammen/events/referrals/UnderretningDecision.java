package dk.sammen.events.referrals;

/** What the municipality decided on an underretning; every decision has a reason and an author. */
public enum UnderretningDecision {
    /** No further action. */
    NO_FURTHER_ACTION,
    /** A child-welfare investigation (børnefaglig undersøgelse). */
    CHILD_WELFARE_INVESTIGATION,
    /** Offer the young person a coordinated course; the plans service opens one. */
    OFFER_COORDINATED_COURSE,
    /** Inform the team of the young person's existing course. */
    INFORM_EXISTING_COURSE
}
