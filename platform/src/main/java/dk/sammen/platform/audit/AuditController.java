package dk.sammen.platform.audit;

import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Audit trail", description = "Every read and change of personal data in this service, for the data-protection officer")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit-trail")
    @Operation(summary = "Who looked at or changed what, newest first: of one young person, of one user, or all")
    PageResponse<AuditEntry> entries(
            @Parameter(description = "Only entries about this young person") @RequestParam(required = false) UUID citizenId,
            @Parameter(description = "Only entries of this user (the token's subject)") @RequestParam(required = false) String userId,
            @Valid PageQuery page) {
        return trail.entries(citizenId, userId, page);
    }

    @GetMapping("/audit-trail/verification")
    @Operation(summary = "Checks the whole hash chain: intact, or which entries were changed or removed")
    AuditTrail.Verification verification() {
        return trail.verify();
    }
}
