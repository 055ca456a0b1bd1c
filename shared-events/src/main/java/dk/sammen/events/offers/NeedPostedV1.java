package dk.sammen.events.offers;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A course team posted a young person's need in the needs bank, without identifying them. */
@EventType("dk.sammen.offers.need-posted.v1")
public record NeedPostedV1(
        UUID needId,
        Set<NeedCategory> needCategories,
        LocalDate wantedFrom,
        LocalDate wantedTo,
        Instant postedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return needId.toString();
    }
}
