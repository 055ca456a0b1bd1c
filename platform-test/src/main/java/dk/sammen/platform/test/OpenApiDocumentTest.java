package dk.sammen.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.platform.web.ExpectedVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Every change made against a version (a handler taking an {@code ExpectedVersion}) says so in
     * the document: {@code If-Match}, required, as a header; no parameter leaks out as a query. A
     * client generated from it cannot leave the version out.
     */
    @Test
    void everyChangeMadeAgainstAVersionRequiresIfMatch() {
        JsonNode document = http.getForObject("/v3/api-docs", JsonNode.class);
        List<String> versioned = new ArrayList<>();
        for (var handler : mappings.getHandlerMethods().entrySet()) {
            boolean takesVersion = Arrays.stream(handler.getValue().getMethodParameters())
                    .anyMatch(p -> p.getParameterType() == ExpectedVersion.class);
            if (!takesVersion) {
                continue;
            }
            for (String pattern : handler.getKey().getPatternValues()) {
                for (var method : handler.getKey().getMethodsCondition().getMethods()) {
                    JsonNode operation = document.path("paths").path(pattern).path(method.name().toLowerCase());
                    versioned.add(method + " " + pattern);
                    assertThat(operation.isMissingNode()).as(method + " " + pattern + " in the document").isFalse();
                    List<String> required = new ArrayList<>();
                    List<String> queries = new ArrayList<>();
                    operation.path("parameters").forEach(parameter -> {
                        if ("header".equals(parameter.path("in").asText()) && "If-Match".equals(parameter.path("name").asText())
                                && parameter.path("required").asBoolean()) {
                            required.add("If-Match");
                        }
                        if ("query".equals(parameter.path("in").asText())) {
                            queries.add(parameter.path("name").asText());
                        }
                    });
                    assertThat(required).as(method + " " + pattern + " requires If-Match").containsExactly("If-Match");
                    assertThat(queries).as(method + " " + pattern + ": the version is no query").doesNotContain("expected", "value");
                }
            }
        }
        assertThat(versioned.isEmpty()).as("changes made against a version found (none where the service has some: the check looks "
                + "in the wrong place)").isEqualTo(!hasChangesMadeAgainstAVersion());
    }

    /** A service that changes nothing through its API (analytics) has no version to require. */
    protected boolean hasChangesMadeAgainstAVersion() {
        return true;
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
}
