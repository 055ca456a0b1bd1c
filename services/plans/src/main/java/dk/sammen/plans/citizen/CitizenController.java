package dk.sammen.plans.citizen;

import dk.sammen.events.plans.FamilyRelation;
import dk.sammen.platform.audit.AuditSubjects;
import dk.sammen.platform.command.IdempotentCreation;
import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.identity.Cpr;
import dk.sammen.platform.identity.CprNumber;
import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.Responses;
import dk.sammen.platform.web.UnknownIdException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/citizens")
@Tag(name = "Citizens", description = "Young people and their families; CPR numbers and names stay in this service")
class CitizenController {

    private final CitizenRegistration registration;
    private final CitizenDirectory directory;
    private final IdempotentCreation idempotent;
    private final CitizenPseudonyms pseudonyms;

    CitizenController(CitizenRegistration registration, CitizenDirectory directory, IdempotentCreation idempotent,
                      CitizenPseudonyms pseudonyms) {
        this.registration = registration;
        this.directory = directory;
        this.idempotent = idempotent;
        this.pseudonyms = pseudonyms;
    }

    @PostMapping
    @Operation(summary = "Register a young person (or a family member); derives age and target-group category")
    ResponseEntity<Responses.Created> register(
            @Parameter(description = "Makes a retried registration register once") @RequestHeader(name = IdempotentCreation.HEADER, required = false) String key,
            @Valid @RequestBody RegisterCitizenRequest request) {
        UUID citizenId = pseudonyms.of(Cpr.parse(request.cpr()));
        return idempotent.create("citizens", key, request, citizenId, id -> registration.register(id, request));
    }

    @GetMapping("/{citizenId}")
    @Operation(summary = "One registered person, without the CPR number")
    ResponseEntity<CitizenView> citizen(@PathVariable UUID citizenId) {
        return Responses.found(directory.find(citizenId), "citizenId", citizenId);
    }

    /**
     * A POST, so the CPR number never appears in a URL or an access log. It answers whom the
     * number names, nothing of their record: knowing a CPR number is no way around
     * {@code GET /citizens/{citizenId}}'s need-to-know.
     */
    @PostMapping("/lookup")
    @Operation(summary = "Find a registered person's id by CPR number; their record is GET /citizens/{citizenId}")
    FoundPerson lookup(@Valid @RequestBody CprLookup lookup) {
        UUID citizenId = directory.idOf(Cpr.parse(lookup.cpr())).orElseThrow(() ->
                UnknownIdException.noMatch("cpr", "No person with this CPR number is registered"));
        AuditSubjects.returned(List.of(citizenId), id -> id);
        return new FoundPerson(citizenId);
    }

    record FoundPerson(UUID citizenId) {
    }

    @PostMapping("/{citizenId}/family-relations")
    @Operation(summary = "Relate another registered person to this one (parent/guardian, child, sibling)")
    ResponseEntity<Void> relate(@PathVariable UUID citizenId, @Valid @RequestBody RelateRequest request) {
        return Responses.changed(registration.relate(citizenId, request.relatedCitizenId(), request.relation()));
    }

    @PutMapping("/{citizenId}/situation")
    @Operation(summary = "Update a young person's situation (a new school year, absence, an education begun or completed): "
            + "the target-group category is derived again, and the earlier ones stay in targetGroupHistory")
    ResponseEntity<Void> updateSituation(@PathVariable UUID citizenId, ExpectedVersion expected, @Valid @RequestBody Situation situation) {
        return Responses.changed(registration.updateSituation(citizenId, expected.value(), situation));
    }

    record CprLookup(@io.swagger.v3.oas.annotations.media.Schema(example = "070311-4321") @NotNull @CprNumber String cpr) {
    }

    record RelateRequest(@NotNull UUID relatedCitizenId,
                         @io.swagger.v3.oas.annotations.media.Schema(description = "What the related person is to this citizen")
                         @NotNull FamilyRelation relation) {
    }
}
