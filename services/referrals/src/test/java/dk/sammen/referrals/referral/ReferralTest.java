package dk.sammen.referrals.referral;

import dk.sammen.events.Centre;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.referrals.referral.ReferralCommands.AcceptReferral;
import dk.sammen.referrals.referral.ReferralCommands.EndReferral;
import dk.sammen.referrals.referral.ReferralCommands.ReferToOffer;
import dk.sammen.referrals.referral.ReferralCommands.RejectReferral;
import dk.sammen.referrals.referral.ReferralCommands.RevokeReferral;
import dk.sammen.referrals.referral.ReferralCommands.StartReferral;
import dk.sammen.referrals.referral.ReferralCommands.WaitListReferral;
import dk.sammen.referrals.referral.ReferralEvents.ReferralAccepted;
import dk.sammen.referrals.referral.ReferralEvents.ReferralStarted;
import dk.sammen.referrals.referral.ReferralEvents.ReferralWaitListed;
import dk.sammen.referrals.referral.ReferralEvents.ReferredToOffer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A referral's rules: consent covering the provider, and the provider's answer before start and end. */
class ReferralTest {

    private final UUID referralId = UUID.randomUUID();
    private final UUID courseId = UUID.randomUUID();
    private final UUID citizenId = UUID.randomUUID();
    private final UUID offerId = UUID.randomUUID();
    private final UUID teamMember = UUID.randomUUID();
    private final LocalDate day = LocalDate.of(2025, 5, 1);
    private AggregateTestFixture<Referral> fixture;
    private Instant now;

    /** The offers whose places are all taken, as the places' table would say (that table's rules: {@code PlacesApiTest}). */
    private final Set<UUID> full = new HashSet<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerInjectableResource((PlaceClaims) (offer, referral) -> {
            if (full.contains(offer)) {
                throw new DomainRuleViolation("offer-full", "All places are taken");
            }
        });
        now = fixture.currentTime();
    }

    private ReferredToOffer referred() {
        return new ReferredToOffer(referralId, courseId, citizenId, offerId, teamMember, now);
    }

    @Test
    void aReferralNeedsConsentCoveringTheProvidersCentre() {
        fixture.givenNoPriorActivity()
                .when(new ReferToOffer(referralId, courseId, citizenId, offerId, Centre.C_SS, Set.of(Centre.C_BUR, Centre.C_SIK), teamMember))
                .expectException(DomainRuleViolation.class);
        fixture.givenNoPriorActivity()
                .when(new ReferToOffer(referralId, courseId, null, offerId, Centre.C_SS, Set.of(), teamMember))
                .expectException(DomainRuleViolation.class);
        fixture.givenNoPriorActivity()
                .when(new ReferToOffer(referralId, courseId, citizenId, offerId, Centre.C_SS, Set.of(Centre.C_SS), teamMember))
                .expectEvents(referred());
    }

    @Test
    void theProviderAnswersBeforeTheYoungPersonStarts() {
        fixture.given(referred())
                .when(new StartReferral(referralId, null, day))
                .expectException(DomainRuleViolation.class);
        fixture.given(referred(), new ReferralWaitListed(referralId, courseId, 2, now))
                .when(new AcceptReferral(referralId, null))
                .expectEvents(new ReferralAccepted(referralId, courseId, now));
        fixture.given(referred(), new ReferralAccepted(referralId, courseId, now))
                .when(new StartReferral(referralId, null, day))
                .expectEvents(new ReferralStarted(referralId, courseId, offerId, day, now));
    }

    @Test
    void aStartedReferralEndsAndIsNoLongerRevokedOrRejected() {
        fixture.given(referred(), new ReferralAccepted(referralId, courseId, now), new ReferralStarted(referralId, courseId, offerId, day, now))
                .when(new RevokeReferral(referralId, null, teamMember, "for sent"))
                .expectException(DomainRuleViolation.class);
        fixture.given(referred(), new ReferralAccepted(referralId, courseId, now), new ReferralStarted(referralId, courseId, offerId, day, now))
                .when(new RejectReferral(referralId, null, "for sent"))
                .expectException(DomainRuleViolation.class);
        fixture.given(referred())
                .when(new EndReferral(referralId, null, day))
                .expectException(DomainRuleViolation.class);
        fixture.given(referred())
                .when(new WaitListReferral(referralId, null, 4))
                .expectEvents(new ReferralWaitListed(referralId, courseId, 4, now));
    }

    /** Accepting takes a place, so a full offer refuses it; a freed place is offered once, to a referral waiting for one. */
    @Test
    void acceptingTakesAPlaceAndAFreedPlaceIsOfferedOnceToOneWaiting() {
        full.add(offerId);
        fixture.given(referred())
                .when(new AcceptReferral(referralId, null))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
        ReferralWaitListed waiting = new ReferralWaitListed(referralId, courseId, 1, now);
        fixture.given(referred(), waiting)
                .when(new ReferralCommands.OfferPlace(referralId))
                .expectEvents(new ReferralEvents.PlaceOffered(referralId, courseId, offerId, now));
        fixture.given(referred(), waiting, new ReferralEvents.PlaceOffered(referralId, courseId, offerId, now))
                .when(new ReferralCommands.OfferPlace(referralId))
                .expectNoEvents();
        // Not waiting (here: never wait-listed): nothing is offered, and the answer says where it stands.
        fixture.given(referred())
                .when(new ReferralCommands.OfferPlace(referralId))
                .expectNoEvents()
                .expectResultMessagePayload(ReferralStatus.REFERRED);
    }
}
