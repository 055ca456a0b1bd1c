package dk.sammen.offers.offer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.OfferKind;
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

import java.util.UUID;

@RestController
@RequestMapping("/offers")
@Tag(name = "Offers", description = "The tilbudsvifte: every offer of the four centres")
class OfferController {

    private final CommandGateway commands;
    private final OfferProjection offers;

    OfferController(CommandGateway commands, OfferProjection offers) {
        this.commands = commands;
        this.offers = offers;
    }

    @PostMapping
    @Operation(summary = "Publish an offer in the catalogue")
    ResponseEntity<Responses.Created> publish(@Valid @RequestBody PublishOfferRequest request) {
        UUID offerId = UUID.randomUUID();
        commands.sendAndWait(new PublishOffer(offerId, request.name(), request.description(), request.owningCentre(), request.kind(),
                request.needCategories()));
        return Responses.created(offerId);
    }

    @GetMapping("/{offerId}")
    @Operation(summary = "One offer; its ETag is its version")
    ResponseEntity<OfferView> offer(@PathVariable UUID offerId) {
        return Responses.found(offers.find(offerId), "offerId", offerId);
    }

    @GetMapping
    @Operation(summary = "The catalogue by name, optionally of one centre or one kind")
    PageResponse<OfferView> offers(@RequestParam(required = false) Centre centre,
                                   @RequestParam(required = false) OfferKind kind,
                                   @Valid PageQuery page) {
        return offers.list(centre, kind, page);
    }
}
