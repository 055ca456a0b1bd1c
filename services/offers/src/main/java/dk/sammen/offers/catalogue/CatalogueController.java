package dk.sammen.offers.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.platform.audit.NotPersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

@RestController
@NotPersonalData
@Tag(name = "Catalogue import", description = "Onboarding an existing catalogue, row by row, with a report")
class CatalogueController {

    static final String SAMPLE = "catalogue/sample-catalogue.json";

    private final CatalogueImport catalogueImport;
    private final ObjectMapper json;

    CatalogueController(CatalogueImport catalogueImport, ObjectMapper json) {
        this.catalogueImport = catalogueImport;
        this.json = json;
    }

    @PostMapping(path = "/offers/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import rows of {catalogueKey, offer}: bad rows are reported with what is wrong and where, the rest imported; "
            + "re-importing the same file changes nothing")
    CatalogueImport.Report importRows(@RequestBody List<JsonNode> rows) {
        return catalogueImport.importRows(rows);
    }

    @PostMapping(path = "/offers/imports", consumes = "text/csv")
    @Operation(summary = "Import a spreadsheet: a header row naming the columns, one offer per line, lists separated by semicolons; "
            + "the same checks and report as JSON")
    CatalogueImport.Report importCsv(@RequestBody String csv) throws IOException {
        return catalogueImport.importRows(CsvCatalogue.rows(csv, json));
    }

    @PostMapping("/offers/imports/sample-catalogue")
    @Operation(summary = "Import the sample catalogue: about 60 offers of the four centres, drawn from the municipality's youth analysis")
    CatalogueImport.Report importSample() throws IOException {
        try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
            List<JsonNode> rows = new ArrayList<>();
            json.readTree(in).forEach(rows::add);
            return catalogueImport.importRows(rows);
        }
    }
}
