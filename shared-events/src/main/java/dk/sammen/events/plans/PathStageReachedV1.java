package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** The course reached a stage of the three-stage path. */
@EventType("dk.sammen.plans.path-stage-reached.v1")
public record PathStageReachedV1(
        UUID courseId,
        PathStage stage,
        Instant reachedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
