package dk.sammen.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Front-end teams build on each service's OpenAPI document: every endpoint is described, and every
 * request field has an example. Every service runs it (a test of its own subclasses this).
 */
public abstract class OpenApiDocumentTest extends ServiceApiTest {

    @Test
    void everyOperationHasASummaryAndEveryRequestFieldAnExample() {
        JsonNode document = http.getForObject("/v3/api-docs", JsonNode.class);
        JsonNode schemas = document.get("components").get("schemas");
        List<String> undescribed = new ArrayList<>();
        List<String> withoutExample = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                if (!operation.getValue().path("summary").isTextual() || operation.getValue().get("summary").asText().isBlank()) {
                    undescribed.add(name);
                }
                JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json").path("schema");
                if (body.has("$ref")) {
                    String schemaName = body.get("$ref").asText().substring("#/components/schemas/".length());
                    schemas.get(schemaName).path("properties").properties().forEach(property -> {
                        if (!property.getValue().has("example") && !property.getValue().has("$ref")
                                && !property.getValue().path("items").has("$ref")) {
                            withoutExample.add(name + " " + property.getKey());
                        }
                    });
                }
            }
        }
        assertThat(operations).as("operations in the document").isPositive();
        assertThat(undescribed).as("operations without a summary").isEmpty();
        assertThat(withoutExample).as("request fields without an example").isEmpty();
    }
}
