package dk.sammen.plans.progression;

import dk.sammen.events.plans.PathStage;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.Responses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/courses/{courseId}")
@Tag(name = "Progression", description = "Small progress measured on named dimensions, and the three-stage path")
class ProgressionController {

    private final CommandGateway commands;

    ProgressionController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/progression")
    @Operation(summary = "Record a measurement: dimension, scale, value, who measured and when")
    ResponseEntity<Responses.Created> measure(@PathVariable UUID courseId, ExpectedVersion expected,
                                              @Valid @RequestBody MeasurementRequest request) {
        UUID measurementId = UUID.randomUUID();
        long version = commands.sendAndWait(new ProgressionCommands.RecordProgression(courseId, expected.value(), measurementId,
                request.dimension(), request.scaleMin(), request.scaleMax(), request.value(), request.measuredBy(), request.measuredOn()));
        return Responses.created(measurementId, version);
    }

    @PutMapping("/path-stage")
    @Operation(summary = "Move the course to a stage of the path absence -> well-being -> education")
    ResponseEntity<Void> stage(@PathVariable UUID courseId, ExpectedVersion expected, @Valid @RequestBody StageRequest request) {
        return Responses.changed(commands.sendAndWait(new ProgressionCommands.ReachPathStage(courseId, expected.value(), request.stage())));
    }

    record MeasurementRequest(
            @NotNull ProgressionDimension dimension,
            @Schema(example = "0") @NotNull Double scaleMin,
            @Schema(example = "100") @NotNull Double scaleMax,
            @Schema(example = "85") @NotNull Double value,
            @Schema(description = "The young person or a team member") @NotNull UUID measuredBy,
            @NotNull LocalDate measuredOn) {
    }

    record StageRequest(@NotNull PathStage stage) {
    }
}
