package dk.sammen.events.offers;

/** What kind of effort an offer is. */
public enum OfferKind {
    INDIVIDUAL_SUPPORT,
    GROUP,
    COMMUNITY_LEISURE,
    COMPANY_ORIENTED,
    EDUCATION,
    HOUSING,
    TREATMENT,
    GUIDANCE
}
