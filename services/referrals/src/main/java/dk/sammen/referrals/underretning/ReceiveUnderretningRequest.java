package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.platform.identity.CprNumber;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /underretninger}, shaped like the national intake schemas so an
 * integration can send it as well as a form.
 */
record ReceiveUnderretningRequest(
        @Schema(description = "The child or young person; leave out while the identity is unknown") @Valid Child child,
        @NotNull @Valid @ReporterIdentified Reporter reporter,
        @Schema(description = "The child's guardians, as far as known") List<@NotNull @Valid Guardian> guardians,
        @Schema(description = "The child was told of the underretning", example = "false") boolean childInformed,
        @Schema(description = "The guardians were told of the underretning", example = "true") boolean guardiansInformed,
        @Schema(description = "The language an interpreter is needed for, if any", example = "arabisk") @Size(max = 100) String interpreterLanguage,
        @Schema(description = "Other agencies involved", example = "[\"Familiehuset\"]") List<@NotBlank @Size(max = 200) String> otherAgencies,
        @NotEmpty Set<@NotNull ConcernCategory> concerns,
        @Schema(description = "The reporter's own words", example = "Massivt skolefravær og bekymring for trivslen")
        @NotBlank @Size(max = 20_000) String description,
        @NotNull IntakeChannel channel,
        @Schema(description = "When it reached the municipality: the 24-hour and 6-working-day clocks run from it, so it is "
                + "required and not later than now", example = "2025-05-01T08:30:00Z") @NotNull @PastOrPresent Instant receivedAt,
        @Schema(description = "An underretning from before Sammen, received and handled outside the system, imported as part of the "
                + "young person's history (intake only): no deadline runs and it is never in the inbox", example = "false")
        boolean handledOutsideSystem) {

    record Child(
            @Schema(description = "CPR number; stays in the referrals service", example = "090210-4123") @CprNumber String cpr,
            @Schema(example = "Datter") @Size(max = 200) String name) {
    }

    /** A professional reporter is always named; only a private citizen may be anonymous. */
    record Reporter(
            @NotNull ReporterKind kind,
            @Schema(description = "Only a private citizen may be anonymous", example = "false") boolean anonymous,
            @Schema(example = "Lærer Hansen") @Size(max = 200) String name,
            @Schema(example = "Skovvejens Skole") @Size(max = 200) String organisation,
            @Schema(example = "+45 44 77 00 00") @Size(max = 40) String phone,
            @Schema(example = "kontor@skole.example.org") @Email @Size(max = 200) String email) {
    }

    record Guardian(
            @Schema(example = "140386-2123") @NotNull @CprNumber String cpr,
            @Schema(example = "Maja") @Size(max = 200) String name) {
    }
}
