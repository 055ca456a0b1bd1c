package dk.sammen.plans.courseoffer;

import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.Responses;
import dk.sammen.platform.web.UnknownIdException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
@RequestMapping("/courses/{courseId}")
@Tag(name = "Offers in the course", description = "Offers from the catalogue running in a course, and double-offer warnings")
class CourseOfferController {

    private final CommandGateway commands;
    private final OfferCatalogue catalogue;

    CourseOfferController(CommandGateway commands, OfferCatalogue catalogue) {
        this.commands = commands;
        this.catalogue = catalogue;
    }

    @PostMapping("/offers")
    @Operation(summary = "Start an offer from the catalogue (its current revision); may raise a double-offer warning")
    ResponseEntity<Void> start(@PathVariable UUID courseId, ExpectedVersion expected, @Valid @RequestBody StartRequest request) {
        CatalogueOffer offer = catalogue.find(request.offerId())
                .orElseThrow(() -> new UnknownIdException("offerId", request.offerId()));
        return Responses.changed(commands.sendAndWait(new CourseOfferCommands.StartOffer(courseId, expected.value(), offer.offerId(),
                offer.revision(), offer.name(), offer.centre(), offer.needCategories(), request.startedOn(), UUID.randomUUID())));
    }

    @PostMapping("/offers/{offerId}/end")
    @Operation(summary = "End an offer running in the course")
    ResponseEntity<Void> end(@PathVariable UUID courseId, @PathVariable UUID offerId, ExpectedVersion expected,
                             @Valid @RequestBody EndRequest request) {
        return Responses.changed(commands.sendAndWait(new CourseOfferCommands.EndOffer(courseId, expected.value(), offerId, request.endedOn())));
    }

    @PostMapping("/double-offer-warnings/{warningId}/acknowledgement")
    @Operation(summary = "Acknowledge a double-offer warning, saying why both offers are right for the young person")
    ResponseEntity<Void> acknowledge(@PathVariable UUID courseId, @PathVariable UUID warningId, ExpectedVersion expected,
                                     @Valid @RequestBody AcknowledgementRequest request) {
        return Responses.changed(commands.sendAndWait(new CourseOfferCommands.AcknowledgeDoubleOffer(courseId, expected.value(),
                warningId, request.reason())));
    }

    record StartRequest(@NotNull UUID offerId, @Schema(example = "2024-02-01") @NotNull LocalDate startedOn) {
    }

    record EndRequest(@NotNull LocalDate endedOn) {
    }

    record AcknowledgementRequest(
            @Schema(example = "Mentor (C-ARB) og §85-støtte (C-SS) dækker forskellige dele af hverdagen")
            @NotBlank @Size(max = 2000) String reason) {
    }
}
