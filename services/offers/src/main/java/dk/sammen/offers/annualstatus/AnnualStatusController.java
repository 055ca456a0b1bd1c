package dk.sammen.offers.annualstatus;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.platform.audit.NotPersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@NotPersonalData
@Tag(name = "Annual status", description = "Every May: per offer, the courses that used it, for how long, at what cost, and the progression that followed")
class AnnualStatusController {

    private static final CsvMapper CSV = new CsvMapper();

    private final AnnualStatusReport report;

    AnnualStatusController(AnnualStatusReport report) {
        this.report = report;
    }

    @GetMapping(path = "/offers/annual-status", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The annual status of every offer used in the year, to read")
    List<AnnualStatus> json(@RequestParam @Min(2000) @Max(2100) int year) {
        return report.of(year);
    }

    @GetMapping(path = "/offers/annual-status", produces = "text/csv")
    @Operation(summary = "The annual status as a spreadsheet to download")
    ResponseEntity<String> csv(@RequestParam @Min(2000) @Max(2100) int year) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        List.of("offerId", "name", "centre", "courses", "suppressed", "averageDays", "cost").forEach(schema::addColumn);
        for (ProgressionDimension dimension : ProgressionDimension.values()) {
            schema.addColumn("progression" + dimension.name());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AnnualStatus line : report.of(year)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("offerId", line.offerId());
            row.put("name", line.name());
            row.put("centre", line.centre());
            row.put("courses", line.courses());
            row.put("suppressed", line.suppressed());
            row.put("averageDays", line.averageDays());
            row.put("cost", line.cost());
            for (ProgressionDimension dimension : ProgressionDimension.values()) {
                row.put("progression" + dimension.name(), line.progression().getOrDefault(dimension, null));
            }
            rows.add(row);
        }
        String body = CSV.writer(schema.build()).writeValueAsString(rows);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"annual-status-" + year + ".csv\"")
                .contentType(MediaType.valueOf("text/csv")).body(body);
    }
}
