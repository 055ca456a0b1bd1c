package dk.sammen.referrals.referral;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.referrals.ReferralAcceptedV1;
import dk.sammen.events.referrals.ReferralEndedV1;
import dk.sammen.events.referrals.ReferralPlaceOfferedV1;
import dk.sammen.events.referrals.ReferralRejectedV1;
import dk.sammen.events.referrals.ReferralRevokedV1;
import dk.sammen.events.referrals.ReferralStartedV1;
import dk.sammen.events.referrals.ReferralWaitListedV1;
import dk.sammen.events.referrals.ReferredToOfferV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Referrals publish their course, offer and dates; the reasons stay here. */
@Component
class ReferralIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case ReferralEvents.ReferredToOffer e -> new ReferredToOfferV1(e.referralId(), e.courseId(), e.citizenId(), e.offerId(), e.referredAt());
            case ReferralEvents.ReferralAccepted e -> new ReferralAcceptedV1(e.referralId(), e.courseId(), e.acceptedAt());
            case ReferralEvents.PlaceOffered e -> new ReferralPlaceOfferedV1(e.referralId(), e.courseId(), e.offerId(), e.offeredAt());
            case ReferralEvents.ReferralWaitListed e -> new ReferralWaitListedV1(e.referralId(), e.courseId(), e.position(), e.waitListedAt());
            case ReferralEvents.ReferralRejected e -> new ReferralRejectedV1(e.referralId(), e.courseId(), e.rejectedAt());
            case ReferralEvents.ReferralStarted e -> new ReferralStartedV1(e.referralId(), e.courseId(), e.offerId(), e.startedOn(), e.startedAt());
            case ReferralEvents.ReferralEnded e -> new ReferralEndedV1(e.referralId(), e.courseId(), e.offerId(), e.endedOn(), e.endedAt());
            case ReferralEvents.ReferralRevoked e -> new ReferralRevokedV1(e.referralId(), e.courseId(), e.revokedAt());
            default -> null;
        });
    }
}
