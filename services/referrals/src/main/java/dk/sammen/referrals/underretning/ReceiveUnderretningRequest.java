package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.ReporterKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** The body of {@code POST /underretninger}. */
record ReceiveUnderretningRequest(
        @Schema(description = "The young person's opaque id; leave out while the identity is unresolved") UUID citizenId,
        @NotNull ReporterKind reporterKind,
        @NotEmpty Set<@NotNull ConcernCategory> concerns,
        @Schema(description = "The reporter's own words") @NotBlank @Size(max = 20_000) String description,
        @NotNull IntakeChannel channel,
        @Schema(description = "When it reached the municipality; defaults to now") Instant receivedAt) {
}
