package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A young person's personal data was erased (on request where the law allows, or when the
 * retention period after their last course closed had passed): their data keys are deleted in
 * plans, and every service erases what it holds about them and their courses.
 *
 * @param courseIds the young person's courses, whose data goes with them
 */
@EventType("dk.sammen.plans.personal-data-erased.v1")
public record PersonalDataErasedV1(
        UUID citizenId,
        Set<UUID> courseIds,
        ErasureBasis basis,
        Instant erasedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return citizenId.toString();
    }
}
