package dk.sammen.analytics.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.analytics.AnalyticsHistory;
import dk.sammen.platform.test.ServiceApiTest;
import dk.sammen.synthetic.SyntheticEvent;
import dk.sammen.synthetic.SyntheticMunicipality;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static dk.sammen.platform.test.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The pseudonymised export of a generated history, as an analyst downloads it. */
@TestPropertySource(properties = {"sammen.analytics.test-context=export",
        "sammen.analytics.export.pseudonym-key=a-test-key-that-is-at-least-32-bytes-long"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTest extends ServiceApiTest {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern CPR = Pattern.compile("\\b\\d{6}-?\\d{4}\\b");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    private final SyntheticMunicipality municipality = SyntheticMunicipality.of(21, 30);
    private final Set<String> operationalIds = new HashSet<>();

    @BeforeAll
    void publish() {
        AnalyticsHistory history = new AnalyticsHistory(kafka, this::topic, jdbc);
        history.publish(municipality);
        history.awaitProjected(Duration.ofSeconds(60));
        for (SyntheticEvent event : municipality.events().toList()) {
            operationalIds.add(event.id());
            UUID.matcher(new String(event.cloudEvent().getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8)).results().forEach(m -> operationalIds.add(m.group()));
        }
    }

    @Test
    void theJsonLinesExportHoldsEveryEventWithNoOperationalIdAndNoCpr() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/exports/events.jsonl", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String export = response.getBody();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : export.split("\n")) {
            lines.add(JSON.readTree(line));
        }

        assertThat(lines).hasSize((int) municipality.events().count());
        assertThat(UUID.matcher(export).find()).as("an operational id in the export").isFalse();
        assertThat(operationalIds).isNotEmpty().noneMatch(export::contains);
        assertThat(CPR.matcher(export).find()).as("a CPR number in the export").isFalse();

        // One young person keeps one pseudonym across events and services, so trajectories can be followed.
        Set<String> typesOfOnePerson = new HashSet<>();
        String someone = lines.stream().filter(l -> l.get("eventType").asText().endsWith("citizen-registered.v1")).findFirst()
                .orElseThrow().get("citizenId").asText();
        assertThat(someone).matches("p[0-9a-f]{32}");
        lines.stream().filter(l -> someone.equals(l.get("citizenId").asText())).forEach(l -> typesOfOnePerson.add(l.get("source").asText()));
        assertThat(typesOfOnePerson).contains("/sammen/plans", "/sammen/referrals");
        // The same key gives the same pseudonyms in the next export.
        assertThat(http.getForObject("/exports/events.jsonl", String.class)).isEqualTo(export);
    }

    @Test
    void theParquetExportHasTheSameRowsForAnAnalystsOwnTools() throws Exception {
        ResponseEntity<byte[]> response = http.getForEntity("/exports/events.parquet?from=2016-01-01T00:00:00Z", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Path file = Files.createTempFile("export-", ".parquet");
        Files.write(file, response.getBody());
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            ResultSet rows = sql.executeQuery("SELECT count(*), count(DISTINCT eventId), min(occurredAt) FROM '" + file + "'");
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(municipality.events().count());
            assertThat(rows.getLong(2)).isEqualTo(rows.getLong(1));
            ResultSet text = sql.executeQuery("SELECT string_agg(concat_ws(' ', eventId, subject, courseId, citizenId, data::VARCHAR), ' ') FROM '"
                    + file + "'");
            text.next();
            assertThat(UUID.matcher(text.getString(1)).find()).isFalse();
            assertThat(CPR.matcher(text.getString(1)).find()).isFalse();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theDataDictionaryDescribesEveryEventTypeAndSaysWhatIsPseudonymised() {
        JsonNode dictionary = http.getForObject("/exports/dictionary", JsonNode.class);
        assertThat(dictionary.get("columns").findValuesAsText("name"))
                .containsExactly("eventId", "eventType", "source", "subject", "courseId", "citizenId", "occurredAt", "data");
        JsonNode opened = null;
        for (JsonNode type : dictionary.get("eventTypes")) {
            if (type.get("eventType").asText().equals("dk.sammen.plans.course-opened.v1")) {
                opened = type;
            }
        }
        assertThat(opened).isNotNull();
        assertThat(opened.get("topic").asText()).isEqualTo("sammen.plans");
        JsonNode citizenId = opened.get("fields").get(1);
        assertThat(citizenId.get("name").asText()).isEqualTo("citizenId");
        assertThat(citizenId.get("pseudonymised").asBoolean()).isTrue();
        assertThat(dictionary.get("eventTypes").size()).isEqualTo(dk.sammen.events.EventContracts.all().size());
    }

    @Test
    void aBadPeriodIsANamedProblem() {
        assertProblem(http.getForEntity("/exports/events.jsonl?from=last-tuesday", JsonNode.class), HttpStatus.BAD_REQUEST, "from");
    }
}
