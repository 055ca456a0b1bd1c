package dk.sammen.plans.aktindsigt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.platform.aktindsigt.RecordPdf;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The plans service's part of the own record as a PDF, with Danish headings for what a young person knows by name. */
@Component
class OwnRecordPdf {

    private static final RecordPdf PDF = new RecordPdf("Aktindsigt: dine oplysninger i Sammen (forløb og plan)", Map.ofEntries(
            Map.entry("person", "Dig"), Map.entry("courses[]", "Forløb"), Map.entry("plan", "Forløbet og Borgerens Plan"),
            Map.entry("sharedNotes", "Notater, teamet har delt med dig"), Map.entry("sharedDocuments", "Dokumenter, teamet har delt med dig"),
            Map.entry("targetGroup", "Målgruppe"), Map.entry("targetGroupReason", "Hvorfor"), Map.entry("team", "Dit team"),
            Map.entry("goals", "Mål"), Map.entry("inOwnWords", "Med dine egne ord"), Map.entry("dreams", "Drømme"),
            Map.entry("meetings", "Møder"), Map.entry("agreements", "Aftaler"), Map.entry("progression", "Udvikling"),
            Map.entry("happenedAt", "Hvornår"), Map.entry("writtenAt", "Skrevet"), Map.entry("fileName", "Fil"),
            Map.entry("consents", "Samtykker"), Map.entry("transitions", "Overgange"), Map.entry("offers", "Tilbud"),
            Map.entry("reason", "Hvorfor forløbet"), Map.entry("scheduledFor", "Tidspunkt"), Map.entry("summary", "Referat")));

    private final ObjectMapper json;

    OwnRecordPdf(ObjectMapper json) {
        this.json = json;
    }

    byte[] render(OwnRecord record) {
        return PDF.render(json.valueToTree(record), record.producedAt());
    }
}
