package dk.sammen.offers.offer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

class OfferTest {

    @Test
    void aPublishedOfferStartsAtRevisionOneWithItsTextTidied() {
        var fixture = new AggregateTestFixture<>(Offer.class);
        UUID offerId = UUID.randomUUID();

        fixture.givenNoPriorActivity()
                .when(new PublishOffer(offerId, "  Mentorstøtte ", "Fast mentor i hverdagen\n", Centre.C_ARB, OfferKind.INDIVIDUAL_SUPPORT,
                        Set.of(NeedCategory.EMPLOYMENT)))
                .expectEvents(new OfferPublished(offerId, 1, "Mentorstøtte", "Fast mentor i hverdagen", Centre.C_ARB,
                        OfferKind.INDIVIDUAL_SUPPORT, Set.of(NeedCategory.EMPLOYMENT), fixture.currentTime()));
    }
}
