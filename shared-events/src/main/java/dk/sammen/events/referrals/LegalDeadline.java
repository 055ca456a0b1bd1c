package dk.sammen.events.referrals;

/** A deadline Barnets Lov chapter 16 sets for an underretning. */
public enum LegalDeadline {
    /** Assess within 24 hours whether the child's health or development is in danger and acute measures are needed. */
    ASSESSMENT,
    /** Send a receipt to a named professional reporter within 6 working days. */
    RECEIPT
}
