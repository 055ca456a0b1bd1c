package dk.sammen.referrals.referral;

import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.referrals.referral.ReferralCommands.AcceptReferral;
import dk.sammen.referrals.referral.ReferralCommands.EndReferral;
import dk.sammen.referrals.referral.ReferralCommands.OfferPlace;
import dk.sammen.referrals.referral.ReferralCommands.ReferToOffer;
import dk.sammen.referrals.referral.ReferralCommands.RejectReferral;
import dk.sammen.referrals.referral.ReferralCommands.RevokeReferral;
import dk.sammen.referrals.referral.ReferralCommands.StartReferral;
import dk.sammen.referrals.referral.ReferralCommands.WaitListReferral;
import dk.sammen.referrals.referral.ReferralEvents.PlaceOffered;
import dk.sammen.referrals.referral.ReferralEvents.ReferralAccepted;
import dk.sammen.referrals.referral.ReferralEvents.ReferralEnded;
import dk.sammen.referrals.referral.ReferralEvents.ReferralRejected;
import dk.sammen.referrals.referral.ReferralEvents.ReferralRevoked;
import dk.sammen.referrals.referral.ReferralEvents.ReferralStarted;
import dk.sammen.referrals.referral.ReferralEvents.ReferralWaitListed;
import dk.sammen.referrals.referral.ReferralEvents.ReferredToOffer;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static dk.sammen.referrals.referral.ReferralStatus.ACCEPTED;
import static dk.sammen.referrals.referral.ReferralStatus.REFERRED;
import static dk.sammen.referrals.referral.ReferralStatus.STARTED;
import static dk.sammen.referrals.referral.ReferralStatus.WAIT_LISTED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A referral (henvisning) of a course's young person to an offer: refused unless the course's
 * consent covers the provider's centre; the provider accepts (taking one of the offer's places),
 * wait-lists or rejects it; a place that frees is offered to the first on the wait-list; it starts
 * and ends; the referrer can revoke it until it starts.
 */
@Aggregate
public class Referral {

    @AggregateIdentifier
    private UUID referralId;
    private UUID courseId;
    private UUID offerId;
    private ReferralStatus status;
    private boolean placeOffered;

    protected Referral() {
        // For Axon.
    }

    @CommandHandler
    @SuppressWarnings("NullAway.Init") // its fields are set as Axon applies ReferredToOffer, here
    Referral(ReferToOffer command) {
        if (command.sharedWith().isEmpty()) {
            throw new DomainRuleViolation("consent-covers-provider", "The course has no recorded consent, so it cannot be shared with a provider");
        }
        if (!command.sharedWith().contains(command.providerCentre())) {
            throw new DomainRuleViolation("consent-covers-provider",
                    "The course's consent does not cover sharing with " + command.providerCentre() + ", the centre providing the offer");
        }
        UUID citizenId = Objects.requireNonNull(command.citizenId(), "a course with a consent is a young person's");
        apply(new ReferredToOffer(command.referralId(), command.courseId(), citizenId, command.offerId(), command.referredBy(),
                GenericEventMessage.clock.instant()));
    }

    /** Accepting takes one of the offer's places: refused when all are held or kept for those offered them. */
    @CommandHandler
    long handle(AcceptReferral command, PlaceClaims places) {
        require(EnumSet.of(REFERRED, WAIT_LISTED), "accepted");
        places.claim(offerId, referralId);
        apply(new ReferralAccepted(referralId, courseId, GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(WaitListReferral command) {
        require(EnumSet.of(REFERRED, WAIT_LISTED), "wait-listed");
        apply(new ReferralWaitListed(referralId, courseId, command.position(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    /**
     * Offers a freed place to the referral if it is still waiting; answers where it stands, so a
     * places row that is behind (a referral already accepted, started or gone) is put right
     * instead of refused, which would undo the whole offering of places.
     */
    @CommandHandler
    ReferralStatus handle(OfferPlace command) {
        if (status == WAIT_LISTED && !placeOffered) {
            apply(new PlaceOffered(referralId, courseId, offerId, GenericEventMessage.clock.instant()));
        }
        return status;
    }

    @CommandHandler
    long handle(RejectReferral command) {
        require(EnumSet.of(REFERRED, WAIT_LISTED), "rejected");
        apply(new ReferralRejected(referralId, courseId, command.reason(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(StartReferral command) {
        require(EnumSet.of(ACCEPTED), "started");
        apply(new ReferralStarted(referralId, courseId, offerId, command.startedOn(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(EndReferral command) {
        require(EnumSet.of(STARTED), "ended");
        apply(new ReferralEnded(referralId, courseId, offerId, command.endedOn(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(RevokeReferral command) {
        require(EnumSet.of(REFERRED, WAIT_LISTED, ACCEPTED), "revoked");
        apply(new ReferralRevoked(referralId, courseId, command.revokedBy(), command.reason(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    private void require(Set<ReferralStatus> from, String what) {
        if (!from.contains(status)) {
            throw new DomainRuleViolation("referral-" + what.replace(' ', '-') + "-from",
                    "A referral that is " + status + " cannot be " + what + " (only from " + from + ")");
        }
    }

    @EventSourcingHandler
    void on(ReferredToOffer event) {
        referralId = event.referralId();
        courseId = event.courseId();
        offerId = event.offerId();
        status = REFERRED;
    }

    @EventSourcingHandler
    void on(ReferralAccepted event) {
        status = ACCEPTED;
    }

    @EventSourcingHandler
    void on(ReferralWaitListed event) {
        status = WAIT_LISTED;
    }

    @EventSourcingHandler
    void on(PlaceOffered event) {
        placeOffered = true;
    }

    @EventSourcingHandler
    void on(ReferralRejected event) {
        status = ReferralStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ReferralStarted event) {
        status = STARTED;
    }

    @EventSourcingHandler
    void on(ReferralEnded event) {
        status = ReferralStatus.ENDED;
    }

    @EventSourcingHandler
    void on(ReferralRevoked event) {
        status = ReferralStatus.REVOKED;
    }
}
