package dk.sammen.plans.citizen;

import dk.sammen.platform.identity.CprNumber;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /citizens}. */
record RegisterCitizenRequest(
        @Schema(description = "CPR number, DDMMYY-SSSS; stays in the plans service", example = "070311-4321")
        @NotNull @CprNumber String cpr,
        @Schema(example = "Sofie Jensen") @NotBlank @Size(max = 200) String name,
        @Valid Contact contact,
        @Schema(description = "The facts the target-group category is derived from") @NotNull @Valid Situation situation) {

    record Contact(
            @Schema(example = "+45 20 30 40 50") @Size(max = 40) String phone,
            @Schema(example = "sofie@example.org") @Email @Size(max = 200) String email,
            @Schema(example = "Skolevej 1, 2750 Ballerup") @Size(max = 300) String address) {
    }
}
