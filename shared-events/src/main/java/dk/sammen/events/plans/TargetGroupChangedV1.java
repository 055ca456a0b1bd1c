package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A young person's situation was updated and their target-group category, derived from it again,
 * is another than before (a new school year, absence that fell, an education completed). Only
 * the category: the situation itself stays in plans.
 */
@EventType("dk.sammen.plans.target-group-changed.v1")
public record TargetGroupChangedV1(
        UUID citizenId,
        TargetGroup targetGroup,
        TargetGroup previousTargetGroup,
        Instant changedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return citizenId.toString();
    }
}
