package dk.sammen.offers.offer;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One offer of the tilbudsvifte through its revisions. A course refers to the revision it used,
 * so every revision is kept.
 */
@Aggregate
public class Offer {

    @AggregateIdentifier
    private UUID offerId;

    protected Offer() {
        // For Axon, which rebuilds the offer from its events.
    }

    @CommandHandler
    Offer(PublishOffer command) {
        apply(new OfferPublished(command.offerId(), 1, command.name().strip(), command.description().strip(),
                command.owningCentre(), command.kind(), Set.copyOf(command.needCategories()), GenericEventMessage.clock.instant()));
    }

    @EventSourcingHandler
    void on(OfferPublished event) {
        this.offerId = event.offerId();
    }
}
