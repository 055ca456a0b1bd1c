package dk.sammen.offers.competence;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

/**
 * A competence of the municipality a young person and their tovholder can compose a course from
 * (seed 000 §4: the competence bank): what it is, whose it is, which needs it answers, in which
 * languages, and how to get in touch. Also the body of the requests that register and update one.
 */
public record CompetenceDetails(
        @Schema(example = "Mentor med erfaring med angst") @NotBlank @Size(max = 200) String title,
        @Schema(example = "Har fulgt unge med angst i skole og praktik; arbejder med små, synlige skridt") @NotBlank @Size(max = 4000) String description,
        @Schema(description = "The professional or unit holding it", example = "Ungeenheden, mentorkorpset") @NotBlank @Size(max = 200) String holder,
        @NotNull Centre centre,
        @NotEmpty Set<@NotNull NeedCategory> needCategories,
        @Schema(example = "[\"dansk\", \"arabisk\"]") @NotNull List<@NotBlank @Size(max = 50) String> languages,
        @Schema(description = "How to get in touch", example = "Skriv til mentorkorpset via Ungeenhedens sekretariat") @NotBlank @Size(max = 500) String contactRoute) {
}
