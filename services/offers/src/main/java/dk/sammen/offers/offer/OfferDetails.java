package dk.sammen.offers.offer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.events.plans.TargetGroup;
import dk.sammen.platform.web.EdgeBounds;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the catalogue says about one revision of an offer: what it is, who owns and provides
 * it under which law, whom it is for, what it costs, how it answers the three strategic criteria
 * (seed 000), which general communities it leads towards, which needs it serves and which
 * progression it expects to move. Also the body of the requests that draft and revise an offer.
 */
public record OfferDetails(
        @Schema(description = "In Danish", example = "Mentorstøtte") @NotBlank @Size(max = 200) String name,
        @Schema(description = "In Danish", example = "En fast mentor, der følger den unge i hverdagen og i praktik") @NotBlank @Size(max = 10_000) String description,
        @NotNull Centre owningCentre,
        @Schema(example = "Ungeenheden") @NotBlank @Size(max = 200) String unit,
        @NotNull @Valid LegalBasis legalBasis,
        @NotNull @Valid TargetGroupFit targetGroup,
        @NotNull OfferKind kind,
        @NotNull @Valid Provider provider,
        @Schema(description = "Places", example = "12") @NotNull @PositiveOrZero @Max(100_000) Integer capacity,
        @Schema(description = "Whole DKK a month", example = "9500") @NotNull @PositiveOrZero @Max(EdgeBounds.LARGEST_AMOUNT) Long pricePerMonth,
        @Schema(example = "2 timer om ugen") @NotBlank @Size(max = 200) String intensity,
        @NotNull @Valid StrategicCriteria criteria,
        @Schema(description = "The general communities it leads towards", example = "[\"Ungdomsuddannelse\", \"Foreningsliv\"]")
        @NotNull List<@NotBlank @Size(max = 200) String> communities,
        @NotEmpty Set<@NotNull NeedCategory> needCategories,
        @NotNull Set<@NotNull ProgressionDimension> progression) {

    /** @param section such as "§ 85" */
    public record LegalBasis(@Schema(example = "Serviceloven") @NotBlank @Size(max = 100) String law,
                             @Schema(example = "§ 85") @Size(max = 50) String section) {
    }

    public record TargetGroupFit(@Schema(example = "15") @NotNull @Min(0) @Max(99) Integer ageMin,
                                 @Schema(example = "30") @NotNull @Min(0) @Max(99) Integer ageMax,
                                 @NotNull Set<@NotNull TargetGroup> categories) {
    }

    public enum ProviderKind { INTERNAL, EXTERNAL }

    /** An external provider works under a contract period. */
    public record Provider(@NotNull ProviderKind kind, @Schema(example = "Ungeenheden") @NotBlank @Size(max = 200) String name,
                           LocalDate contractFrom, LocalDate contractTo) {
    }

    /** How the offer meets each of the three strategic criteria, in a short statement each. */
    public record StrategicCriteria(
            @Schema(example = "Mentoren bygger bro til familie og netværk") @NotBlank @Size(max = 1000) String relationsAndNetwork,
            @Schema(example = "Den unge sætter selv målene") @NotBlank @Size(max = 1000) String empowerment,
            @Schema(example = "Timer og sted følger den unges behov") @NotBlank @Size(max = 1000) String individualAndFlexible) {
    }
}
