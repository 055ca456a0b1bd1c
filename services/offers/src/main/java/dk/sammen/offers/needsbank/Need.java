package dk.sammen.offers.needsbank;

import dk.sammen.offers.needsbank.NeedsBankCommands.AcceptBid;
import dk.sammen.offers.needsbank.NeedsBankCommands.PostNeed;
import dk.sammen.offers.needsbank.NeedsBankCommands.SubmitBid;
import dk.sammen.offers.needsbank.NeedsBankEvents.BidAccepted;
import dk.sammen.offers.needsbank.NeedsBankEvents.BidSubmitted;
import dk.sammen.offers.needsbank.NeedsBankEvents.NeedPosted;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** A need in the needs bank: open for bids until the team accepts one, which becomes an offer in its course. */
@Aggregate
public class Need {

    @AggregateIdentifier
    private UUID needId;
    private UUID courseId;
    /** The solutions bid, by bid: the accepted one becomes an offer. */
    private final Map<UUID, NeedsBankEvents.BidSubmitted> bids = new HashMap<>();
    private boolean open;

    protected Need() {
        // For Axon.
    }

    @CommandHandler
    @SuppressWarnings("NullAway.Init") // its fields are set as Axon applies NeedPosted, here
    Need(PostNeed command) {
        if (command.wantedTo().isBefore(command.wantedFrom())) {
            throw new DomainRuleViolation("time-frame", "The time frame of a need runs from before to after");
        }
        apply(new NeedPosted(command.needId(), command.courseId(), Set.copyOf(command.needCategories()), command.goals(),
                command.constraints(), command.wantedFrom(), command.wantedTo(), GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    long handle(SubmitBid command) {
        if (!open) {
            throw new DomainRuleViolation("need-open", "The need is no longer open for bids");
        }
        if (bids.containsKey(command.bidId())) {
            throw new DomainRuleViolation("bid-exists", "This bid is already submitted");
        }
        apply(new BidSubmitted(needId, command.bidId(), command.solution(), command.startOn(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(AcceptBid command) {
        if (!open) {
            throw new DomainRuleViolation("need-open", "The need already has its accepted bid");
        }
        BidSubmitted bid = bids.get(command.bidId());
        if (bid == null) {
            throw new DomainRuleViolation("unknown-bid", "The need has no such bid");
        }
        if (!command.consentCovers().contains(bid.solution().owningCentre())) {
            // Accepting starts the offer in the course: the bidding centre would learn whom it is for.
            throw new DomainRuleViolation("consent-covers-bidder", "The course's consent does not cover the bidding centre "
                    + bid.solution().owningCentre() + "; the young person (and for a minor a guardian) must consent to sharing with it first");
        }
        UUID offerId = UUID.nameUUIDFromBytes(("bid:" + command.bidId()).getBytes(StandardCharsets.UTF_8));
        apply(new BidAccepted(needId, command.bidId(), courseId, offerId, bid.solution(), bid.startOn(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @EventSourcingHandler
    void on(NeedPosted event) {
        needId = event.needId();
        courseId = event.courseId();
        open = true;
    }

    @EventSourcingHandler
    void on(BidSubmitted event) {
        bids.put(event.bidId(), event);
    }

    @EventSourcingHandler
    void on(BidAccepted event) {
        open = false;
    }
}
