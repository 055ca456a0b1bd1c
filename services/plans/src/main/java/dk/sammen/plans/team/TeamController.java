package dk.sammen.plans.team;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.Responses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/courses/{courseId}")
@Tag(name = "Team", description = "The tovholder and the interdisciplinary team of a course")
class TeamController {

    private final CommandGateway commands;

    TeamController(CommandGateway commands) {
        this.commands = commands;
    }

    @PutMapping("/tovholder")
    @Operation(summary = "Assign the tovholder, or hand the course over (a handover needs a reason); history is kept")
    ResponseEntity<Void> assignTovholder(@PathVariable UUID courseId, ExpectedVersion expected, @Valid @RequestBody TovholderRequest request) {
        return Responses.changed(commands.sendAndWait(new TeamCommands.AssignTovholder(courseId, expected.value(),
                request.professionalId(), request.name(), request.role(), request.centre(), request.handoverReason())));
    }

    @PostMapping("/team")
    @Operation(summary = "Add a member to the team")
    ResponseEntity<Void> add(@PathVariable UUID courseId, ExpectedVersion expected, @Valid @RequestBody MemberRequest request) {
        return Responses.changed(commands.sendAndWait(new TeamCommands.AddTeamMember(courseId, expected.value(),
                request.memberId(), request.name(), request.role(), request.affiliation())));
    }

    @DeleteMapping("/team/{memberId}")
    @Operation(summary = "Remove a member from the team (not the tovholder)")
    ResponseEntity<Void> remove(@PathVariable UUID courseId, @PathVariable UUID memberId, ExpectedVersion expected) {
        return Responses.changed(commands.sendAndWait(new TeamCommands.RemoveTeamMember(courseId, expected.value(), memberId)));
    }

    record TovholderRequest(
            @Schema(description = "The professional's id in the municipality's identity provider") @NotNull UUID professionalId,
            @Schema(example = "Lene Holm") @NotBlank @Size(max = 200) String name,
            @NotNull TeamRole role,
            @NotNull Centre centre,
            @Schema(description = "Why the course changes hands; required for a handover", example = "Borgerkoordinator koblet på pga. manglende progression") @Size(max = 2000) String handoverReason) {
    }

    record MemberRequest(
            @Schema(description = "The professional's id, or the citizen id of someone from the young person's network") @NotNull UUID memberId,
            @Schema(example = "Ole Lærer") @NotBlank @Size(max = 200) String name,
            @NotNull TeamRole role,
            @NotNull TeamAffiliation affiliation) {
    }
}
