package dk.sammen.offers.needsbank;

import dk.sammen.offers.offer.OfferCommands;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.stereotype.Component;

/**
 * An accepted bid becomes an offer in the catalogue, its solution the first revision, so the
 * course can start it like any other. It sends commands, so it never runs again on replay; a
 * second delivery finds the offer there already.
 */
@Component
@ProcessingGroup("accepted-bid-becomes-an-offer")
@DisallowReplay
class AcceptedBidBecomesAnOffer {

    private final CommandGateway commands;

    AcceptedBidBecomesAnOffer(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(NeedsBankEvents.BidAccepted event) {
        try {
            commands.sendAndWait(new OfferCommands.DraftOffer(event.offerId(), event.solution()));
            commands.sendAndWait(new OfferCommands.PublishOffer(event.offerId(), null));
        } catch (ConflictingModificationException alreadyThere) {
            // drafted and published by an earlier delivery
        }
    }
}
