package dk.sammen.offers.competence;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.Availability;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.platform.audit.NotPersonalData;
import dk.sammen.platform.command.IdempotentCreation;
import dk.sammen.platform.consistency.ReadsFrom;
import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.Responses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.UUID;

@RestController
@NotPersonalData
@RequestMapping("/competences")
@Tag(name = "Competence bank", description = "The municipality's competences, for a young person and their tovholder to compose a course from")
class CompetenceController {

    private final CommandGateway commands;
    private final CompetenceBank bank;
    private final IdempotentCreation idempotent;

    CompetenceController(CommandGateway commands, CompetenceBank bank, IdempotentCreation idempotent) {
        this.commands = commands;
        this.bank = bank;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(summary = "Register a competence: what, whose, which needs, languages, how to get in touch")
    ResponseEntity<Responses.Created> register(
            @Parameter(description = "Makes a retried registration register once") @RequestHeader(name = IdempotentCreation.HEADER, required = false) String key,
            @Valid @RequestBody RegistrationRequest request) {
        return idempotent.create("competences", key, request, id -> commands.sendAndWait(
                new CompetenceCommands.RegisterCompetence(id, request.details(), request.availability())));
    }

    @PutMapping("/{competenceId}")
    @Operation(summary = "Update a competence")
    ResponseEntity<Void> update(@PathVariable UUID competenceId, ExpectedVersion expected, @Valid @RequestBody CompetenceDetails details) {
        return Responses.changed(commands.sendAndWait(new CompetenceCommands.UpdateCompetence(competenceId, expected.value(), details)));
    }

    @PutMapping("/{competenceId}/availability")
    @Operation(summary = "Change a competence's availability")
    ResponseEntity<Void> availability(@PathVariable UUID competenceId, ExpectedVersion expected, @Valid @RequestBody AvailabilityRequest request) {
        return Responses.changed(commands.sendAndWait(new CompetenceCommands.ChangeAvailability(competenceId, expected.value(),
                request.availability())));
    }

    @DeleteMapping("/{competenceId}")
    @Operation(summary = "Withdraw a competence from the bank")
    ResponseEntity<Void> withdraw(@PathVariable UUID competenceId, ExpectedVersion expected) {
        return Responses.changed(commands.sendAndWait(new CompetenceCommands.WithdrawCompetence(competenceId, expected.value())));
    }

    @ReadsFrom("competence-view")
    @GetMapping("/{competenceId}")
    @Operation(summary = "One competence")
    ResponseEntity<CompetenceView> competence(@PathVariable UUID competenceId) {
        return Responses.found(bank.find(competenceId), "competenceId", competenceId);
    }

    @ReadsFrom("competence-view")
    @GetMapping
    @Operation(summary = "Search the bank: Danish full text, best match first, and filters")
    List<CompetenceView> search(@Parameter(description = "Words in Danish, such as \"angst mentor\"") @RequestParam(required = false) String q,
                                @RequestParam(required = false) Centre centre,
                                @RequestParam(required = false) NeedCategory need,
                                @RequestParam(required = false) Availability availability) {
        return bank.search(q, centre, need, availability);
    }

    @PostMapping("/match")
    @Operation(summary = "Competences that answer a young person's needs (and speak their language), with the reasons")
    List<CompetenceView> match(@Valid @RequestBody MatchRequest request) {
        return bank.match(request.needCategories(), request.language());
    }

    record RegistrationRequest(@NotNull @Valid CompetenceDetails details, @NotNull Availability availability) {
    }

    record AvailabilityRequest(@NotNull Availability availability) {
    }

    @Schema(name = "CompetenceMatchRequest")
    record MatchRequest(@Schema(example = "[\"MENTAL_HEALTH\", \"FAMILY_SUPPORT\"]") @NotEmpty Set<@NotNull NeedCategory> needCategories,
                        @Schema(example = "arabisk") @Size(max = 50) String language) {
    }
}
