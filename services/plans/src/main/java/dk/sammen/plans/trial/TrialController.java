package dk.sammen.plans.trial;

import dk.sammen.events.plans.TrialResult;
import dk.sammen.platform.web.EdgeBounds;
import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.Responses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/courses/{courseId}/trial-actions")
@Tag(name = "Trial actions", description = "Prøvehandlinger: unconventional solutions tried deliberately, as investments")
class TrialController {

    private final CommandGateway commands;

    TrialController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Propose a trial action with its hypothesis and expected cost")
    ResponseEntity<Responses.Created> propose(@PathVariable UUID courseId, ExpectedVersion expected, @Valid @RequestBody ProposalRequest request) {
        UUID trialId = UUID.randomUUID();
        long version = commands.sendAndWait(new TrialCommands.ProposeTrialAction(courseId, expected.value(), trialId,
                request.hypothesis(), request.expectedCostPerYear(), request.costBeforePerYear()));
        return Responses.created(trialId, version);
    }

    @PostMapping("/{trialId}/decision")
    @Operation(summary = "The team's decision on a trial action")
    ResponseEntity<Void> decide(@PathVariable UUID courseId, @PathVariable UUID trialId, ExpectedVersion expected,
                                @Valid @RequestBody DecisionRequest request) {
        return Responses.changed(commands.sendAndWait(new TrialCommands.DecideTrialAction(courseId, expected.value(), trialId,
                request.approved(), request.reasoning())));
    }

    @PostMapping("/{trialId}/evaluation")
    @Operation(summary = "Evaluate an approved trial action: result and actual cost")
    ResponseEntity<Void> evaluate(@PathVariable UUID courseId, @PathVariable UUID trialId, ExpectedVersion expected,
                                  @Valid @RequestBody EvaluationRequest request) {
        return Responses.changed(commands.sendAndWait(new TrialCommands.EvaluateTrialAction(courseId, expected.value(), trialId,
                request.result(), request.evaluation(), request.actualCostPerYear())));
    }

    record ProposalRequest(
            @Schema(example = "En beboelsesvogn tæt på familien, ekstra fleksibel §85-støtte og mentor giver mere selvstændighed end et botilbud")
            @NotBlank @Size(max = 4000) String hypothesis,
            @Schema(description = "Whole DKK a year", example = "800000") @NotNull @PositiveOrZero @Max(EdgeBounds.LARGEST_AMOUNT) Long expectedCostPerYear,
            @Schema(description = "What the efforts it replaces cost, whole DKK a year", example = "1000000") @PositiveOrZero @Max(EdgeBounds.LARGEST_AMOUNT) Long costBeforePerYear) {
    }

    @Schema(name = "TrialDecisionRequest")
    record DecisionRequest(@Schema(example = "true") @NotNull Boolean approved,
                           @Schema(example = "Teamet og Maria er enige; forældrene indgår i støtten") @NotBlank @Size(max = 4000) String reasoning) {
    }

    record EvaluationRequest(@NotNull TrialResult result,
                             @Schema(example = "Øget selvstændighed; ønske om egen bolig og uddannelse") @Size(max = 4000) String evaluation,
                             @Schema(description = "Whole DKK a year", example = "800000") @NotNull @PositiveOrZero @Max(EdgeBounds.LARGEST_AMOUNT) Long actualCostPerYear) {
    }
}
