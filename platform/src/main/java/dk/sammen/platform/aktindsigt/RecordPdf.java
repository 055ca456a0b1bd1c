package dk.sammen.platform.aktindsigt;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import dk.sammen.platform.domain.Denmark;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A service's part of the own record as a PDF (OpenPDF): every field of its JSON document, in
 * the same order, with Danish headings for the parts a young person knows by name — nothing is
 * left out because no one wrote a layout for it. A list of things at the top (courses,
 * underretninger) becomes one titled part per thing ("Forløb 1", "Forløb 2").
 */
public final class RecordPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

    /** The record's own bookkeeping, said in the heading rather than repeated as fields. */
    private static final Set<String> HEADER_FIELDS = Set.of("citizenId", "producedAt", "producedFor");

    private static final Map<String, String> COMMON_WORDS = Map.ofEntries(
            Map.entry("name", "Navn"), Map.entry("phone", "Telefon"), Map.entry("email", "E-mail"), Map.entry("address", "Adresse"),
            Map.entry("birthDate", "Fødselsdato"), Map.entry("age", "Alder"), Map.entry("status", "Status"),
            Map.entry("text", "Tekst"), Map.entry("kind", "Slags"), Map.entry("reason", "Begrundelse"),
            Map.entry("decisions", "Beslutninger"), Map.entry("decision", "Afgørelse"), Map.entry("what", "Hvad"),
            Map.entry("dueDate", "Senest"), Map.entry("role", "Rolle"));

    private final String title;
    private final Map<String, String> words;

    /**
     * @param title the document's title ("Aktindsigt: dine oplysninger i …")
     * @param words Danish words for the service's fields; a list at the top is titled by the word for {@code key + "[]"}
     */
    public RecordPdf(String title, Map<String, String> words) {
        this.title = title;
        this.words = new HashMap<>(COMMON_WORDS);
        this.words.putAll(words);
    }

    /** A rendered record as the answer to {@code Accept: application/pdf}: a download named {@code fileName}. */
    public static ResponseEntity<byte[]> attachment(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(pdf);
    }

    public byte[] render(JsonNode record, Instant producedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle("Aktindsigt");
        document.open();
        document.add(new Paragraph(title, TITLE));
        document.add(new Paragraph("Udskrevet " + DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("da"))
                .format(producedAt.atZone(Denmark.ZONE)), TEXT));
        for (Iterator<Map.Entry<String, JsonNode>> fields = record.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (HEADER_FIELDS.contains(field.getKey())) {
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                int n = 1;
                for (JsonNode thing : value) {
                    document.add(new Paragraph(" "));
                    document.add(new Paragraph(words.getOrDefault(field.getKey() + "[]", label(field.getKey())) + " " + n++, TITLE));
                    for (Iterator<Map.Entry<String, JsonNode>> parts = thing.fields(); parts.hasNext(); ) {
                        Map.Entry<String, JsonNode> part = parts.next();
                        section(document, part.getKey(), part.getValue());
                    }
                }
            } else {
                section(document, field.getKey(), value);
            }
        }
        document.close();
        return out.toByteArray();
    }

    private void section(Document document, String key, JsonNode value) {
        document.add(new Paragraph(" "));
        document.add(new Paragraph(label(key), HEADING));
        if (value.isArray() && value.isEmpty()) {
            document.add(new Paragraph("Ingen", TEXT));
        }
        write(document, value, 0);
    }

    private void write(Document document, JsonNode value, int depth) {
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isValueNode()) {
                    Paragraph line = new Paragraph();
                    line.add(new Chunk(label(field.getKey()) + ": ", LABEL));
                    line.add(new Chunk(field.getValue().asText(), TEXT));
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
    private String label(String key) {
        return words.getOrDefault(key, key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
    }
}
