package dk.sammen.plans.aktindsigt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import dk.sammen.platform.domain.Denmark;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The own record as a PDF (OpenPDF): every field of the JSON document, in the same order, with
 * Danish headings for the parts a young person knows by name — nothing is left out because no
 * one wrote a layout for it.
 */
@Component
class OwnRecordPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("person", "Dig"), Map.entry("courses", "Dine forløb"), Map.entry("plan", "Forløbet og Borgerens Plan"),
            Map.entry("sharedNotes", "Notater, teamet har delt med dig"), Map.entry("sharedDocuments", "Dokumenter, teamet har delt med dig"),
            Map.entry("name", "Navn"), Map.entry("phone", "Telefon"), Map.entry("email", "E-mail"), Map.entry("address", "Adresse"),
            Map.entry("birthDate", "Fødselsdato"), Map.entry("age", "Alder"), Map.entry("targetGroup", "Målgruppe"),
            Map.entry("targetGroupReason", "Hvorfor"), Map.entry("status", "Status"), Map.entry("team", "Dit team"),
            Map.entry("goals", "Mål"), Map.entry("inOwnWords", "Med dine egne ord"), Map.entry("dreams", "Drømme"),
            Map.entry("meetings", "Møder"), Map.entry("agreements", "Aftaler"), Map.entry("progression", "Udvikling"),
            Map.entry("text", "Tekst"), Map.entry("kind", "Slags"), Map.entry("happenedAt", "Hvornår"),
            Map.entry("writtenAt", "Skrevet"), Map.entry("fileName", "Fil"), Map.entry("consents", "Samtykker"),
            Map.entry("transitions", "Overgange"), Map.entry("offers", "Tilbud"), Map.entry("reason", "Hvorfor forløbet"),
            Map.entry("decisions", "Beslutninger"), Map.entry("what", "Hvad"), Map.entry("dueDate", "Senest"),
            Map.entry("role", "Rolle"), Map.entry("scheduledFor", "Tidspunkt"), Map.entry("summary", "Referat"));

    private final ObjectMapper json;

    OwnRecordPdf(ObjectMapper json) {
        this.json = json;
    }

    byte[] render(OwnRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle("Aktindsigt");
        document.open();
        document.add(new Paragraph("Aktindsigt: dine oplysninger i Sammen (forløb og plan)", TITLE));
        document.add(new Paragraph("Udskrevet " + DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("da"))
                .format(record.producedAt().atZone(Denmark.ZONE)), TEXT));
        JsonNode tree = json.valueToTree(record);
        section(document, "person", tree.get("person"));
        int n = 1;
        for (JsonNode course : tree.get("courses")) {
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Forløb " + n++, TITLE));
            for (Iterator<Map.Entry<String, JsonNode>> parts = course.fields(); parts.hasNext(); ) {
                Map.Entry<String, JsonNode> part = parts.next();
                section(document, part.getKey(), part.getValue());
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static void section(Document document, String key, JsonNode value) {
        document.add(new Paragraph(" "));
        document.add(new Paragraph(label(key), HEADING));
        if (value.isArray() && value.isEmpty()) {
            document.add(new Paragraph("Ingen", TEXT));
        }
        write(document, value, 0);
    }

    private static void write(Document document, JsonNode value, int depth) {
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isValueNode()) {
                    Paragraph line = new Paragraph();
                    line.add(new com.lowagie.text.Chunk(label(field.getKey()) + ": ", LABEL));
                    line.add(new com.lowagie.text.Chunk(field.getValue().asText(), TEXT));
                    line.setIndentationLeft(depth * 12f);
                    document.add(line);
                } else if (!field.getValue().isEmpty()) {
                    Paragraph heading = new Paragraph(label(field.getKey()), LABEL);
                    heading.setIndentationLeft(depth * 12f);
                    document.add(heading);
                    write(document, field.getValue(), depth + 1);
                }
            }
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (item.isValueNode()) {
                    Paragraph line = new Paragraph("– " + item.asText(), TEXT);
                    line.setIndentationLeft(depth * 12f);
                    document.add(line);
                } else {
                    Paragraph bullet = new Paragraph("–", TEXT);
                    bullet.setIndentationLeft(depth * 12f);
                    document.add(bullet);
                    write(document, item, depth + 1);
                }
            }
        } else if (!value.isNull()) {
            Paragraph line = new Paragraph(value.asText(), TEXT);
            line.setIndentationLeft(depth * 12f);
            document.add(line);
        }
    }

    /** The Danish word where there is one, else the field's name in words ("nextMeetingAt" → "next meeting at"). */
    private static String label(String key) {
        return WORDS.getOrDefault(key, key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
    }
}
