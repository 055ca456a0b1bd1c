package dk.sammen.referrals.aktindsigt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.platform.aktindsigt.RecordPdf;
import dk.sammen.platform.consistency.ReadsFrom;
import dk.sammen.platform.security.Decisions;
import dk.sammen.referrals.referral.ReferralProjection;
import dk.sammen.referrals.underretning.UnderretningRecords;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

@RestController
@Tag(name = "Own record", description = "The young person's own record (aktindsigt): what this service holds about them")
class OwnRecordController {

    private static final String PATH = "/citizens/{citizenId}/record";

    private static final RecordPdf PDF = new RecordPdf("Aktindsigt: underretninger og henvisninger om dig i Sammen", Map.ofEntries(
            Map.entry("underretninger[]", "Underretning"), Map.entry("referrals", "Dine henvisninger til tilbud"),
            Map.entry("receivedAt", "Modtaget"), Map.entry("reporterKind", "Fra (slags afsender)"),
            Map.entry("reporterAnonymous", "Anonym afsender"), Map.entry("channel", "Modtaget via"), Map.entry("concerns", "Bekymring"),
            Map.entry("description", "Underretningen"), Map.entry("otherAgencies", "Andre instanser"), Map.entry("assessedAt", "Vurderet"),
            Map.entry("childInDanger", "Barnet i fare"), Map.entry("assessment", "Vurdering"), Map.entry("receiptSentAt", "Kvittering sendt"),
            Map.entry("decisionReason", "Begrundelse"), Map.entry("decidedAt", "Afgjort"), Map.entry("feedbackGivenAt", "Tilbagemelding givet"),
            Map.entry("referredAt", "Henvist"), Map.entry("notes", "Notater delt med dig"), Map.entry("kind", "Slags"),
            Map.entry("happenedAt", "Skete"), Map.entry("writtenAt", "Skrevet"), Map.entry("text", "Notat"),
            Map.entry("supersedes", "Retter notat"), Map.entry("documents", "Dokumenter delt med dig"), Map.entry("fileName", "Fil"),
            Map.entry("contentType", "Type"), Map.entry("sizeBytes", "Størrelse (bytes)"), Map.entry("attachedAt", "Gemt")));

    private final UnderretningRecords underretninger;
    private final ReferralProjection referrals;
    private final ObjectMapper json;
    private final Clock clock;

    OwnRecordController(UnderretningRecords underretninger, ReferralProjection referrals, ObjectMapper json, Clock clock) {
        this.underretninger = underretninger;
        this.referrals = referrals;
        this.json = json;
        this.clock = clock;
    }

    @ReadsFrom({"underretning-view", "referral-view"})
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The young person's own record in this service: the underretninger about them (the reporter's identity and "
            + "the third parties they name left out) and their referrals; as JSON, or as a PDF with Accept: application/pdf")
    OwnRecord record(@PathVariable UUID citizenId, HttpServletRequest request) {
        return new OwnRecord(citizenId, clock.instant(), String.valueOf(request.getAttribute(Decisions.BASIS)),
                underretninger.about(citizenId), referrals.ofCitizen(citizenId));
    }

    @ReadsFrom({"underretning-view", "referral-view"})
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> recordAsPdf(@PathVariable UUID citizenId, HttpServletRequest request) {
        OwnRecord record = record(citizenId, request);
        return RecordPdf.attachment(PDF.render(json.valueToTree(record), record.producedAt()), "aktindsigt-underretninger.pdf");
    }
}
