package dk.sammen.offers.offer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** The lifecycle of an offer in the tilbudsvifte: drafted, published, revised, suspended, retired. */
public final class OfferCommands {

    private OfferCommands() {
    }

    public record DraftOffer(@TargetAggregateIdentifier UUID offerId, OfferDetails details) {
    }

    public record PublishOffer(@TargetAggregateIdentifier UUID offerId, @TargetAggregateVersion @Nullable Long expectedVersion) {
    }

    /** A new revision of a live offer; courses keep the revision they started with. */
    public record ReviseOffer(@TargetAggregateIdentifier UUID offerId, @TargetAggregateVersion @Nullable Long expectedVersion, OfferDetails details) {
    }

    public record SuspendOffer(@TargetAggregateIdentifier UUID offerId, @TargetAggregateVersion @Nullable Long expectedVersion, String reason) {
    }

    public record ResumeOffer(@TargetAggregateIdentifier UUID offerId, @TargetAggregateVersion @Nullable Long expectedVersion) {
    }

    public record RetireOffer(@TargetAggregateIdentifier UUID offerId, @TargetAggregateVersion @Nullable Long expectedVersion, String reason) {
    }
}
