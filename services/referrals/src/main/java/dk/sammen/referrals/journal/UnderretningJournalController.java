package dk.sammen.referrals.journal;

import dk.sammen.platform.consistency.ReadsFrom;
import dk.sammen.platform.journal.DocumentStore;
import dk.sammen.platform.journal.NoteKind;
import dk.sammen.platform.journal.StoredDocument;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.Responses;
import dk.sammen.platform.web.UnknownIdException;
import dk.sammen.referrals.underretning.UnderretningCommands.WriteNote;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@RestController
@Tag(name = "Underretning journal", description = "Intake's notes on an underretning (notatpligt): written as it happened, never changed; "
        + "a correction supersedes a note and both stay readable. And the documents stored with it")
class UnderretningJournalController {

    private final CommandGateway commands;
    private final UnderretningNotes notes;
    private final UnderretningDocuments documents;

    UnderretningJournalController(CommandGateway commands, UnderretningNotes notes, UnderretningDocuments documents) {
        this.commands = commands;
        this.notes = notes;
        this.documents = documents;
    }

    @PostMapping("/underretninger/{underretningId}/journal")
    @Operation(summary = "Write a note on the underretning; the author is the caller. A correction names the note it supersedes")
    ResponseEntity<Responses.Created> write(@PathVariable UUID underretningId, @Valid @RequestBody NoteRequest request) {
        UUID noteId = UUID.randomUUID();
        commands.sendAndWait(new WriteNote(underretningId, noteId, caller(), request.kind(), request.happenedAt(), request.text(),
                Boolean.TRUE.equals(request.sharedWithYoungPerson()), request.supersedes()));
        return Responses.created(noteId);
    }

    @ReadsFrom(UnderretningNotes.PROCESSING_GROUP)
    @GetMapping("/underretninger/{underretningId}/journal")
    @Operation(summary = "The underretning's notes, newest first")
    PageResponse<UnderretningNote> notes(@PathVariable UUID underretningId, @Valid PageQuery page) {
        return notes.of(underretningId, page);
    }

    @ReadsFrom(UnderretningNotes.PROCESSING_GROUP)
    @GetMapping("/underretninger/{underretningId}/journal/{noteId}")
    @Operation(summary = "One note, with the note it corrects or the note that corrected it")
    ResponseEntity<UnderretningNote> note(@PathVariable UUID underretningId, @PathVariable UUID noteId) {
        return ResponseEntity.ok(notes.find(underretningId, noteId).orElseThrow(() -> new UnknownIdException("noteId", noteId)));
    }

    @PostMapping(path = "/underretninger/{underretningId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Store a document with the underretning (PDF, PNG, JPEG, plain text or Word, at most 10 MB), on its own or "
            + "attached to one of its notes; its type is read from its content")
    ResponseEntity<Responses.Created> attach(
            @PathVariable UUID underretningId,
            @Parameter(description = "The file") @RequestPart("file") MultipartFile file,
            @Parameter(description = "The note it belongs to; it is then shared exactly as the note is")
            @RequestParam(required = false) @Nullable UUID noteId,
            @Parameter(description = "Also the young person's (and a guardian's of a minor) to read in their own record; intake's only "
                    + "when left out") @RequestParam(required = false) @Nullable Boolean sharedWithYoungPerson) throws IOException {
        return Responses.created(documents.attach(underretningId, noteId, Objects.requireNonNullElse(file.getOriginalFilename(), ""),
                file.getBytes(), sharedWithYoungPerson, caller()));
    }

    @GetMapping("/underretninger/{underretningId}/documents")
    @Operation(summary = "The underretning's documents, newest first")
    List<StoredDocument> documents(@PathVariable UUID underretningId) {
        return documents.of(underretningId, false);
    }

    @GetMapping("/underretninger/{underretningId}/documents/{documentId}")
    @Operation(summary = "Download a document, as the type it was found to be")
    ResponseEntity<byte[]> download(@PathVariable UUID underretningId, @PathVariable UUID documentId) {
        StoredDocument document = documents.find(underretningId, documentId)
                .orElseThrow(() -> new UnknownIdException("documentId", documentId));
        return DocumentStore.download(document, documents.content(underretningId, documentId)
                .orElseThrow(() -> new UnknownIdException("documentId", documentId)));
    }

    private static UUID caller() {
        return Objects.requireNonNull(Caller.current().orElseThrow().id());
    }

    record NoteRequest(
            @NotNull NoteKind kind,
            @Schema(description = "When what the note records took place") @NotNull Instant happenedAt,
            @Schema(example = "Telefonsamtale med skolens lærer: fraværet er steget siden jul") @NotBlank @Size(max = 20_000) String text,
            @Schema(description = "Also the young person's (and a guardian's of a minor) to read in their own record; intake's only when "
                    + "left out") @Nullable Boolean sharedWithYoungPerson,
            @Schema(description = "The note this one corrects") @Nullable UUID supersedes) {
    }
}
