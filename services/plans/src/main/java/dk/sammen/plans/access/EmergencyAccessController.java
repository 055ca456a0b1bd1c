package dk.sammen.plans.access;

import dk.sammen.platform.security.Caller;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
            @Schema(description = "Why the course must be opened now, outside its team; the audit trail and the report keep it",
                    example = "Akut henvendelse fra skolen om sikkerhed; tovholder kan ikke træffes")
            @NotBlank @Size(min = 10, max = 1000, message = "say why, in 10 to 1000 characters") String reason) {
    }

    @PostMapping("/courses/{courseId}/emergency-access")
    @Operation(summary = "Break the glass: open a course you are not on the team of, for a limited time, stating why")
    ResponseEntity<EmergencyAccess.Grant> breakTheGlass(@PathVariable UUID courseId, @Valid @RequestBody EmergencyAccessRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(emergencies.grant(Caller.current().orElseThrow(), courseId, request.reason()));
    }

    @GetMapping("/emergency-accesses")
    @Operation(summary = "Every break-the-glass grant, newest first, optionally of one person: the report for the "
            + "data-protection officer and centre leaders")
    PageResponse<EmergencyAccess.Grant> report(@RequestParam(required = false) UUID personId, @Valid PageQuery page) {
        return emergencies.report(personId, page);
    }
}
