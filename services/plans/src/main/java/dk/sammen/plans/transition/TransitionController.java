package dk.sammen.plans.transition;

import dk.sammen.events.plans.TransitionKind;
import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.Responses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/courses/{courseId}/transitions")
@Tag(name = "Transitions", description = "Planned transitions (principle 7); a reminder comes well before an 18th birthday")
class TransitionController {

    private final CommandGateway commands;

    TransitionController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Plan a transition with its date and the person responsible")
    ResponseEntity<Responses.Created> plan(@PathVariable UUID courseId, ExpectedVersion expected, @Valid @RequestBody TransitionRequest request) {
        UUID transitionId = UUID.randomUUID();
        long version = commands.sendAndWait(new TransitionCommands.PlanTransition(courseId, expected.value(), transitionId,
                request.kind(), request.plannedFor(), request.responsibleId(), request.description()));
        return Responses.created(transitionId, version);
    }

    @PostMapping("/{transitionId}/completion")
    @Operation(summary = "Record that a planned transition took place")
    ResponseEntity<Void> complete(@PathVariable UUID courseId, @PathVariable UUID transitionId, ExpectedVersion expected) {
        return Responses.changed(commands.sendAndWait(new TransitionCommands.CompleteTransition(courseId, expected.value(), transitionId)));
    }

    record TransitionRequest(
            @NotNull TransitionKind kind,
            @Schema(example = "2026-08-01") @NotNull LocalDate plannedFor,
            @NotNull UUID responsibleId,
            @Schema(example = "Fra 9. klasse til EUD") @Size(max = 2000) String description) {
    }
}
