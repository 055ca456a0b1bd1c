package dk.sammen.plans.access;

import dk.sammen.platform.security.Caller;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Emergency access", description = "Break-the-glass: time-limited access to a course outside its team, "
        + "with a stated reason; always audited and reported")
class EmergencyAccessController {

    private final EmergencyAccess emergencies;

    EmergencyAccessController(EmergencyAccess emergencies) {
        this.emergencies = emergencies;
    }

    record EmergencyAccessRequest(
            @Schema(description = "Why, in a word") @NotNull EmergencyCategory category,
            @Schema(description = "The circumstances: what happened and why the team cannot act; the audit trail and the report keep it",
                    example = "Politiet ringer om akut bekymring; tovholder er syg og teamet kan ikke træffes")
            @NotBlank @Size(min = 20, max = 1000, message = "say what happened and why the team cannot act, in 20 to 1000 characters")
            @Pattern(regexp = "(?s)\\s*\\S+(\\s+\\S+){3,}.*", message = "say what happened and why the team cannot act, in four words at least")
            String reason) {
    }

    @PostMapping("/courses/{courseId}/emergency-access")
    @Operation(summary = "Break the glass (caseworkers): read a course you are not on the team of, for a limited time, stating why; "
            + "again within the renewal window only with a centre leader's approval")
    ResponseEntity<EmergencyAccess.Grant> breakTheGlass(@PathVariable UUID courseId, @Valid @RequestBody EmergencyAccessRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(emergencies.grant(Caller.current().orElseThrow(), courseId, request.category(), request.reason()));
    }

    @PostMapping("/emergency-accesses/{grantId}/renewal")
    @Operation(summary = "A centre leader approves another grant for the person and course of an earlier one (a second person)")
    ResponseEntity<EmergencyAccess.Grant> approveRenewal(@PathVariable UUID grantId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(emergencies.approveRenewal(Caller.current().orElseThrow(), grantId));
    }

    @GetMapping("/emergency-accesses")
    @Operation(summary = "Every break-the-glass grant, newest first, optionally of one person: the report for the "
            + "data-protection officer and centre leaders")
    PageResponse<EmergencyAccess.Grant> report(@RequestParam(required = false) UUID personId, @Valid PageQuery page) {
        return emergencies.report(personId, page);
    }
}
