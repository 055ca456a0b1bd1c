package dk.sammen.plans.plan;

import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.SubGoalStatus;
import dk.sammen.platform.security.Caller;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

@RestController
@RequestMapping("/courses/{courseId}")
@Tag(name = "Plan", description = "Borgerens Plan: aspirations, goals and sub-goals (delmål), each with who, how and by when")
class PlanController {

    private final CommandGateway commands;

    PlanController(CommandGateway commands) {
        this.commands = commands;
    }

    @PutMapping("/aspirations")
    @Operation(summary = "The young person's dreams and the path they see, in their own words")
    ResponseEntity<Void> aspirations(@PathVariable UUID courseId, ExpectedVersion expected, @Valid @RequestBody AspirationsRequest request) {
        return Responses.changed(commands.sendAndWait(new PlanCommands.DescribeAspirations(courseId, expected.value(),
                request.dreams(), request.perceivedPath())));
    }

    @PostMapping("/goals")
    @Operation(summary = "Set a goal: area, the young person's words, how, who is responsible and by when")
    ResponseEntity<Responses.Created> setGoal(@PathVariable UUID courseId, ExpectedVersion expected, @Valid @RequestBody GoalRequest request) {
        UUID goalId = UUID.randomUUID();
        long version = commands.sendAndWait(new PlanCommands.SetGoal(courseId, expected.value(), goalId, request.area(),
                request.inOwnWords(), request.how(), request.responsibleId(), request.byWhen()));
        return Responses.created(goalId, version);
    }

    record CommentRequest(@Schema(description = "The comment, in the author's own words", example = "Jeg vil hellere starte i praktik om foråret")
                          @NotBlank @Size(max = 4000) String text) {
    }

    @PostMapping("/comments")
    @Operation(summary = "Comment on the plan: the young person (or a team member) in their own words; the author is the caller")
    ResponseEntity<Responses.Created> comment(@PathVariable UUID courseId, ExpectedVersion expected, @Valid @RequestBody CommentRequest request) {
        UUID commentId = UUID.randomUUID();
        long version = commands.sendAndWait(new PlanCommands.CommentOnPlan(courseId, expected.value(), commentId,
                Objects.requireNonNull(Caller.current().orElseThrow().id()), request.text()));
        return Responses.created(commentId, version);
    }

    @PutMapping("/goals/{goalId}")
    @Operation(summary = "Revise a goal; the earlier wording stays in its history")
    ResponseEntity<Void> reviseGoal(@PathVariable UUID courseId, @PathVariable UUID goalId, ExpectedVersion expected,
                                    @Valid @RequestBody RevisionRequest request) {
        return Responses.changed(commands.sendAndWait(new PlanCommands.ReviseGoal(courseId, expected.value(), goalId,
                request.inOwnWords(), request.how(), request.responsibleId(), request.byWhen(), request.why())));
    }

    @PostMapping("/goals/{goalId}/sub-goals")
    @Operation(summary = "Add a sub-goal (delmål): a small, quickly visible step with an owner and a due date")
    ResponseEntity<Responses.Created> addSubGoal(@PathVariable UUID courseId, @PathVariable UUID goalId, ExpectedVersion expected,
                                                 @Valid @RequestBody SubGoalRequest request) {
        UUID subGoalId = UUID.randomUUID();
        long version = commands.sendAndWait(new PlanCommands.AddSubGoal(courseId, expected.value(), subGoalId, goalId,
                request.description(), request.ownerId(), request.dueDate()));
        return Responses.created(subGoalId, version);
    }

    @PutMapping("/sub-goals/{subGoalId}/status")
    @Operation(summary = "Change a sub-goal's status")
    ResponseEntity<Void> subGoalStatus(@PathVariable UUID courseId, @PathVariable UUID subGoalId, ExpectedVersion expected,
                                       @Valid @RequestBody StatusRequest request) {
        return Responses.changed(commands.sendAndWait(new PlanCommands.ChangeSubGoalStatus(courseId, expected.value(), subGoalId,
                request.status(), request.note())));
    }

    record AspirationsRequest(
            @Schema(example = "At arbejde med børn") @NotBlank @Size(max = 4000) String dreams,
            @Schema(example = "Passe skolen, så praktik i en børnehave, så pædagogisk assistent") @Size(max = 4000) String perceivedPath) {
    }

    record GoalRequest(
            @NotNull GoalArea area,
            @Schema(description = "The goal in the young person's own words", example = "Jeg vil gå i skole hver dag")
            @NotBlank @Size(max = 2000) String inOwnWords,
            @Schema(description = "How the goal is to be reached", example = "Mentor følger hende i skole om morgenen") @NotBlank @Size(max = 2000) String how,
            @Schema(description = "The young person or a team member") @NotNull UUID responsibleId,
            @Schema(example = "2025-06-30") @NotNull LocalDate byWhen) {
    }

    record RevisionRequest(
            @Schema(example = "Jeg vil passe skolen og komme i praktik i en børnehave") @NotBlank @Size(max = 2000) String inOwnWords,
            @Schema(example = "Aftale om praktik én dag om ugen, når skolen passes") @NotBlank @Size(max = 2000) String how,
            @NotNull UUID responsibleId,
            @NotNull LocalDate byWhen,
            @Schema(description = "Why the goal changed", example = "Ønsket om praktik i børnehave") @NotBlank @Size(max = 2000) String why) {
    }

    record SubGoalRequest(
            @Schema(example = "Møde til første time tre dage om ugen") @NotBlank @Size(max = 2000) String description,
            @NotNull UUID ownerId,
            @NotNull LocalDate dueDate) {
    }

    record StatusRequest(@NotNull SubGoalStatus status, @Schema(example = "Mødt op alle dage i tre uger") @Size(max = 2000) String note) {
    }
}
