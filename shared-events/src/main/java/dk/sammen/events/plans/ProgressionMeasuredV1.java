package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Small progress was measured on a named dimension. */
@EventType("dk.sammen.plans.progression-measured.v1")
public record ProgressionMeasuredV1(
        UUID courseId,
        UUID measurementId,
        ProgressionDimension dimension,
        double scaleMin,
        double scaleMax,
        double value,
        UUID measuredBy,
        LocalDate measuredOn,
        Instant recordedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
