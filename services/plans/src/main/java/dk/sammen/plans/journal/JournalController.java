package dk.sammen.plans.journal;

import dk.sammen.plans.access.CourseAccess;
import dk.sammen.platform.audit.AuditSubjects;
import dk.sammen.platform.consistency.ReadsFrom;
import dk.sammen.platform.journal.NoteKind;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.Responses;
import dk.sammen.platform.web.UnknownIdException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@RestController
@Tag(name = "Journal", description = "The course's journal notes (notatpligt): written as it happened, never changed; a correction "
        + "supersedes a note and both stay readable")
class JournalController {

    private final CommandGateway commands;
    private final JournalProjection journal;
    private final CourseAccess access;

    JournalController(CommandGateway commands, JournalProjection journal, CourseAccess access) {
        this.commands = commands;
        this.journal = journal;
        this.access = access;
    }

    @PostMapping("/courses/{courseId}/journal")
    @Operation(summary = "Write a journal note on the course; the author is the caller. A correction names the note it supersedes")
    ResponseEntity<Responses.Created> write(@PathVariable UUID courseId, @Valid @RequestBody NoteRequest request) {
        UUID noteId = UUID.randomUUID();
        commands.sendAndWait(new JournalCommands.WriteNote(JournalCommands.journalOf(courseId), courseId, noteId,
                Objects.requireNonNull(Caller.current().orElseThrow().id()), request.kind(), request.happenedAt(), request.text(),
                Boolean.TRUE.equals(request.sharedWithYoungPerson()), request.supersedes(), request.meetingId(), request.agreementId()));
        return Responses.created(noteId);
    }

    @ReadsFrom(JournalProjection.PROCESSING_GROUP)
    @GetMapping("/courses/{courseId}/journal")
    @Operation(summary = "The course's journal, newest first: the team reads every note, the young person and a guardian those "
            + "shared with the young person")
    PageResponse<JournalNote> notes(@PathVariable UUID courseId, @Valid PageQuery page, HttpServletRequest request) {
        return journal.ofCourse(courseId, CourseAccess.readsOnlyWhatIsShared(request), page);
    }

    @ReadsFrom(JournalProjection.PROCESSING_GROUP)
    @GetMapping("/courses/{courseId}/journal/{noteId}")
    @Operation(summary = "One journal note, with the note it corrects or the note that corrected it; for the young person and a "
            + "guardian only a note shared with the young person")
    ResponseEntity<JournalNote> note(@PathVariable UUID courseId, @PathVariable UUID noteId, HttpServletRequest request) {
        boolean sharedOnly = CourseAccess.readsOnlyWhatIsShared(request);
        return ResponseEntity.ok(journal.find(courseId, noteId).filter(note -> !sharedOnly || note.sharedWithYoungPerson())
                .orElseThrow(() -> new UnknownIdException("noteId", noteId)));
    }

    @ReadsFrom(JournalProjection.PROCESSING_GROUP)
    @GetMapping("/journal")
    @Operation(summary = "Search the journal notes of the courses the caller works on (Danish full text: words are matched by "
            + "their stem; \"a phrase\", or, -word)")
    PageResponse<JournalNote> search(@RequestParam @NotBlank @Size(max = 200) String q, @Valid PageQuery page) {
        PageResponse<JournalNote> found = journal.search(q, access.visibleCourses(Caller.current().orElseThrow()), page);
        AuditSubjects.returned(found.items(), JournalNote::citizenId);
        return found;
    }

    record NoteRequest(
            @NotNull NoteKind kind,
            @Schema(description = "When what the note records took place") @NotNull Instant happenedAt,
            @Schema(example = "Telefonsamtale med mor: Maja har været i skole hele ugen") @NotBlank @Size(max = 20_000) String text,
            @Schema(description = "Also the young person's (and a guardian's of a minor) to read; the team's only when left out")
            @Nullable Boolean sharedWithYoungPerson,
            @Schema(description = "The note this one corrects") @Nullable UUID supersedes,
            @Schema(description = "The meeting the note is about") @Nullable UUID meetingId,
            @Schema(description = "The agreement the note is about") @Nullable UUID agreementId) {
    }
}
