package dk.sammen.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of a service's OpenAPI document, sent what a buggy or hostile client sends:
 * garbage path ids, query parameters of the wrong type, out of range or with NUL bytes, bodies
 * that are not JSON or not objects, and, field by field, values no field can mean (dates in the
 * year 6000000 or before 1900, the largest long, texts of 25,000 characters or with a NUL, lists of
 * a thousand and one). Each call carries a token that reaches the operation (by the README's
 * access matrix), and where a service names ids that exist ({@link #existingIds}), the call is
 * about them, so it reaches the rules behind the edge. Nothing may answer 5xx; every refusal is
 * problem+json; and no value no field can mean is accepted.
 *
 * <p>Shares the access matrix's context: the calls change things.
 */
@TestPropertySource(properties = "sammen.test.context=access-matrix")
public abstract class MalformedInputTest extends ServiceApiTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final List<String> PREFERRED_CELLS = List.of("yes", "centre", "team", "provider", "own");
    private static final List<String> GARBAGE_IDS = List.of("not-an-id", "0", "-1", "x".repeat(300), "%20", "..%2F..", "%00");
    private static final List<String> GARBAGE_QUERY = List.of("", "x", "-1", "99999999999999999999", "+6000000-01-01", "-5000-01-01",
            "1000-01-01", "+300000-01-01T00:00:00Z", "2025-13-45", "\u0000", "a\u0000b", "x".repeat(5000));
    private static final List<String> GARBAGE_BODIES = List.of("{", "[]", "null", "42", "\"text\"", "{\"a\":1}}",
            "[".repeat(3000) + "]".repeat(3000), "{\"x\":" + "[".repeat(3000) + "]".repeat(3000) + "}");

    /** Ids of things that exist, by the name of the path variable or body field that holds them. */
    protected Map<String, String> existingIds() {
        return Map.of();
    }

    @Test
    void noInputGetsAServerErrorAndNoImpossibleValueIsAccepted() throws IOException {
        Map<String, Map<String, String>> matrix = AccessMatrixTest.readMatrix(Path.of("README.md"));
        JsonNode document = anonymous().getForObject("/v3/api-docs", JsonNode.class);
        Map<String, String> ids = existingIds();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                String operation = method.getKey().toUpperCase() + " " + path.getKey();
                TestRestTemplate client = as(callerFor(matrix.get(operation), ids));
                JsonNode spec = method.getValue();
                HttpMethod verb = HttpMethod.valueOf(method.getKey().toUpperCase());
                String filled = fill(path.getKey(), ids, null);
                ObjectNode body = baseBody(document, spec, ids);

                for (String garbage : GARBAGE_IDS) {
                    for (String variable : variables(path.getKey())) {
                        calls++;
                        check(wrong, operation + " with " + variable + "=" + shorten(garbage),
                                call(client, verb, fill(path.getKey(), ids, Map.of(variable, garbage)), null, body == null ? null : body.toString()), false);
                    }
                }
                for (JsonNode parameter : spec.path("parameters")) {
                    if (!"query".equals(parameter.path("in").asText())) {
                        continue;
                    }
                    for (String garbage : GARBAGE_QUERY) {
                        calls++;
                        check(wrong, operation + " with ?" + parameter.get("name").asText() + "=" + shorten(garbage),
                                call(client, verb, filled, Map.of(parameter.get("name").asText(), garbage), body == null ? null : body.toString()), false);
                    }
                }
                if (body == null) {
                    continue;
                }
                boolean takesList = "array".equals(schemaOf(document, spec).path("type").asText());
                for (String garbage : GARBAGE_BODIES) {
                    if (takesList && garbage.equals("[]")) {
                        continue; // an empty list is a list
                    }
                    calls++;
                    check(wrong, operation + " with the body " + shorten(garbage), call(client, verb, filled, null, garbage), true);
                }
                for (Mutation mutation : mutations(document, body, schemaOf(document, spec))) {
                    calls++;
                    check(wrong, operation + " with " + mutation.description(), call(client, verb, filled, null, mutation.body()), true);
                }
            }
        }
        System.out.printf("[figures] %d malformed calls, %d answered wrongly%n", calls, wrong.size());
        assertThat(wrong).as("calls answered with a server error, without problem+json, or accepting a value no field can mean")
                .isEmpty();
    }

    private static void check(List<String> wrong, String what, ResponseEntity<String> response, boolean mustRefuse) {
        int status = response.getStatusCode().value();
        MediaType type = response.getHeaders().getContentType();
        if (status >= 500) {
            wrong.add(what + ": " + status + " " + shorten(String.valueOf(response.getBody())));
        } else if (status >= 400 && status != 401 && status != 403 && (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))) {
            wrong.add(what + ": " + status + " as " + type + " (expected problem+json)");
        } else if (mustRefuse && status < 400) {
            wrong.add(what + ": accepted with " + status);
        }
    }

    private TestIdentity callerFor(Map<String, String> cells, Map<String, String> ids) {
        if (cells == null) {
            return me(); // not in the matrix: AccessMatrixTest says so
        }
        for (String preferred : PREFERRED_CELLS) {
            for (Map.Entry<String, String> cell : cells.entrySet()) {
                if (!List.of(cell.getValue().split(",\\s*")).contains(preferred)) {
                    continue;
                }
                String role = cell.getKey();
                if (me().roles().contains(role)) {
                    return me();
                }
                return switch (role) {
                    case "young-person" -> TestIdentity.youngPerson(ids.containsKey("citizenId") ? UUID.fromString(ids.get("citizenId")) : UUID.randomUUID());
                    case "guardian" -> TestIdentity.guardianOf(ids.containsKey("citizenId") ? UUID.fromString(ids.get("citizenId")) : UUID.randomUUID());
                    default -> TestIdentity.with(role);
                };
            }
        }
        return me();
    }

    private ResponseEntity<String> call(TestRestTemplate client, HttpMethod method, String path, Map<String, String> query, String body) {
        // The path as it is (its garbage already percent-encoded where meant so), the query encoded.
        StringBuilder uri = new StringBuilder(client.getRootUri()).append(path);
        if (query != null) {
            query.forEach((name, value) -> uri.append(uri.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL));
        boolean withBody = method != HttpMethod.GET && method != HttpMethod.DELETE;
        URI target = URI.create(uri.toString());
        return client.exchange(target, method, new HttpEntity<>(withBody ? (body == null ? "{}" : body) : null, headers), String.class);
    }

    private static List<String> variables(String path) {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String fill(String path, Map<String, String> ids, Map<String, String> overrides) {
        Matcher matcher = VARIABLE.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = overrides != null && overrides.containsKey(name) ? overrides.get(name)
                    : ids.getOrDefault(name, UUID.randomUUID().toString());
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }

    private static JsonNode schemaOf(JsonNode document, JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode json = content.has("application/json") ? content.get("application/json") : null;
        return json == null ? null : resolve(document, json.path("schema"));
    }

    private static ObjectNode baseBody(JsonNode document, JsonNode operation, Map<String, String> ids) {
        JsonNode schema = schemaOf(document, operation);
        if (schema == null || !"object".equals(schema.path("type").asText("object")) || !schema.has("properties")) {
            return schema == null ? null : NODES.objectNode();
        }
        return (ObjectNode) example(document, schema, ids, "", 0);
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return document.path("components").path("schemas").path(name);
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(document, schema.get("allOf").get(0));
        }
        return schema;
    }

    /** A plausible value of {@code schema}: ids that exist where the field is named for one, today, the first enum value. */
    private static JsonNode example(JsonNode document, JsonNode schemaOrRef, Map<String, String> ids, String name, int depth) {
        JsonNode schema = resolve(document, schemaOrRef);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(property ->
                            object.set(property.getKey(), example(document, property.getValue(), ids, property.getKey(), depth + 1)));
                }
                yield object;
            }
            case "array" -> NODES.arrayNode().add(example(document, schema.path("items"), ids, name, depth + 1));
            case "integer" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "number" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 0.5);
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (format) {
                case "uuid" -> NODES.textNode(ids.getOrDefault(name, UUID.randomUUID().toString()));
                case "date" -> NODES.textNode(LocalDate.now().toString());
                case "date-time" -> NODES.textNode(Instant.now().toString());
                default -> NODES.textNode("Tekst");
            };
        };
    }

    private record Mutation(String description, String body) {
    }

    /** The body with one field at a time given a value no field can mean. */
    private static List<Mutation> mutations(JsonNode document, ObjectNode body, JsonNode schema) {
        List<Mutation> mutations = new ArrayList<>();
        if (schema == null) {
            return mutations;
        }
        for (Map.Entry<String, JsonNode> impossible : impossibleValues(document, schema, "").entrySet()) {
            String field = impossible.getKey().substring(0, impossible.getKey().indexOf(' '));
            ObjectNode changed = body.deepCopy();
            set(changed, field, impossible.getValue());
            mutations.add(new Mutation(impossible.getKey(), changed.toString()));
        }
        return mutations;
    }

    private static Map<String, JsonNode> impossibleValues(JsonNode document, JsonNode schemaOrRef, String prefix) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        JsonNode schema = resolve(document, schemaOrRef);
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            String field = prefix + property.getKey();
            JsonNode fieldSchema = resolve(document, property.getValue());
            String type = fieldSchema.path("type").asText(fieldSchema.has("properties") ? "object" : "string");
            String format = fieldSchema.path("format").asText("");
            if (fieldSchema.has("enum")) {
                values.put(field + " = an unknown value", NODES.textNode("NO_SUCH_VALUE"));
                continue;
            }
            switch (type) {
                case "object" -> {
                    if (prefix.chars().filter(c -> c == '.').count() < 2) {
                        values.putAll(impossibleValues(document, fieldSchema, field + "."));
                    }
                }
                case "array" -> {
                    JsonNode items = resolve(document, fieldSchema.path("items"));
                    if (items.has("enum")) {
                        continue; // a list of an enum's values is as long as the enum at most, once each
                    }
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i < 1001; i++) {
                        many.add(distinct(example(document, items, Map.of(), property.getKey(), 1), i));
                    }
                    values.put(field + " = a list of 1001", many);
                }
                case "integer" -> {
                    values.put(field + " = the largest long", NODES.numberNode(Long.MAX_VALUE));
                    values.put(field + " = the smallest long", NODES.numberNode(Long.MIN_VALUE));
                }
                case "number" -> {
                    values.put(field + " = 1e308", NODES.numberNode(1e308));
                    values.put(field + " = -1e308", NODES.numberNode(-1e308));
                }
                case "boolean" -> values.put(field + " = maybe", NODES.textNode("maybe"));
                default -> {
                    switch (format) {
                        case "date" -> {
                            values.put(field + " = +6000000-01-01", NODES.textNode("+6000000-01-01"));
                            values.put(field + " = -5000-01-01", NODES.textNode("-5000-01-01"));
                            values.put(field + " = 1899-12-31", NODES.textNode("1899-12-31"));
                            values.put(field + " = 3000-01-01", NODES.textNode("3000-01-01"));
                        }
                        case "date-time" -> {
                            values.put(field + " = +300000-01-01T00:00:00Z", NODES.textNode("+300000-01-01T00:00:00Z"));
                            values.put(field + " = 1000-01-01T00:00:00Z", NODES.textNode("1000-01-01T00:00:00Z"));
                        }
                        case "uuid" -> values.put(field + " = not-a-uuid", NODES.textNode("not-a-uuid"));
                        default -> {
                            values.put(field + " = text with a NUL", NODES.textNode("a\u0000b"));
                            values.put(field + " = 25,000 characters", NODES.textNode("x".repeat(25_000)));
                        }
                    }
                }
            }
        }
        return values;
    }

    /** The {@code i}th of many items, different from the others where it is a text, a number or an id (a set keeps them all). */
    private static JsonNode distinct(JsonNode item, int i) {
        if (item.isTextual()) {
            String text = item.asText();
            return NODES.textNode(text.length() == 36 && text.charAt(8) == '-' ? UUID.randomUUID().toString()
                    : text.matches("\\d{4}-\\d{2}-\\d{2}.*") ? text : text + i);
        }
        return item.isNumber() ? NODES.numberNode(item.asLong() + i) : item;
    }

    private static void set(ObjectNode body, String field, JsonNode value) {
        String[] parts = field.split("\\.");
        ObjectNode target = body;
        for (int i = 0; i < parts.length - 1; i++) {
            target = target.get(parts[i]) instanceof ObjectNode object ? object : target.putObject(parts[i]);
        }
        target.set(parts[parts.length - 1], value);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
    }
}
