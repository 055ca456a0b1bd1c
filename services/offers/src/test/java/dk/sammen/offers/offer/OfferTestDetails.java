package dk.sammen.offers.offer;

/** A sound offer for tests outside this package. */
public final class OfferTestDetails {

    private OfferTestDetails() {
    }

    public static OfferDetails mentor() {
        return OfferTest.mentor(15, 30, OfferTest.INTERNAL);
    }
}
