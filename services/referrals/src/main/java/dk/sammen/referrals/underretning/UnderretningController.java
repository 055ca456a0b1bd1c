package dk.sammen.referrals.underretning;

import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.Responses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@RestController
@RequestMapping("/underretninger")
@Tag(name = "Underretninger", description = "Notifications of concern about children and young people")
class UnderretningController {

    private final CommandGateway commands;
    private final UnderretningProjection underretninger;

    UnderretningController(CommandGateway commands, UnderretningProjection underretninger) {
        this.commands = commands;
        this.underretninger = underretninger;
    }

    @PostMapping
    @Operation(summary = "Receive an underretning")
    ResponseEntity<Responses.Created> receive(@Valid @RequestBody ReceiveUnderretningRequest request) {
        UUID underretningId = UUID.randomUUID();
        commands.sendAndWait(new ReceiveUnderretning(underretningId, request.citizenId(), request.reporterKind(),
                request.concerns(), request.description(), request.channel(),
                Objects.requireNonNullElseGet(request.receivedAt(), Instant::now)));
        return Responses.created(underretningId);
    }

    @GetMapping("/{underretningId}")
    @Operation(summary = "One underretning; its ETag is its version")
    ResponseEntity<UnderretningView> underretning(@PathVariable UUID underretningId) {
        return Responses.found(underretninger.find(underretningId), "underretningId", underretningId);
    }

    @GetMapping
    @Operation(summary = "Underretninger, newest first, optionally about one young person")
    PageResponse<UnderretningView> underretninger(@RequestParam(required = false) UUID citizenId, @Valid PageQuery page) {
        return underretninger.list(citizenId, page);
    }
}
