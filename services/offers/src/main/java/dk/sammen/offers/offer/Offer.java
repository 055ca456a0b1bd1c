package dk.sammen.offers.offer;

import dk.sammen.offers.offer.OfferCommands.DraftOffer;
import dk.sammen.offers.offer.OfferCommands.PublishOffer;
import dk.sammen.offers.offer.OfferCommands.ResumeOffer;
import dk.sammen.offers.offer.OfferCommands.RetireOffer;
import dk.sammen.offers.offer.OfferCommands.ReviseOffer;
import dk.sammen.offers.offer.OfferCommands.SuspendOffer;
import dk.sammen.offers.offer.OfferEvents.OfferDrafted;
import dk.sammen.offers.offer.OfferEvents.OfferPublished;
import dk.sammen.offers.offer.OfferEvents.OfferResumed;
import dk.sammen.offers.offer.OfferEvents.OfferRetired;
import dk.sammen.offers.offer.OfferEvents.OfferSuspended;
import dk.sammen.offers.offer.OfferEvents.PlacesSet;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One offer of the tilbudsvifte through its revisions. Every revision is kept: a course refers
 * to the revision it used. A draft becomes the catalogue's when published.
 */
@Aggregate
public class Offer {

    @AggregateIdentifier
    private UUID offerId;
    private OfferStatus status;
    private int revision;
    private @Nullable OfferDetails draft;
    /** As last set; null before the first publication (or for one published before places were published). */
    private @Nullable Integer places;

    protected Offer() {
        // For Axon, which rebuilds the offer from its events.
    }

    @CommandHandler
    @SuppressWarnings("NullAway.Init") // its fields are set as Axon applies OfferDrafted, here
    Offer(DraftOffer command) {
        requireSound(command.details());
        apply(new OfferDrafted(command.offerId(), command.details(), GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    long handle(PublishOffer command) {
        if (status != OfferStatus.DRAFT) {
            throw new DomainRuleViolation("publish-a-draft", "Only a draft is published; a live offer is revised");
        }
        OfferDetails details = Objects.requireNonNull(draft, "a draft has its details");
        apply(new OfferPublished(offerId, 1, details, GenericEventMessage.clock.instant()));
        placesOf(details);
        return getVersion();
    }

    @CommandHandler
    long handle(ReviseOffer command) {
        if (status != OfferStatus.PUBLISHED && status != OfferStatus.SUSPENDED) {
            throw new DomainRuleViolation("revise-a-live-offer", "Only a published or suspended offer is revised; a draft is published first");
        }
        requireSound(command.details());
        apply(new OfferPublished(offerId, revision + 1, command.details(), GenericEventMessage.clock.instant()));
        placesOf(command.details());
        return getVersion();
    }

    @CommandHandler
    long handle(SuspendOffer command) {
        if (status != OfferStatus.PUBLISHED) {
            throw new DomainRuleViolation("suspend-a-published-offer", "Only a published offer is suspended");
        }
        apply(new OfferSuspended(offerId, command.reason(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(ResumeOffer command) {
        if (status != OfferStatus.SUSPENDED) {
            throw new DomainRuleViolation("resume-a-suspended-offer", "Only a suspended offer is resumed");
        }
        apply(new OfferResumed(offerId, GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(RetireOffer command) {
        if (status == OfferStatus.RETIRED) {
            throw new DomainRuleViolation("retired-once", "The offer is already retired");
        }
        apply(new OfferRetired(offerId, command.reason(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    /** The places leave the catalogue as a fact of their own when they change: referrals holds accepted referrals to them. */
    private void placesOf(OfferDetails details) {
        if (!Objects.equals(places, details.capacity())) {
            apply(new PlacesSet(offerId, revision, details.capacity(), GenericEventMessage.clock.instant()));
        }
    }

    /** The rules a revision must keep, beyond the shape the API checks. */
    private static void requireSound(OfferDetails details) {
        if (details.targetGroup().ageMin() > details.targetGroup().ageMax()) {
            throw new DomainRuleViolation("age-range", "The youngest age of the target group cannot be above the oldest");
        }
        OfferDetails.Provider provider = details.provider();
        if (provider.kind() == OfferDetails.ProviderKind.EXTERNAL && (provider.contractFrom() == null || provider.contractTo() == null
                || provider.contractTo().isBefore(provider.contractFrom()))) {
            throw new DomainRuleViolation("contract-period", "An external provider works under a contract period, from before to after");
        }
    }

    @EventSourcingHandler
    void on(OfferDrafted event) {
        offerId = event.offerId();
        status = OfferStatus.DRAFT;
        draft = event.details();
    }

    @EventSourcingHandler
    void on(OfferPublished event) {
        if (status == OfferStatus.DRAFT) {
            status = OfferStatus.PUBLISHED; // a revision leaves a suspended offer suspended
        }
        revision = event.revision();
        draft = null;
    }

    @EventSourcingHandler
    void on(PlacesSet event) {
        places = event.places();
    }

    @EventSourcingHandler
    void on(OfferSuspended event) {
        status = OfferStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(OfferResumed event) {
        status = OfferStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(OfferRetired event) {
        status = OfferStatus.RETIRED;
    }
}
