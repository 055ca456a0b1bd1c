package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.UnderretningDecision;
import dk.sammen.platform.audit.AuditSubjects;
import dk.sammen.platform.command.IdempotentCreation;
import dk.sammen.platform.consistency.ReadsFrom;
import dk.sammen.platform.identity.CprNumber;
import dk.sammen.platform.security.Acting;
import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.Responses;
import dk.sammen.platform.web.UnknownIdException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Underretninger", description = "Notifications of concern, their legal deadlines, assessment, decision and feedback")
class UnderretningController {

    private final CommandGateway commands;
    private final UnderretningIntake intake;
    private final UnderretningProjection underretninger;
    private final IdempotentCreation idempotent;

    UnderretningController(CommandGateway commands, UnderretningIntake intake, UnderretningProjection underretninger,
                           IdempotentCreation idempotent) {
        this.commands = commands;
        this.intake = intake;
        this.underretninger = underretninger;
        this.idempotent = idempotent;
    }

    @PostMapping("/underretninger")
    @Operation(summary = "Receive an underretning; starts the 24-hour and 6-working-day deadlines (an intake worker may import one "
            + "from before Sammen with handledOutsideSystem: no deadlines, never in the inbox)")
    ResponseEntity<Responses.Created> receive(
            @Parameter(description = "Makes a retried intake record one underretning") @RequestHeader(name = IdempotentCreation.HEADER, required = false) String key,
            @Valid @RequestBody ReceiveUnderretningRequest request) {
        return idempotent.create("underretninger", key, request, id -> intake.receive(id, request));
    }

    @ReadsFrom("underretning-view")
    @GetMapping("/underretninger/{underretningId}")
    @Operation(summary = "One underretning with its deadline clocks; its ETag is its version")
    ResponseEntity<UnderretningView> underretning(@PathVariable UUID underretningId) {
        var found = underretninger.find(underretningId);
        found.ifPresent(view -> AuditSubjects.returned(java.util.List.of(view), UnderretningView::citizenId));
        return Responses.found(found, "underretningId", underretningId);
    }

    @ReadsFrom("underretning-view")
    @GetMapping("/underretninger")
    @Operation(summary = "Underretninger, newest first, optionally about one young person")
    PageResponse<UnderretningView> underretninger(@RequestParam(required = false) UUID citizenId, @Valid PageQuery page) {
        PageResponse<UnderretningView> found = underretninger.list(citizenId, page);
        AuditSubjects.returned(found.items(), UnderretningView::citizenId);
        return found;
    }

    @ReadsFrom("underretning-view")
    @GetMapping("/intake/inbox")
    @Operation(summary = "The intake inbox: undecided underretninger, the nearest deadline first, overdue ones flagged")
    List<UnderretningView> inbox() {
        List<UnderretningView> inbox = underretninger.inbox();
        AuditSubjects.returned(inbox, UnderretningView::citizenId);
        return inbox;
    }

    @ReadsFrom("underretning-view")
    @GetMapping("/intake/deadline-breaches")
    @Operation(summary = "Every missed legal deadline, newest first")
    List<UnderretningProjection.DeadlineBreach> breaches() {
        List<UnderretningProjection.DeadlineBreach> breaches = underretninger.breaches();
        AuditSubjects.returned(breaches, UnderretningProjection.DeadlineBreach::citizenId);
        return breaches;
    }

    @ReadsFrom("underretning-view")
    @GetMapping("/underretninger/{underretningId}/reporter")
    @Operation(summary = "Who reported it: for intake roles only, never shown to the family's side")
    UnderretningIntake.ReporterIdentity reporter(@PathVariable UUID underretningId) {
        return intake.reporter(underretningId).orElseThrow(() -> new UnknownIdException("underretningId", underretningId));
    }

    @PostMapping("/underretninger/{underretningId}/assessment")
    @Operation(summary = "Record the 24-hour assessment: the child in danger, acute measures needed, by whom and why")
    ResponseEntity<Void> assess(@PathVariable UUID underretningId, ExpectedVersion expected, @Valid @RequestBody AssessmentRequest request) {
        return Responses.changed(commands.sendAndWait(new UnderretningCommands.RecordAssessment(underretningId, expected.value(),
                Acting.caller(request.assessedBy(), "assessedBy"), request.childInDanger(), request.acuteMeasuresNeeded(), request.reasoning())));
    }

    @PostMapping("/underretninger/{underretningId}/receipt")
    @Operation(summary = "Record the receipt sent to the professional reporter")
    ResponseEntity<Void> receipt(@PathVariable UUID underretningId, ExpectedVersion expected, @Valid @RequestBody ActorRequest request) {
        return Responses.changed(commands.sendAndWait(new UnderretningCommands.SendReceipt(underretningId, expected.value(), Acting.caller(request.by(), "by"))));
    }

    @PostMapping("/underretninger/{underretningId}/decision")
    @Operation(summary = "Decide and route: no further action, investigation, offer a coordinated course, or inform an existing course")
    ResponseEntity<Void> decide(@PathVariable UUID underretningId, ExpectedVersion expected, @Valid @RequestBody DecisionRequest request) {
        return Responses.changed(commands.sendAndWait(new UnderretningCommands.DecideOnUnderretning(underretningId, expected.value(),
                request.decision(), request.reason(), Acting.caller(request.decidedBy(), "decidedBy"), request.courseId())));
    }

    @PostMapping("/underretninger/{underretningId}/feedback")
    @Operation(summary = "Record the feedback to the professional reporter: did an investigation or measures follow")
    ResponseEntity<Void> feedback(@PathVariable UUID underretningId, ExpectedVersion expected, @Valid @RequestBody FeedbackRequest request) {
        return Responses.changed(commands.sendAndWait(new UnderretningCommands.GiveFeedback(underretningId, expected.value(),
                request.investigationOrMeasures(), Acting.caller(request.givenBy(), "givenBy"))));
    }

    @PutMapping("/underretninger/{underretningId}/identity")
    @Operation(summary = "Resolve who an underretning is about, once known")
    ResponseEntity<Void> identify(@PathVariable UUID underretningId, ExpectedVersion expected, @Valid @RequestBody IdentityRequest request) {
        return Responses.changed(intake.resolveIdentity(underretningId, expected.value(), request.cpr(), request.name()));
    }

    record AssessmentRequest(
            @Schema(description = "The professional who assessed: the caller (left out, the caller is meant)") UUID assessedBy,
            @Schema(example = "false") @NotNull Boolean childInDanger,
            @Schema(example = "false") @NotNull Boolean acuteMeasuresNeeded,
            @Schema(example = "Ingen akut fare; bekymring for fravær og trivsel") @NotBlank @Size(max = 8000) String reasoning) {
    }

    record ActorRequest(@Schema(description = "The professional who acted: the caller (left out, the caller is meant)") UUID by) {
    }

    record DecisionRequest(
            @NotNull UnderretningDecision decision,
            @Schema(example = "Gentagne underretninger fra flere kilder") @NotBlank @Size(max = 8000) String reason,
            @Schema(description = "Who decided: the caller (left out, the caller is meant)") UUID decidedBy,
            @Schema(description = "The existing course, for INFORM_EXISTING_COURSE") UUID courseId) {
    }

    record FeedbackRequest(@Schema(example = "true") @NotNull Boolean investigationOrMeasures, @Schema(description = "Who gave it: the caller (left out, the caller is meant)") UUID givenBy) {
    }

    record IdentityRequest(@Schema(example = "090210-4123") @NotNull @CprNumber String cpr,
                           @Schema(example = "Datter") @Size(max = 200) String name) {
    }
}
