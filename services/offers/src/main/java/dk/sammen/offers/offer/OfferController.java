package dk.sammen.offers.offer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import dk.sammen.events.plans.TargetGroup;
import dk.sammen.platform.audit.NotPersonalData;
import dk.sammen.platform.command.IdempotentCreation;
import dk.sammen.platform.consistency.ReadsFrom;
import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.Responses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.UUID;

@RestController
@NotPersonalData
@RequestMapping("/offers")
@Tag(name = "Offers", description = "The tilbudsvifte: offers through their revisions, Danish full-text search, matching and double offers")
class OfferController {

    private final CommandGateway commands;
    private final OfferProjection offers;
    private final IdempotentCreation idempotent;

    OfferController(CommandGateway commands, OfferProjection offers, IdempotentCreation idempotent) {
        this.commands = commands;
        this.offers = offers;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(summary = "Draft an offer; it is usable once published")
    ResponseEntity<Responses.Created> draft(
            @Parameter(description = "Makes a retried draft draft once") @RequestHeader(name = IdempotentCreation.HEADER, required = false) String key,
            @Valid @RequestBody OfferDetails details) {
        return idempotent.create("offers", key, details, id -> commands.sendAndWait(new OfferCommands.DraftOffer(id, details)));
    }

    @PostMapping("/{offerId}/publication")
    @Operation(summary = "Publish a draft as revision 1")
    ResponseEntity<Void> publish(@PathVariable UUID offerId, ExpectedVersion expected) {
        return Responses.changed(commands.sendAndWait(new OfferCommands.PublishOffer(offerId, expected.value())));
    }

    @PutMapping("/{offerId}")
    @Operation(summary = "Publish a new revision of a live offer; courses keep the revision they started with")
    ResponseEntity<Void> revise(@PathVariable UUID offerId, ExpectedVersion expected, @Valid @RequestBody OfferDetails details) {
        return Responses.changed(commands.sendAndWait(new OfferCommands.ReviseOffer(offerId, expected.value(), details)));
    }

    @PostMapping("/{offerId}/suspension")
    @Operation(summary = "Suspend a published offer: no new courses start it")
    ResponseEntity<Void> suspend(@PathVariable UUID offerId, ExpectedVersion expected, @Valid @RequestBody ReasonRequest request) {
        return Responses.changed(commands.sendAndWait(new OfferCommands.SuspendOffer(offerId, expected.value(), request.reason())));
    }

    @PostMapping("/{offerId}/resumption")
    @Operation(summary = "Make a suspended offer usable again")
    ResponseEntity<Void> resume(@PathVariable UUID offerId, ExpectedVersion expected) {
        return Responses.changed(commands.sendAndWait(new OfferCommands.ResumeOffer(offerId, expected.value())));
    }

    @PostMapping("/{offerId}/retirement")
    @Operation(summary = "Retire an offer from the catalogue for good")
    ResponseEntity<Void> retire(@PathVariable UUID offerId, ExpectedVersion expected, @Valid @RequestBody ReasonRequest request) {
        return Responses.changed(commands.sendAndWait(new OfferCommands.RetireOffer(offerId, expected.value(), request.reason())));
    }

    @ReadsFrom("offer-view")
    @GetMapping("/{offerId}")
    @Operation(summary = "One offer: its current revision, places in use and wait-list; its ETag is its version")
    ResponseEntity<OfferView> offer(@PathVariable UUID offerId) {
        return Responses.found(offers.find(offerId), "offerId", offerId);
    }

    @ReadsFrom("offer-view")
    @GetMapping
    @Operation(summary = "Search the catalogue: Danish full text (best match first) and filters; an offer at capacity says so")
    PageResponse<OfferView> search(@Parameter(description = "Words in Danish, such as \"praktik børnehave\"") @RequestParam(required = false) String q,
                                   @RequestParam(required = false) Centre centre,
                                   @RequestParam(required = false) OfferKind kind,
                                   @RequestParam(required = false) NeedCategory need,
                                   @RequestParam(required = false) TargetGroup targetGroup,
                                   @RequestParam(required = false) @Min(0) @Max(99) Integer age,
                                   @Parameter(description = "PUBLISHED unless asked") @RequestParam(required = false) OfferStatus status,
                                   @Valid PageQuery page) {
        return offers.search(new OfferProjection.Search(q, centre, kind, need, targetGroup, age, status), page);
    }

    @PostMapping("/match")
    @Operation(summary = "Rank published offers across all centres for a young person's profile, saying why each matched")
    List<OfferView> match(@Valid @RequestBody MatchRequest request) {
        return offers.match(request.age(), request.targetGroup(), request.needCategories(), request.goals(), 20);
    }

    @PostMapping("/combinations")
    @Operation(summary = "For a planned combination: which offers are double offers (same need, different centres) and which complement each other")
    Combination combination(@Valid @RequestBody CombinationRequest request) {
        return Combination.of(offers.each(request.offerIds(), "offerIds"));
    }

    record ReasonRequest(@Schema(example = "Ingen ledige mentorer i sommerferien") @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "OfferMatchRequest")
    record MatchRequest(@Schema(example = "16") @NotNull @Min(0) @Max(99) Integer age,
                        TargetGroup targetGroup,
                        @Schema(example = "[\"SCHOOL_ATTENDANCE\", \"SOCIAL_NETWORK\"]") @NotNull Set<@NotNull NeedCategory> needCategories,
                        @Schema(description = "The young person's goals in their words", example = "praktik i en børnehave") @Size(max = 2000) String goals) {
    }

    record CombinationRequest(@Schema(example = "[\"5f0c6a4e-2b1d-4c1e-9a53-7b1f3c2d9e10\"]") @NotEmpty @Size(max = 50) List<@NotNull UUID> offerIds) {
    }
}
