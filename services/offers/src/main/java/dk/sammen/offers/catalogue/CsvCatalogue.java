package dk.sammen.offers.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A catalogue as a spreadsheet: one offer per line, a header naming the columns, lists separated
 * by semicolons. Each line becomes a row of {@code {catalogueKey, offer}}, so a CSV file gets the
 * same checks and the same per-row report as a JSON one.
 */
final class CsvCatalogue {

    /** The columns, in the order a template has them. */
    static final List<String> COLUMNS = List.of("catalogueKey", "name", "description", "owningCentre", "unit", "law", "section",
            "ageMin", "ageMax", "targetGroups", "kind", "providerKind", "providerName", "contractFrom", "contractTo", "capacity",
            "pricePerMonth", "intensity", "relationsAndNetwork", "empowerment", "individualAndFlexible", "communities",
            "needCategories", "progression");

    private static final CsvMapper CSV = new CsvMapper();

    private CsvCatalogue() {
    }

    static List<JsonNode> rows(String csv, ObjectMapper json) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<JsonNode> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> lines = CSV.readerFor(Map.class).with(schema).readValues(csv)) {
            while (lines.hasNext()) {
                rows.add(row(lines.next(), json));
            }
        }
        return rows;
    }

    private static JsonNode row(Map<String, String> line, ObjectMapper json) {
        ObjectNode offer = json.createObjectNode();
        offer.put("name", line.get("name"));
        offer.put("description", line.get("description"));
        offer.put("owningCentre", line.get("owningCentre"));
        offer.put("unit", line.get("unit"));
        offer.putObject("legalBasis").put("law", line.get("law")).put("section", line.get("section"));
        ObjectNode targetGroup = offer.putObject("targetGroup");
        targetGroup.put("ageMin", line.get("ageMin"));
        targetGroup.put("ageMax", line.get("ageMax"));
        targetGroup.set("categories", list(line.get("targetGroups"), json));
        offer.put("kind", line.get("kind"));
        ObjectNode provider = offer.putObject("provider");
        provider.put("kind", line.get("providerKind"));
        provider.put("name", line.get("providerName"));
        provider.put("contractFrom", blankToNull(line.get("contractFrom")));
        provider.put("contractTo", blankToNull(line.get("contractTo")));
        offer.put("capacity", line.get("capacity"));
        offer.put("pricePerMonth", line.get("pricePerMonth"));
        offer.put("intensity", line.get("intensity"));
        offer.putObject("criteria").put("relationsAndNetwork", line.get("relationsAndNetwork"))
                .put("empowerment", line.get("empowerment")).put("individualAndFlexible", line.get("individualAndFlexible"));
        offer.set("communities", list(line.get("communities"), json));
        offer.set("needCategories", list(line.get("needCategories"), json));
        offer.set("progression", list(line.get("progression"), json));
        ObjectNode row = json.createObjectNode();
        row.put("catalogueKey", line.get("catalogueKey"));
        row.set("offer", offer);
        return row;
    }

    private static ArrayNode list(@Nullable String cell, ObjectMapper json) {
        ArrayNode values = json.createArrayNode();
        if (cell != null && !cell.isBlank()) {
            Arrays.stream(cell.split(";")).map(String::strip).filter(v -> !v.isEmpty()).forEach(values::add);
        }
        return values;
    }

    private static @Nullable String blankToNull(@Nullable String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }
}
