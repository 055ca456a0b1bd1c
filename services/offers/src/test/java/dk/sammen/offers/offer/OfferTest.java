package dk.sammen.offers.offer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.events.plans.TargetGroup;
import dk.sammen.offers.offer.OfferCommands.DraftOffer;
import dk.sammen.offers.offer.OfferCommands.PublishOffer;
import dk.sammen.offers.offer.OfferCommands.ResumeOffer;
import dk.sammen.offers.offer.OfferCommands.RetireOffer;
import dk.sammen.offers.offer.OfferCommands.ReviseOffer;
import dk.sammen.offers.offer.OfferCommands.SuspendOffer;
import dk.sammen.offers.offer.OfferEvents.OfferDrafted;
import dk.sammen.offers.offer.OfferEvents.OfferPublished;
import dk.sammen.offers.offer.OfferEvents.OfferRetired;
import dk.sammen.offers.offer.OfferEvents.OfferSuspended;
import dk.sammen.offers.offer.OfferEvents.PlacesSet;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An offer's life in the catalogue and the rules each revision keeps. */
class OfferTest {

    static OfferDetails mentor(int ageMin, int ageMax, OfferDetails.Provider provider) {
        return new OfferDetails("Mentorstøtte", "En fast mentor i hverdagen", Centre.C_ARB, "Ungeenheden",
                new OfferDetails.LegalBasis("Lov om en aktiv beskæftigelsesindsats", "§ 31 b"),
                new OfferDetails.TargetGroupFit(ageMin, ageMax, Set.of(TargetGroup.SUPPORT_TOWARDS_EDUCATION_OR_JOB)),
                OfferKind.INDIVIDUAL_SUPPORT, provider, 12, 9_500L, "2 timer om ugen",
                new OfferDetails.StrategicCriteria("Bro til netværk", "Den unge sætter målene", "Fleksible tider"),
                List.of("Ungdomsuddannelse"), Set.of(NeedCategory.EMPLOYMENT, NeedCategory.EVERYDAY_MASTERY),
                Set.of(ProgressionDimension.MASTERY));
    }

    static final OfferDetails.Provider INTERNAL = new OfferDetails.Provider(OfferDetails.ProviderKind.INTERNAL, "Ungeenheden", null, null);

    private final UUID offerId = UUID.randomUUID();
    private AggregateTestFixture<Offer> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Offer.class);
        now = fixture.currentTime();
    }

    private OfferDrafted drafted() {
        return new OfferDrafted(offerId, mentor(15, 30, INTERNAL), now);
    }

    @Test
    void aDraftIsPublishedAsRevisionOneAndEachRevisionAfterItIsKept() {
        fixture.given(drafted())
                .when(new PublishOffer(offerId, null))
                .expectEvents(new OfferPublished(offerId, 1, mentor(15, 30, INTERNAL), now), new PlacesSet(offerId, 1, 12, now));
        fixture.given(drafted(), new OfferPublished(offerId, 1, mentor(15, 30, INTERNAL), now), new PlacesSet(offerId, 1, 12, now))
                .when(new ReviseOffer(offerId, null, mentor(16, 30, INTERNAL)))
                .expectEvents(new OfferPublished(offerId, 2, mentor(16, 30, INTERNAL), now));
    }

    /** The places are a fact of their own, told when they change (and once for an offer published before they were told). */
    @Test
    void aRevisionThatChangesThePlacesSetsThem() {
        OfferDetails fewer = mentor(15, 30, INTERNAL);
        fewer = new OfferDetails(fewer.name(), fewer.description(), fewer.owningCentre(), fewer.unit(), fewer.legalBasis(), fewer.targetGroup(),
                fewer.kind(), fewer.provider(), 8, fewer.pricePerMonth(), fewer.intensity(), fewer.criteria(), fewer.communities(),
                fewer.needCategories(), fewer.progression());
        fixture.given(drafted(), new OfferPublished(offerId, 1, mentor(15, 30, INTERNAL), now), new PlacesSet(offerId, 1, 12, now))
                .when(new ReviseOffer(offerId, null, fewer))
                .expectEvents(new OfferPublished(offerId, 2, fewer, now), new PlacesSet(offerId, 2, 8, now));
        fixture.given(drafted(), new OfferPublished(offerId, 1, mentor(15, 30, INTERNAL), now))
                .when(new ReviseOffer(offerId, null, mentor(16, 30, INTERNAL)))
                .expectEvents(new OfferPublished(offerId, 2, mentor(16, 30, INTERNAL), now), new PlacesSet(offerId, 2, 12, now));
    }

    @Test
    void onlyADraftIsPublishedAndOnlyALiveOfferRevised() {
        fixture.given(drafted(), new OfferPublished(offerId, 1, mentor(15, 30, INTERNAL), now))
                .when(new PublishOffer(offerId, null))
                .expectException(DomainRuleViolation.class);
        fixture.given(drafted())
                .when(new ReviseOffer(offerId, null, mentor(15, 30, INTERNAL)))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void theAgeRangeRunsFromYoungToOldAndAnExternalProviderHasAContractPeriod() {
        fixture.givenNoPriorActivity()
                .when(new DraftOffer(offerId, mentor(30, 15, INTERNAL)))
                .expectException(DomainRuleViolation.class);
        fixture.givenNoPriorActivity()
                .when(new DraftOffer(offerId, mentor(15, 30, new OfferDetails.Provider(OfferDetails.ProviderKind.EXTERNAL, "Privat", null, null))))
                .expectException(DomainRuleViolation.class);
        OfferDetails external = mentor(15, 30, new OfferDetails.Provider(OfferDetails.ProviderKind.EXTERNAL, "Privat",
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)));
        fixture.givenNoPriorActivity()
                .when(new DraftOffer(offerId, external))
                .expectEvents(new OfferDrafted(offerId, external, now));
    }

    @Test
    void aPublishedOfferIsSuspendedResumedAndRetiredForGood() {
        OfferPublished published = new OfferPublished(offerId, 1, mentor(15, 30, INTERNAL), now);
        fixture.given(drafted())
                .when(new SuspendOffer(offerId, null, "Ingen mentorer"))
                .expectException(DomainRuleViolation.class);
        fixture.given(drafted(), published)
                .when(new ResumeOffer(offerId, null))
                .expectException(DomainRuleViolation.class);
        fixture.given(drafted(), published, new OfferSuspended(offerId, "Ingen mentorer", now))
                .when(new ReviseOffer(offerId, null, mentor(15, 25, INTERNAL)))
                .expectEvents(new OfferPublished(offerId, 2, mentor(15, 25, INTERNAL), now), new PlacesSet(offerId, 2, 12, now));
        fixture.given(drafted(), published, new OfferRetired(offerId, "Nedlagt", now))
                .when(new RetireOffer(offerId, null, "igen"))
                .expectException(DomainRuleViolation.class);
        fixture.given(drafted(), published, new OfferRetired(offerId, "Nedlagt", now))
                .when(new ReviseOffer(offerId, null, mentor(15, 30, INTERNAL)))
                .expectException(DomainRuleViolation.class);
    }
}
