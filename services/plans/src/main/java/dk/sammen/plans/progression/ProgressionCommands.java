package dk.sammen.plans.progression;

import dk.sammen.events.plans.PathStage;
import dk.sammen.events.plans.ProgressionDimension;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** Commands that record the small progress a course makes (seed 001: measure small progress). */
public final class ProgressionCommands {

    private ProgressionCommands() {
    }

    public record RecordProgression(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                    UUID measurementId, ProgressionDimension dimension, double scaleMin, double scaleMax,
                                    double value, UUID measuredBy, LocalDate measuredOn) {
    }

    /** Move the course along the three-stage path: absence, then well-being, then education. */
    public record ReachPathStage(@TargetAggregateIdentifier UUID courseId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                 PathStage stage) {
    }
}
