package dk.sammen.plans.meeting;

import dk.sammen.events.plans.AgreementParty;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/courses/{courseId}")
@Tag(name = "Meetings", description = "Team meetings with the young person and the binding agreements they end with")
class MeetingController {

    private final CommandGateway commands;

    MeetingController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/meetings")
    @Operation(summary = "Schedule a team meeting (typically 6-12 weeks after the last)")
    ResponseEntity<Responses.Created> schedule(@PathVariable UUID courseId, ExpectedVersion expected,
                                               @Valid @RequestBody ScheduleRequest request) {
        UUID meetingId = UUID.randomUUID();
        long version = commands.sendAndWait(new MeetingCommands.ScheduleMeeting(courseId, expected.value(), meetingId,
                request.scheduledFor(), request.invitedMemberIds()));
        return Responses.created(meetingId, version);
    }

    @PostMapping("/meetings/{meetingId}/minutes")
    @Operation(summary = "Record the meeting as held: the young person present, who came, decisions and binding agreements")
    ResponseEntity<Void> hold(@PathVariable UUID courseId, @PathVariable UUID meetingId, ExpectedVersion expected,
                              @Valid @RequestBody MinutesRequest request) {
        List<MeetingCommands.NewAgreement> agreements = request.agreements().stream()
                .map(a -> new MeetingCommands.NewAgreement(UUID.randomUUID(), a.party(), a.partyMemberId(), a.partyName(), a.what(), a.dueDate()))
                .toList();
        List<MeetingCommands.Decision> decisions = request.decisions().stream()
                .map(d -> new MeetingCommands.Decision(d.text(), d.citizenAgrees())).toList();
        return Responses.changed(commands.sendAndWait(new MeetingCommands.HoldMeeting(courseId, expected.value(), meetingId,
                request.citizenPresent(), request.attendedMemberIds(), request.summary(), decisions, agreements)));
    }

    @PostMapping("/agreements/{agreementId}/follow-up")
    @Operation(summary = "Follow up a binding agreement: fulfilled or not, and what happens next")
    ResponseEntity<Void> followUp(@PathVariable UUID courseId, @PathVariable UUID agreementId, ExpectedVersion expected,
                                  @Valid @RequestBody FollowUpRequest request) {
        return Responses.changed(commands.sendAndWait(new MeetingCommands.FollowUpAgreement(courseId, expected.value(),
                agreementId, request.fulfilled(), request.followUp())));
    }

    record ScheduleRequest(
            @Schema(example = "2025-06-12T13:00:00Z") @NotNull Instant scheduledFor,
            @Schema(example = "[\"5f0c6a4e-2b1d-4c1e-9a53-7b1f3c2d9e10\"]") @NotNull Set<@NotNull UUID> invitedMemberIds) {
    }

    record MinutesRequest(
            @Schema(description = "The young person took part; a meeting without them cannot be recorded (principle 1)",
                    example = "true") boolean citizenPresent,
            @Schema(example = "[\"5f0c6a4e-2b1d-4c1e-9a53-7b1f3c2d9e10\"]") @NotNull Set<@NotNull UUID> attendedMemberIds,
            @Schema(example = "Datterens ønske om praktik i børnehave blev til en aftale") @Size(max = 8000) String summary,
            @NotNull List<@Valid DecisionRequest> decisions,
            @NotNull List<@Valid AgreementRequest> agreements) {
    }

    @Schema(name = "MeetingDecisionRequest")
    record DecisionRequest(@Schema(example = "Praktik i børnehave én dag om ugen, når skolen passes") @NotBlank @Size(max = 2000) String text,
                           @Schema(description = "The young person agrees (principle 9)", example = "true") boolean citizenAgrees) {
    }

    record AgreementRequest(
            @NotNull AgreementParty party,
            @Schema(description = "The team member who commits, when party is TEAM_MEMBER") UUID partyMemberId,
            @Schema(description = "Who commits, as the plan shows it", example = "Datter") @Size(max = 200) String partyName,
            @Schema(example = "Passer skolen hver dag; så praktik i børnehave én dag om ugen, 300 kr. om ugen")
            @NotBlank @Size(max = 2000) String what,
            @NotNull LocalDate dueDate) {
    }

    record FollowUpRequest(@Schema(example = "true") @NotNull Boolean fulfilled,
                           @Schema(example = "100 % fremmøde; belønningen brugt på bøger") @Size(max = 2000) String followUp) {
    }
}
