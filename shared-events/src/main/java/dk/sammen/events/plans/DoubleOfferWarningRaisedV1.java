package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.offers.NeedCategory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An offer started for a need another centre's running offer already serves (dobbelttilbud). */
@EventType("dk.sammen.plans.double-offer-warning-raised.v1")
public record DoubleOfferWarningRaisedV1(
        UUID courseId,
        UUID warningId,
        UUID offerId,
        List<UUID> overlappingOfferIds,
        Set<NeedCategory> needCategories,
        Instant raisedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
