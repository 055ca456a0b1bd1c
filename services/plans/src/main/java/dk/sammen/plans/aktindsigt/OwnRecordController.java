package dk.sammen.plans.aktindsigt;

import dk.sammen.platform.aktindsigt.RecordPdf;
import dk.sammen.platform.security.Decisions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Own record", description = "The young person's own record (aktindsigt): what this service holds about them")
class OwnRecordController {

    private static final String PATH = "/citizens/{citizenId}/record";

    private final OwnRecords records;
    private final OwnRecordPdf pdf;

    OwnRecordController(OwnRecords records, OwnRecordPdf pdf) {
        this.records = records;
        this.pdf = pdf;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The young person's own record: who they are registered as, every course with its plan, meetings and "
            + "agreements, and the notes and documents shared with them; as JSON, or as a PDF with Accept: application/pdf")
    OwnRecord record(@PathVariable UUID citizenId, HttpServletRequest request) {
        return records.of(citizenId, String.valueOf(request.getAttribute(Decisions.BASIS)));
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> recordAsPdf(@PathVariable UUID citizenId, HttpServletRequest request) {
        return RecordPdf.attachment(pdf.render(records.of(citizenId, String.valueOf(request.getAttribute(Decisions.BASIS)))),
                "aktindsigt.pdf");
    }
}
