package dk.sammen.plans.course;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.platform.command.IdempotentCreation;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.Responses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/courses")
@Tag(name = "Courses", description = "Coordinated courses (borgerforløb): lifecycle and consent. "
        + "Changes take If-Match with the ETag last read and answer 412 when someone changed the course since.")
class CourseController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;

    CourseController(CommandGateway commands, IdempotentCreation idempotent) {
        this.commands = commands;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(summary = "Offer a young person a coordinated course")
    ResponseEntity<Responses.Created> open(
            @Parameter(description = "Makes a retried request open one course") @RequestHeader(name = IdempotentCreation.HEADER, required = false) String key,
            @Valid @RequestBody OpenCourseRequest request) {
        return idempotent.create("courses", key, request,
                id -> commands.sendAndWait(new OpenCourse(id, request.citizenId(), request.reason())));
    }

    @PostMapping("/{courseId}/consents")
    @Operation(summary = "Record the young person's consent, or a guardian's for a minor, and the centres it may be shared across")
    ResponseEntity<Void> consent(@PathVariable UUID courseId, ExpectedVersion expected, @Valid @RequestBody ConsentRequest request) {
        return Responses.changed(commands.sendAndWait(new CourseCommands.RecordConsent(courseId, expected.value(),
                request.givenBy(), request.guardianId(), request.sharedWith(), request.signedDocumentId())));
    }

    @PostMapping("/{courseId}/consent-withdrawals")
    @Operation(summary = "Withdraw a consent, by the team or by the young person or guardian who gave it; "
            + "centres it no longer covers are shut out at once")
    ResponseEntity<Void> withdraw(@PathVariable UUID courseId, ExpectedVersion expected, @Valid @RequestBody WithdrawalRequest request) {
        OwnConsent.require(Caller.current().orElseThrow(), request.withdrawnBy(), request.guardianId());
        return Responses.changed(commands.sendAndWait(new CourseCommands.WithdrawConsent(courseId, expected.value(),
                request.withdrawnBy(), request.guardianId())));
    }

    @PostMapping("/{courseId}/activation")
    @Operation(summary = "Start the course: needs consent, a tovholder and a general-community goal")
    ResponseEntity<Void> activate(@PathVariable UUID courseId, ExpectedVersion expected) {
        return Responses.changed(commands.sendAndWait(new CourseCommands.ActivateCourse(courseId, expected.value())));
    }

    @PostMapping("/{courseId}/closure")
    @Operation(summary = "Close the course with its outcome")
    ResponseEntity<Void> close(@PathVariable UUID courseId, ExpectedVersion expected, @Valid @RequestBody CloseRequest request) {
        return Responses.changed(commands.sendAndWait(new CourseCommands.CloseCourse(courseId, expected.value(), request.outcome())));
    }

    record OpenCourseRequest(
            @Schema(description = "The young person's opaque id from POST /citizens") @NotNull UUID citizenId,
            @Schema(description = "Why the course is offered") @NotNull CourseOfferReason reason) {
    }

    record ConsentRequest(
            @NotNull ConsentGiver givenBy,
            @Schema(description = "The guardian's citizen id, when a guardian consents") UUID guardianId,
            @Schema(description = "Centres the course may be shared across", example = "[\"C_BUR\", \"C_SIK\"]")
            @NotEmpty Set<@NotNull Centre> sharedWith,
            @Schema(description = "The signed consent form, a document stored with the course (POST /courses/{courseId}/documents)")
            @Nullable UUID signedDocumentId) {
    }

    record WithdrawalRequest(@NotNull ConsentGiver withdrawnBy, UUID guardianId) {
    }

    record CloseRequest(@NotNull CourseOutcome outcome) {
    }
}
