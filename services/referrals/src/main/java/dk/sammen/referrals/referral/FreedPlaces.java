package dk.sammen.referrals.referral;

import dk.sammen.referrals.referral.ReferralEvents.ReferralEnded;
import dk.sammen.referrals.referral.ReferralEvents.ReferralRejected;
import dk.sammen.referrals.referral.ReferralEvents.ReferralRevoked;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * When a place frees — a referral holding one or offered one ends, is revoked or rejected — or the
 * catalogue gives an offer more places, the first on its wait-list are offered the free places
 * ({@code place-offered}, the provider's task until they accept). Its own tracking processor,
 * after the fact: a replay offers nothing twice, since a referral is offered a place once.
 */
@Component
@ProcessingGroup("freed-places")
public class FreedPlaces {

    private static final Logger LOG = LoggerFactory.getLogger(FreedPlaces.class);

    private final Places places;
    private final CommandGateway commands;

    FreedPlaces(Places places, CommandGateway commands) {
        this.places = places;
        this.commands = commands;
    }

    @EventHandler
    void on(ReferralEnded event) {
        offerFreePlaces(event.offerId());
    }

    @EventHandler
    void on(ReferralRejected event) {
        offerFreePlacesOf(event.referralId());
    }

    @EventHandler
    void on(ReferralRevoked event) {
        offerFreePlacesOf(event.referralId());
    }

    private void offerFreePlacesOf(UUID referralId) {
        UUID offerId = places.offerOf(referralId);
        if (offerId != null) {
            offerFreePlaces(offerId);
        }
    }

    /**
     * Offers each free place to the next on the wait-list, under the offer's lock. A referral the
     * places table still had as waiting but that stands elsewhere (rows carried over from before
     * the places were kept) is put where it stands, and the place goes to the next.
     */
    @Transactional
    public void offerFreePlaces(UUID offerId) {
        List<UUID> waiting = places.firstWaiting(offerId, places.lockFree(offerId));
        while (!waiting.isEmpty()) {
            boolean behind = false;
            for (UUID referralId : waiting) {
                ReferralStatus status = commands.sendAndWait(new ReferralCommands.OfferPlace(referralId));
                if (status != ReferralStatus.WAIT_LISTED) {
                    LOG.warn("Referral {} on the wait-list of offer {} is {}: its place row is put right", referralId, offerId, status);
                    places.standsAt(referralId, status);
                    behind = true;
                }
            }
            waiting = behind ? places.firstWaiting(offerId, places.lockFree(offerId)) : List.of();
        }
    }
}
