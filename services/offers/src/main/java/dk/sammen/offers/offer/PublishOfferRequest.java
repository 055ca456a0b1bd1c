package dk.sammen.offers.offer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** The body of {@code POST /offers}. */
record PublishOfferRequest(
        @Schema(description = "The offer's name, in Danish", example = "Mentorstøtte") @NotBlank @Size(max = 200) String name,
        @Schema(description = "What the offer is and does, in Danish") @NotBlank @Size(max = 10_000) String description,
        @NotNull Centre owningCentre,
        @NotNull OfferKind kind,
        @Schema(description = "The needs the offer serves (the needs bank)", example = "[\"EMPLOYMENT\"]")
        @NotEmpty Set<@NotNull NeedCategory> needCategories) {
}
