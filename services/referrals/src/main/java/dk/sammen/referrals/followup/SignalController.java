package dk.sammen.referrals.followup;

import dk.sammen.events.referrals.EducationStatus;
import dk.sammen.events.referrals.FollowUpAction;
import dk.sammen.events.referrals.Occupation;
import dk.sammen.events.referrals.YouthEducationTrack;
import dk.sammen.platform.audit.AuditSubjects;
import dk.sammen.platform.consistency.ReadsFrom;
import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.identity.Cpr;
import dk.sammen.platform.identity.CprNumber;
import dk.sammen.platform.security.Acting;
import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.Responses;
import dk.sammen.referrals.access.ReferralAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The signals of the data-supported follow-up, sent by integrations (the youth database, the
 * CPR register's moves, the schools' absence figures) or a form. The CPR number only yields the
 * young person's pseudonym and date of birth; it is not kept.
 */
@RestController
@Tag(name = "Signals and follow-up", description = "Education status, moves and school absence; the follow-up list")
class SignalController {

    private final CommandGateway commands;
    private final CitizenPseudonyms pseudonyms;
    private final FollowUpList list;
    private final ReferralAccess access;

    SignalController(CommandGateway commands, CitizenPseudonyms pseudonyms, FollowUpList list, ReferralAccess access) {
        this.commands = commands;
        this.pseudonyms = pseudonyms;
        this.list = list;
        this.access = access;
    }

    @PostMapping("/signals/education-status")
    @Operation(summary = "An education status from the youth database: enrolled, at risk of dropping out, dropped out, completed")
    ResponseEntity<Void> educationStatus(@Valid @RequestBody EducationStatusSignal signal) {
        Cpr cpr = Cpr.parse(signal.cpr());
        return Responses.changed(commands.sendAndWait(new FollowUpCommands.RecordEducationStatus(pseudonyms.of(cpr), cpr.birthDate(),
                signal.status(), signal.reportedOn())));
    }

    @PostMapping("/signals/school-absence")
    @Operation(summary = "A pupil's school absence for a period; over 20 % in grade 7-9 puts them on the follow-up list")
    ResponseEntity<Void> schoolAbsence(@Valid @RequestBody SchoolAbsenceSignal signal) {
        Cpr cpr = Cpr.parse(signal.cpr());
        return Responses.changed(commands.sendAndWait(new FollowUpCommands.RecordSchoolAbsence(pseudonyms.of(cpr), cpr.birthDate(),
                signal.grade(), signal.absencePercent(), signal.periodEnd())));
    }

    @PostMapping("/signals/move-ins")
    @Operation(summary = "A young person moved into the municipality")
    ResponseEntity<Void> moveIn(@Valid @RequestBody MoveInSignal signal) {
        Cpr cpr = Cpr.parse(signal.cpr());
        return Responses.changed(commands.sendAndWait(new FollowUpCommands.RecordMoveIn(pseudonyms.of(cpr), cpr.birthDate(),
                signal.movedInOn())));
    }

    @PostMapping("/signals/occupation")
    @Operation(summary = "What a young person is occupied with, from the youth database: grade school, youth education (with its track), "
            + "completed youth education, job, or neither")
    ResponseEntity<Void> occupation(@Valid @RequestBody OccupationSignal signal) {
        Cpr cpr = Cpr.parse(signal.cpr());
        return Responses.changed(commands.sendAndWait(new FollowUpCommands.RecordOccupation(pseudonyms.of(cpr), cpr.birthDate(), signal.occupation(),
                signal.track(), signal.completedYouthEducation(), signal.reportedOn())));
    }

    @PostMapping("/signals/move-outs")
    @Operation(summary = "A young person moved out of the municipality")
    ResponseEntity<Void> moveOut(@Valid @RequestBody MoveOutSignal signal) {
        Cpr cpr = Cpr.parse(signal.cpr());
        return Responses.changed(commands.sendAndWait(new FollowUpCommands.RecordMoveOut(pseudonyms.of(cpr), signal.movedOutOn())));
    }

    @ReadsFrom("follow-up-list")
    @GetMapping("/follow-up-list")
    @Operation(summary = "Young people in the target group waiting for someone to act, longest waiting first")
    List<FollowUpList.Entry> followUpList() {
        List<FollowUpList.Entry> entries = access.visible(list.all(), FollowUpList.Entry::citizenId);
        AuditSubjects.returned(entries, FollowUpList.Entry::citizenId);
        return entries;
    }

    @PostMapping("/young-people/{citizenId}/follow-up")
    @Operation(summary = "Record what was done for a young person on the follow-up list; they leave it")
    ResponseEntity<Void> followUp(@PathVariable UUID citizenId, ExpectedVersion expected, @Valid @RequestBody FollowUpRequest request) {
        return Responses.changed(commands.sendAndWait(new FollowUpCommands.RecordFollowUp(citizenId, expected.value(), request.action(),
                Acting.caller(request.by(), "by"), request.note())));
    }

    record EducationStatusSignal(@Schema(example = "090207-4123") @NotNull @CprNumber String cpr, @NotNull EducationStatus status,
                                 @Schema(example = "2025-01-31") @NotNull LocalDate reportedOn) {
    }

    record SchoolAbsenceSignal(@Schema(example = "090211-4123") @NotNull @CprNumber String cpr,
                               @Schema(example = "8") @NotNull @Min(0) @Max(10) Integer grade,
                               @Schema(example = "35") @NotNull @Min(0) @Max(100) Integer absencePercent,
                               @Schema(example = "2025-03-31") @NotNull LocalDate periodEnd) {
    }

    record MoveInSignal(@Schema(example = "090207-4123") @NotNull @CprNumber String cpr,
                        @Schema(example = "2025-02-01") @NotNull LocalDate movedInOn) {
    }

    record OccupationSignal(@Schema(example = "090207-4123") @NotNull @CprNumber String cpr, @NotNull Occupation occupation,
                            @Schema(description = "Given exactly when the occupation is YOUTH_EDUCATION") YouthEducationTrack track,
                            @Schema(description = "Whether a youth education has ever been completed") @NotNull Boolean completedYouthEducation,
                            @Schema(example = "2025-08-31") @NotNull LocalDate reportedOn) {
    }

    record MoveOutSignal(@Schema(example = "090207-4123") @NotNull @CprNumber String cpr,
                         @Schema(example = "2026-08-01") @NotNull LocalDate movedOutOn) {
    }

    record FollowUpRequest(@NotNull FollowUpAction action,
                           @Schema(description = "Who followed up: the caller (left out, the caller is meant)") UUID by,
                           @Schema(example = "Ringet op; møde med UU aftalt") @Size(max = 2000) String note) {
    }
}
