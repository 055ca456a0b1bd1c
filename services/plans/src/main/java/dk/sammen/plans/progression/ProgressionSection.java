package dk.sammen.plans.progression;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.sammen.events.plans.PathStage;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.plans.kernel.OnePlanSection;
import dk.sammen.plans.progression.ProgressionEvents.PathStageReached;
import dk.sammen.plans.progression.ProgressionEvents.ProgressionMeasured;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The one-plan view's progression: every measurement over time, and the stage of the path reached. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class ProgressionSection implements OnePlanSection<ProgressionEvents> {

    List<Measurement> progression = new ArrayList<>();
    @Nullable PathStage pathStage;

    record Measurement(UUID measurementId, ProgressionDimension dimension, double scaleMin, double scaleMax, double value,
                       UUID measuredBy, LocalDate measuredOn) {
    }

    @Override
    public void apply(ProgressionEvents event) {
        switch (event) {
            case ProgressionMeasured e -> progression.add(new Measurement(e.measurementId(), e.dimension(), e.scaleMin(),
                    e.scaleMax(), e.value(), e.measuredBy(), e.measuredOn()));
            case PathStageReached e -> pathStage = e.stage();
        }
    }
}
