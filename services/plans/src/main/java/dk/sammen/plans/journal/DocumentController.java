package dk.sammen.plans.journal;

import dk.sammen.plans.access.CourseAccess;
import dk.sammen.platform.journal.DocumentStore;
import dk.sammen.platform.journal.StoredDocument;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.web.Responses;
import dk.sammen.platform.web.UnknownIdException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@RestController
@Tag(name = "Journal", description = "The course's journal notes (notatpligt) and documents")
class DocumentController {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    @PostMapping(path = "/courses/{courseId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Store a document with the course (PDF, PNG, JPEG, plain text or Word, at most 10 MB), on its own or "
            + "attached to a journal note; its type is read from its content")
    ResponseEntity<Responses.Created> attach(
            @PathVariable UUID courseId,
            @Parameter(description = "The file") @RequestPart("file") MultipartFile file,
            @Parameter(description = "The journal note it belongs to; it is then shared exactly as the note is")
            @RequestParam(required = false) @Nullable UUID noteId,
            @Parameter(description = "Also the young person's (and a guardian's of a minor) to read; the team's only when left out")
            @RequestParam(required = false) @Nullable Boolean sharedWithYoungPerson) throws IOException {
        UUID uploader = Objects.requireNonNull(Caller.current().orElseThrow().id());
        return Responses.created(documents.attach(courseId, noteId, Objects.requireNonNullElse(file.getOriginalFilename(), ""),
                file.getBytes(), sharedWithYoungPerson, uploader));
    }

    @GetMapping("/courses/{courseId}/documents")
    @Operation(summary = "The course's documents, newest first: the team sees every one, the young person and a guardian those "
            + "shared with the young person")
    List<CourseDocument> list(@PathVariable UUID courseId, HttpServletRequest request) {
        return documents.ofCourse(courseId, CourseAccess.readsOnlyWhatIsShared(request));
    }

    @GetMapping("/courses/{courseId}/documents/{documentId}")
    @Operation(summary = "Download a document, as the type it was found to be")
    ResponseEntity<byte[]> download(@PathVariable UUID courseId, @PathVariable UUID documentId, HttpServletRequest request) {
        StoredDocument document = documents.find(courseId, documentId, CourseAccess.readsOnlyWhatIsShared(request))
                .orElseThrow(() -> new UnknownIdException("documentId", documentId));
        byte[] content = documents.content(courseId, documentId).orElseThrow(() -> new UnknownIdException("documentId", documentId));
        return DocumentStore.download(document, content);
    }
}
