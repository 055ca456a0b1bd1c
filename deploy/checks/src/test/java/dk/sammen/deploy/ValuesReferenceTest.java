package dk.sammen.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration reference in deploy/README.md is generated from the chart's values.schema.json
 * (descriptions, types) and values.yaml (defaults), so it cannot drift from the chart; regenerate
 * with ./mvnw -pl deploy/checks verify -Dvalues.reference.write=true.
 */
class ValuesReferenceTest {

    static final Path README = NodeTool.ROOT.resolve("deploy/README.md");
    static final String START = "<!-- values reference: generated from values.schema.json -->";
    static final String END = "<!-- end of values reference -->";

    @Test
    void theReferenceInTheReadmeIsTheOneTheSchemaGenerates() throws IOException {
        String generated = reference();
        String readme = Files.readString(README);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("deploy/README.md has the reference markers").isNotNegative();
        String current = readme.substring(start + START.length(), end);
        if (Boolean.getBoolean("values.reference.write")) {
            Files.writeString(README, readme.substring(0, start + START.length()) + generated + readme.substring(end));
            current = generated;
        }
        assertThat(current).as("deploy/README.md's values reference is stale: regenerate with -Dvalues.reference.write=true")
                .isEqualTo(generated);
    }

    static String reference() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(HelmChartTest.CHART.resolve("values.schema.json").toFile());
        JsonNode defaults = new ObjectMapper(new YAMLFactory()).readTree(HelmChartTest.CHART.resolve("values.yaml").toFile());
        StringBuilder table = new StringBuilder("\n| key | type | default | description |\n| --- | --- | --- | --- |\n");
        rows(table, "", schema, defaults);
        return table.toString();
    }

    private static void rows(StringBuilder table, String prefix, JsonNode schema, JsonNode defaults) {
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            String key = prefix + property.getKey();
            JsonNode value = defaults == null ? null : defaults.get(property.getKey());
            JsonNode definition = property.getValue();
            boolean nested = "object".equals(definition.path("type").asText()) && definition.has("properties");
            if (nested && !definition.path("properties").has("cpu")) {
                if (definition.has("description")) {
                    table.append("| `").append(key).append("` | object | | ").append(definition.get("description").asText()).append(" |\n");
                }
                rows(table, key + ".", definition, value);
                continue;
            }
            String type = definition.has("type") ? definition.get("type").asText() : definition.has("enum") ? "one of " + definition.get("enum") : "value";
            String shown = value == null || value.isNull() ? "" : "`" + value.toString().replace("|", "\\|") + "`";
            table.append("| `").append(key).append("` | ").append(type).append(" | ").append(shown).append(" | ")
                    .append(definition.path("description").asText("")).append(" |\n");
        }
    }
}
