package dk.sammen.analytics.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

@RestController
@Tag(name = "Exports for analysts", description = "The pseudonymised event history as JSON Lines or Parquet, and its data dictionary")
class ExportController {

    private static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl");
    private static final MediaType PARQUET = MediaType.parseMediaType("application/vnd.apache.parquet");

    private final EventExport export;
    private final DataDictionary dictionary;

    ExportController(EventExport export, DataDictionary dictionary) {
        this.export = export;
        this.dictionary = dictionary;
    }

    @GetMapping("/exports/events.jsonl")
    @Operation(summary = "Every event, oldest first, one per line, every id replaced by its keyed-hash pseudonym")
    ResponseEntity<StreamingResponseBody> jsonLines(@From @RequestParam(required = false) Instant from,
                                                    @To @RequestParam(required = false) Instant to) {
        return ResponseEntity.ok().contentType(JSON_LINES)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sammen-events.jsonl\"")
                .body(out -> export.writeJsonLines(start(from), end(to), out));
    }

    @GetMapping("/exports/events.parquet")
    @Operation(summary = "The same export as Parquet (data as a JSON column)")
    ResponseEntity<FileSystemResource> parquet(@From @RequestParam(required = false) Instant from,
                                               @To @RequestParam(required = false) Instant to) throws IOException {
        Path file = Files.createTempFile("sammen-events-", ".parquet");
        Files.delete(file);
        export.writeParquet(start(from), end(to), file);
        file.toFile().deleteOnExit();
        return ResponseEntity.ok().contentType(PARQUET)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sammen-events.parquet\"")
                .body(new DeletedAfterReading(file));
    }

    @GetMapping("/exports/dictionary")
    @Operation(summary = "What the export's columns and each event type's fields mean, and which are pseudonymised")
    DataDictionary.Dictionary dictionary() {
        return dictionary.dictionary();
    }

    private static Instant start(Instant from) {
        return from == null ? Instant.EPOCH : from;
    }

    private static Instant end(Instant to) {
        return to == null ? Instant.parse("9999-12-31T00:00:00Z") : to;
    }

    /** A temporary export file, gone once it has been sent. */
    private static final class DeletedAfterReading extends FileSystemResource {

        DeletedAfterReading(Path file) {
            super(file);
        }

        @Override
        public java.io.InputStream getInputStream() throws IOException {
            Path file = getFile().toPath();
            java.io.InputStream in = super.getInputStream();
            return new java.io.FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    super.close();
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }
    }

    @Parameter(description = "Events from this moment (inclusive); the beginning of the log when left out", example = "2024-01-01T00:00:00Z")
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.PARAMETER)
    @interface From {
    }

    @Parameter(description = "Events before this moment; all when left out", example = "2025-01-01T00:00:00Z")
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.PARAMETER)
    @interface To {
    }
}
