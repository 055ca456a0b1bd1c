package dk.sammen.events.plans;

import dk.sammen.events.Centre;
import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A tovholder (coordinator) was assigned, or the course was handed over to a new one. */
@EventType("dk.sammen.plans.tovholder-assigned.v1")
public record TovholderAssignedV1(
        UUID courseId,
        UUID tovholderId,
        Centre centre,
        @Nullable UUID previousTovholderId,
        Instant assignedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
