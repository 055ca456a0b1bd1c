package dk.sammen.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.sammen.platform.web.ExpectedVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Front-end teams build on each service's OpenAPI document: every endpoint is described, and every
 * request field has an example. Every service runs it (a test of its own subclasses this).
 */
public abstract class OpenApiDocumentTest extends ServiceApiTest {

    /**
     * The web app's typed client is generated from {@code web/openapi/<service>.json}: the document
     * committed there is the one this service serves, so a changed API changes the client, and a
     * call the change breaks fails the web build. The {@code servers} entry (this test's random port)
     * is no part of the contract. Regenerate with {@code -Dopenapi.write=true}.
     */
    @Test
    void theWebAppsCommittedDocumentIsTheOneThisServiceServes() throws Exception {
        ObjectNode served = (ObjectNode) http.getForObject("/v3/api-docs", JsonNode.class);
        served.remove("servers");
        Path committed = Path.of(System.getProperty("user.dir")).resolve("../../web/openapi").resolve(applicationName + ".json")
                .normalize();
        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(committed.getParent());
            Object sorted = SORTED.treeToValue(served, Object.class);
            Files.writeString(committed, SORTED.writerWithDefaultPrettyPrinter().writeValueAsString(sorted) + "\n");
        }
        assertThat(Files.exists(committed)).as(committed + " is missing: write it with -Dopenapi.write=true").isTrue();
        assertThat(SORTED.readTree(Files.readString(committed)))
                .as("web/openapi/%s.json is stale: regenerate with ./mvnw -pl services/%s test -Dtest=*OpenApiDocumentTest -Dopenapi.write=true",
                        applicationName, applicationName)
                .isEqualTo(served);
    }

    private static final ObjectMapper SORTED = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    @Value("${spring.application.name}")
    private String applicationName;

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

    /**
     * The document names a schema by its Java type's simple name, so two request or response types
     * of the same name (a meeting's {@code DecisionRequest} and a trial action's) became one schema:
     * the one described, the other sent, and a client generated from it sent the wrong fields. Every
     * type reachable from a handler's body, parameters and answer has a schema name of its own.
     */
    @Test
    void noTwoTypesOfTheApiShareASchemaName() {
        Map<String, Set<Class<?>>> byName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (var handler : mappings.getHandlerMethods().values()) {
            for (var parameter : handler.getMethodParameters()) {
                collect(parameter.getGenericParameterType(), seen, byName);
            }
            collect(handler.getReturnType().getGenericParameterType(), seen, byName);
        }
        Map<String, Set<Class<?>>> shared = new TreeMap<>();
        byName.forEach((name, types) -> {
            if (types.size() > 1) {
                shared.put(name, types);
            }
        });
        assertThat(shared).as("schema names shared by different types (name one with @Schema(name = …))").isEmpty();
    }

    private static void collect(Type type, Set<Class<?>> seen, Map<String, Set<Class<?>>> byName) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), seen, byName);
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(argument -> collect(argument, seen, byName));
        } else if (type instanceof WildcardType wildcard) {
            Arrays.stream(wildcard.getUpperBounds()).forEach(bound -> collect(bound, seen, byName));
        } else if (type instanceof Class<?> type1 && type1.isArray()) {
            collect(type1.getComponentType(), seen, byName);
        } else if (type instanceof Class<?> type1 && type1.getName().startsWith("dk.sammen.") && seen.add(type1)) {
            io.swagger.v3.oas.annotations.media.Schema named = type1.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            String name = named != null && !named.name().isBlank() ? named.name() : type1.getSimpleName();
            byName.computeIfAbsent(name, any -> new HashSet<>()).add(type1);
            if (type1.isRecord()) {
                Arrays.stream(type1.getRecordComponents()).forEach(component -> collect(component.getGenericType(), seen, byName));
            } else {
                // A view kept as a class (the one-plan view's sections) is written from its fields.
                Arrays.stream(type1.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic())
                        .forEach(field -> collect(field.getGenericType(), seen, byName));
            }
        }
    }

    /**
     * A query parameter is a value (or a list of values), never an object: the paging parameters
     * were once one required object named {@code page}, which a client generated from the document
     * had to send, and sent as {@code page[page]=0}.
     */
    @Test
    void everyQueryParameterIsAValueNotAnObject() {
        JsonNode document = http.getForObject("/v3/api-docs", JsonNode.class);
        List<String> objects = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operation.getValue().path("parameters").forEach(parameter -> {
                    JsonNode schema = parameter.path("schema");
                    if ("query".equals(parameter.path("in").asText()) && (schema.has("$ref") || "object".equals(schema.path("type").asText()))) {
                        objects.add(operation.getKey().toUpperCase() + " " + path.getKey() + " ?" + parameter.path("name").asText());
                    }
                });
            }
        }
        assertThat(objects).as("query parameters documented as objects").isEmpty();
    }

    /** A service that changes nothing through its API (analytics) has no version to require. */
    protected boolean hasChangesMadeAgainstAVersion() {
        return true;
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
}
