package dk.sammen.offers.offer;

/** Where an offer is in the catalogue. */
public enum OfferStatus {
    DRAFT,
    PUBLISHED,
    SUSPENDED,
    RETIRED
}
