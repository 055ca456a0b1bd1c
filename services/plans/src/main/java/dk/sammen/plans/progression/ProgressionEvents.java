package dk.sammen.plans.progression;

import dk.sammen.events.plans.PathStage;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.plans.kernel.CourseEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Progression measured over time and stages of the path reached. Shown by {@link ProgressionSection}. */
public sealed interface ProgressionEvents extends CourseEvent {

    record ProgressionMeasured(UUID courseId, UUID measurementId, ProgressionDimension dimension, double scaleMin,
                               double scaleMax, double value, UUID measuredBy, LocalDate measuredOn, Instant recordedAt)
            implements ProgressionEvents {
    }

    /** @param previousStage null when the course enters the path */
    record PathStageReached(UUID courseId, PathStage stage, @Nullable PathStage previousStage, Instant reachedAt)
            implements ProgressionEvents {
    }
}
