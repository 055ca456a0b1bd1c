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

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
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
}
